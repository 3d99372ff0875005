/**
 * One size of the linear-growth table, in its own process (`node --single-threaded
 * scaling-worker.js SIZE`): prints `{ [contender key]: { perItem, ratio } }` as JSON, the ratio
 * being to JSON.stringify. Plain timed loops whose results
 * are dropped, as a page drops its HTML once written: in one shared process, the heap of the other
 * sizes and mitata's retained results were billed to the large sizes (seen as JSON.stringify
 * itself costing 2.2× more per item at 10,000 items than at 1,000).
 */
import { CONTENDERS, argFor } from './contenders.js';
import { makeOrder } from './fixtures.js';
import { cpuNow, median } from './measure.js';
import { normalizePostcheckout } from '@flocktory-ssr/core';

export const SCALED_KEYS = ['json', 'ours-serialize', 'ours-build'];
const REPEATS = 9;
// Each timed loop runs this long at least, whatever the size.
const LOOP_NS = 40e6;

/** Mean CPU ns of one call, over a loop of at least LOOP_NS. */
function time(call) {
  const started = cpuNow();
  let calls = 0;
  do {
    call();
    calls++;
  } while (cpuNow() - started < LOOP_NS);
  return (cpuNow() - started) / calls;
}

if (process.argv[2]) {
  const size = Number(process.argv[2]);
  const raw = makeOrder(size, true);
  const data = normalizePostcheckout(raw).data;
  const contenders = CONTENDERS.filter((contender) => SCALED_KEYS.includes(contender.key));
  const calls = contenders.map((contender) => () => contender.run(argFor(contender, raw, data)));
  for (const call of calls) time(call); // warm-up: JIT tiers settle first
  const rounds = Array.from({ length: REPEATS }, () => calls.map(time));
  const result = Object.fromEntries(
    contenders.map((contender, index) => {
      const perItem = median(rounds.map((round) => round[index])) / size;
      const ratio = median(rounds.map((round) => round[index] / round[0]));
      return [contender.key, { perItem, ratio }];
    }),
  );
  process.stdout.write(JSON.stringify(result));
}
