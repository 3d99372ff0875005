/**
 * `pnpm --filter ./bench test` part: the page rows' statistics (process-spread.js) against values
 * worked out by hand. Exits non-zero on a failure.
 */
import { acrossProcesses, interquartileMean, verdict } from './process-spread.js';

const failures = [];
const near = (actual, expected, what) => Math.abs(actual - expected) < 1e-9 || failures.push(`${what}: ${actual}, expected ${expected}`);

// 1, 2, 3: mean 2, standard deviation 1, t(2) = 4.303: 2 ± 4.303 / √3.
const three = acrossProcesses([1, 2, 3]);
near(three.mean, 2, 'mean of 1, 2, 3');
near(three.interval[0], 2 - 4.303 / Math.sqrt(3), 'low end for 1, 2, 3');
near(three.interval[1], 2 + 4.303 / Math.sqrt(3), 'high end for 1, 2, 3');
// Five processes, shares 1.6% to 2.2%: the interval is above 1%, so not met.
const five = acrossProcesses([0.016, 0.018, 0.02, 0.022, 0.019]);
if (verdict(five, 0.01) !== false) failures.push('an interval above 1% must be "not met"');
if (verdict({ interval: [0.002, 0.009] }, 0.01) !== true) failures.push('an interval under 1% must be "met"');
if (verdict({ interval: [0.005, 0.015] }, 0.01) !== null) failures.push('an interval spanning 1% must be undecided');
// One process: no spread to measure, the interval is the estimate itself.
const one = acrossProcesses([0.03]);
near(one.interval[0], 0.03, 'one process, low end');

// 1 to 11 and a request that ran a large GC: the lowest and highest three are left out, 4 to 9 remain.
near(interquartileMean([1000, 5, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11]), 6.5, 'interquartile mean of 1 to 11 and 1000');

if (failures.length > 0) {
  console.error(`process-spread-check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('process-spread-check: the interquartile mean, the interval and the verdicts are right');
