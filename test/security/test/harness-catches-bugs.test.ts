/**
 * The checks can fail: adapters with the classic hand-written-snippet bugs are caught by the same
 * property and harness that the real adapters pass.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPostcheckout } from '@flocktory-ssr/core';
import type { Adapter } from '@flocktory-ssr/test-conformance/adapters';
import { docsExample } from '@flocktory-ssr/test-conformance/corpus';
import { assertExactlyOneScript, baselines, escapeAttribute, issuesSeenBy } from '@flocktory-ssr/test-conformance/harness';

import { generatedOrder } from '../src/orders';

function buggyAdapter(name: string, html: (id: string, code: string, input: Record<string, unknown>) => string, takesRootKeys = true): Adapter {
  return {
    name,
    kind: 'fragment',
    takesRootKeys,
    render(input, options) {
      const snippet = buildPostcheckout(input, { ...options, mode: 'safe', onError: () => {} });
      return snippet ? html(snippet.data.order.id, snippet.code, input as unknown as Record<string, unknown>) : '';
    },
  };
}

const bugs = [
  // JSON.stringify alone: `</script>` in a title ends the element.
  buggyAdapter('unescaped JSON', (_id, code) => `<script data-flocktory="postcheckout">${code.replace(/\\u003c/g, '<')}</script>`),
  // The order id in an attribute, even escaped: `<script` there makes Chromium refuse the nonce.
  buggyAdapter('the order id in an attribute', (id, code) => `<script data-flocktory="postcheckout" data-order="${escapeAttribute(id)}">${code}</script>`),
  // A component that passes unknown props on to its element (`v-bind="purchase"` without inheritAttrs: false).
  buggyAdapter(
    'unknown props passed on to the script',
    (_id, code, input) => {
      const extra = Object.keys(input).filter((key) => !['user', 'order', 'spot'].includes(key) && /^[a-z][\w-]*$/i.test(key));
      return `<script data-flocktory="postcheckout"${extra.map((key) => ` ${key}="x"`).join('')}>${code}</script>`;
    },
    false,
  ),
];

for (const adapter of bugs) {
  it(`finds the bug in an adapter with ${adapter.name}`, async () => {
    const base = await baselines(adapter, docsExample(), { ...docsExample(), order: { ...docsExample().order, items: [] } }, undefined);
    const result = fc.check(
      fc.property(generatedOrder, (order) => {
        // Safe mode reports unknown keys and renders the rest; skip those the adapter would report.
        if (issuesSeenBy(adapter, order.keyIssues).length > 0) return;
        assertExactlyOneScript(adapter, adapter.render(order.input, { mode: 'safe' }) as string, base, { data: order.expected });
      }),
      { numRuns: 5_000, seed: 42, endOnFailure: true },
    );
    expect(result.failed).toBe(true);
  });
}
