/**
 * The page rows' statistics: each server process gives one estimate (its share), and the row's
 * result is their mean with a 95% interval from their spread (Student's t), so a target is met only
 * when the whole interval is under it. Processes, not requests, are the unit: the same page costs
 * more or less in one process than in the next (V8 places and optimizes code differently each
 * start), by more than the spread of one process's mean.
 */

// Student's t, two-sided 95%, for 1 to 10 degrees of freedom; past 10, 1.96 + 2.4 / df is within 0.01.
const T_975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

function t975(df) {
  return df <= T_975.length ? T_975[df - 1] : 1.96 + 2.4 / df;
}

export const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The interquartile mean (the mean of the middle half of the values): one process's estimate of
 * what a request costs. Requests that run a large GC cost several times the rest, and on the heavy
 * pages they are not rare (Next.js shop-weight page: median 25 ms, 90th percentile 44 ms, 99th
 * 107 ms): with them in, one process's share moved by ±3% on 1,000 requests per bucket (a mean of
 * the middle 80%: ±2.4%), by ±0.7% with the middle half only. A median is as steady on these pages
 * but not on the Express page, whose request costs have two modes: a median between them moves with
 * their mix.
 */
export function interquartileMean(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 4);
  return mean(sorted.slice(cut, sorted.length - cut));
}

/** `{ mean, interval: [low, high] }` of one estimate per process; the interval is [mean, mean] for one process. */
export function acrossProcesses(estimates) {
  const average = mean(estimates);
  if (estimates.length < 2) return { mean: average, interval: [average, average] };
  const variance = estimates.reduce((sum, value) => sum + (value - average) ** 2, 0) / (estimates.length - 1);
  const half = t975(estimates.length - 1) * Math.sqrt(variance / estimates.length);
  return { mean: average, interval: [average - half, average + half] };
}

/** Whether `limit` holds for the estimate: true when the interval is under it, false when above, null when it spans it. */
export function verdict({ interval: [low, high] }, limit) {
  if (high <= limit) return true;
  if (low > limit) return false;
  return null;
}
