/**
 * The checks can fail: adapters with the classic hand-written-snippet bugs are caught by the same
 * property and harness that the real adapters pass.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPostcheckout } from '@flocktory-ssr/core';
import type { Adapter } from '@flocktory-ssr/test-conformance/adapters';
import { docsExample } from '@flocktory-ssr/test-conformance/corpus';
import { assertExactlyOneScript, baselines, escapeAttribute } from '@flocktory-ssr/test-conformance/harness';

import { generatedOrder } from '../src/orders';

function buggyAdapter(name: string, html: (id: string, json: string) => string): Adapter {
  return {
    name,
    kind: 'fragment',
    transport: 'string',
    keepsCarriageReturn: true,
    render(input, options) {
      const snippet = buildPostcheckout(input, { ...options, mode: 'safe', onError: () => {} });
      return snippet ? html(snippet.data.order.id, JSON.stringify(snippet.data)) : '';
    },
  };
}

const bugs = [
  // JSON.stringify alone: `</script>` in a title ends the element.
  buggyAdapter('unescaped JSON', (id, json) => `<script data-flocktory-order="${escapeAttribute(id)}">window.flocktory=window.flocktory||[];window.flocktory.push(["postcheckout",${json}]);</script>`),
  // Attribute not escaped: a quote in the order id injects attributes.
  buggyAdapter('unescaped attribute', (id, json) => `<script data-flocktory-order="${id}">window.flocktory=window.flocktory||[];window.flocktory.push(["postcheckout",${json.replace(/</g, '\\u003c')}]);</script>`),
];

for (const adapter of bugs) {
  it(`finds the bug in an adapter with ${adapter.name}`, async () => {
    const base = await baselines(adapter, docsExample(), { ...docsExample(), order: { ...docsExample().order, items: [] } }, undefined);
    const result = fc.check(
      fc.property(generatedOrder, (order) => {
        if (order.keyIssues.length > 0) return;
        assertExactlyOneScript(adapter, adapter.render(order.input, { mode: 'safe' }) as string, base, { data: order.expected });
      }),
      { numRuns: 5_000, seed: 42, endOnFailure: true },
    );
    expect(result.failed).toBe(true);
  });
}
