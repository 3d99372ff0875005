import { finding } from '../finding';
import type { Finding, PageExpectations, PushInfo } from '../types';

const orderId = (payload: unknown): string | undefined => {
  const id = (payload as { order?: { id?: unknown } } | null)?.order?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
};

/**
 * Page-level rules over every postcheckout push (static, or observed with `source: 'browser'`):
 * one per order, and one at all on a thank-you page.
 */
export function checkPagePushes(pushes: readonly PushInfo[], expect: PageExpectations, source: Finding['source']): Finding[] {
  const findings: Finding[] = [];
  const orders = pushes.filter((push) => push.command === 'postcheckout');
  if (expect.pageType === 'thank-you' && orders.length === 0) {
    findings.push(
      finding(
        'postcheckout_missing',
        source === 'browser' ? 'nothing pushed postcheckout in the browser' : "no postcheckout push in the page's inline scripts",
        { source },
      ),
    );
  }
  const seen = new Map<string, PushInfo>();
  for (const push of orders) {
    const id = orderId(push.payload);
    if (id === undefined) continue;
    const first = seen.get(id);
    // Our scripts skip an order this page view already sent, so two of ours send it once.
    if (first && (source === 'browser' || first.origin !== 'ours' || push.origin !== 'ours')) {
      findings.push(
        finding('push_duplicate_order', `order ${JSON.stringify(id)} is pushed more than once`, {
          source,
          ...(push.position ? { position: push.position } : {}),
        }),
      );
    }
    if (!first) seen.set(id, push);
  }
  return findings;
}
