/**
 * Timing with mitata's measure(), made robust to a busy machine (other processes share its 2
 * cores, often several builds at once):
 * - time is this process's CPU time, not wall time (wall time mostly measures waiting); run with
 *   `node --single-threaded` so that is the benchmark's own thread, GC and compilation included;
 * - cases compared with each other run in many short rounds, interleaved, so a burst of load hits
 *   all of them alike; each case's time is its median round, and each ratio is the median of the
 *   per-round ratios, which cancels load that changes from one round to the next.
 */
import { do_not_optimize, measure } from 'mitata';

// No forced GC between measurements: a full GC also drops compiled regexps and cold code, so
// every measurement after one would start in the interpreter (seen as 2x swings in validation).
const ROUNDS = 15;
const ROUND_NS = 30e6;
const WARMUP_NS = 60e6;
// Before each round too: the previous case's garbage and GC state should not be billed to this one.
const ROUND_WARMUP_NS = 5e6;
// mitata times fast functions in batches; small batches let a 30 ms round hold many samples.
const BATCH = 128;

export function cpuNow() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1000;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function warmUp(call, ns) {
  const until = cpuNow() + ns;
  while (cpuNow() < until) for (let i = 0; i < 8; i++) await call();
}

/**
 * `cases`: `{ run, arg }[]` (`run` may return a promise). Returns, in order, each case's `ns`
 * (median of its rounds' mean ns per `run(arg)`) and `ratio` (median over rounds of its time
 * divided by the first case's time in the same round).
 */
export async function measureCases(cases) {
  const calls = cases.map(({ run, arg }) => () => {
    const result = run(arg);
    do_not_optimize(result);
    return result;
  });
  // JIT tiers must settle before the first round, or round one only measures the compiler.
  for (const call of calls) await warmUp(call, WARMUP_NS);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const times = [];
    for (const call of calls) {
      await warmUp(call, ROUND_WARMUP_NS);
      const stats = await measure(call, { min_cpu_time: ROUND_NS, min_samples: 4, batch_samples: BATCH, now: cpuNow, gc: false });
      times.push(stats.avg);
    }
    rounds.push(times);
  }
  return calls.map((_, index) => ({
    ns: median(rounds.map((times) => times[index])),
    ratio: median(rounds.map((times) => times[index] / times[0])),
  }));
}
