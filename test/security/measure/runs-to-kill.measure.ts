/**
 * How many generated cases the property needs before it kills the hardest known serializer
 * mutant: `<` escaped only in `</`. Then `<!--` followed by `<script` (in any fields, in that
 * order, without `-->` between) puts the tokenizer in the double-escaped state, where our own
 * `</script>` no longer ends the element. Cases run as in the property suite: strict mode skips
 * orders with issues (they throw before rendering). Prints the count per seed; the local default
 * of FLOCKTORY_FC_RUNS (src/runs.ts) should sit well above the largest.
 *
 * Run: pnpm --filter ./test/security run measure  (FLOCKTORY_MEASURE_SEEDS=20 for more seeds)
 */
import { it } from 'vitest';
import fc from 'fast-check';
import { buildPostcheckout } from '@flocktory-ssr/core';
import { coreReference, type Adapter } from '@flocktory-ssr/test-conformance/adapters';
import { docsExample } from '@flocktory-ssr/test-conformance/corpus';
import { assertExactlyOneScript, baselines } from '@flocktory-ssr/test-conformance/harness';

import { generatedOrder } from '../src/orders';

const MAX_RUNS = 500_000;

const onlySlashEscaped: Adapter = {
  ...coreReference,
  name: 'only </ escaped',
  // The reference element, with the data in its code serialized by the mutant.
  render(input) {
    const snippet = buildPostcheckout(input, { mode: 'safe', onError: () => {} });
    if (!snippet) return '';
    const json = JSON.stringify(snippet.data);
    const escaped = json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    const code = snippet.code.replace(escaped.replace(/</g, '\\u003c'), escaped.replace(/<\//g, '\\u003c/'));
    return (coreReference.render(input, { mode: 'safe', onError: () => {} }) as string).replace(snippet.code, () => code);
  },
};

it('runs until the "only </ escaped" mutant dies, per seed', async () => {
  const fatalInput = { ...docsExample(), order: { ...docsExample().order, items: [] } };
  const base = await baselines(onlySlashEscaped, docsExample(), fatalInput, undefined);
  const seeds = Number(process.env.FLOCKTORY_MEASURE_SEEDS) || 12;
  const counts: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const result = fc.check(
      fc.property(generatedOrder, fc.constantFrom('strict', 'safe'), (order, mode) => {
        if (mode === 'strict' && order.keyIssues.length + order.fieldIssues.length > 0) return;
        assertExactlyOneScript(onlySlashEscaped, onlySlashEscaped.render(order.input, { mode }) as string, base, { data: order.expected });
      }),
      { numRuns: MAX_RUNS, seed, endOnFailure: true },
    );
    counts.push(result.failed ? result.numRuns : Number.POSITIVE_INFINITY);
  }
  const sorted = [...counts].sort((a, b) => a - b);
  console.log(`[measure] runs until the mutant died, seeds 1-${seeds}: ${counts.join(' ')}`);
  console.log(`[measure] median ${sorted[Math.floor(seeds / 2)]}, largest ${sorted[seeds - 1]}`);
}, 1_800_000);
