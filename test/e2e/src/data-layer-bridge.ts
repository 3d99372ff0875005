/**
 * What `bridgeDataLayer` (@flocktory-ssr/core/bridge) left on a page's `window.dataLayer`: whether
 * it runs there, and which of the page's GA4 cart events it read. Recorded per document over a
 * walk, so that a walk of full loads, whose dataLayer starts empty on each page, is seen whole.
 */
import type { Page } from 'playwright-core';

/** One GA4 cart event of a page's dataLayer: [event, [item_id, quantity][], read by the running bridge]. */
export type BridgedCartEvent = [event: string, items: Array<[string, number]>, bridged: boolean];

interface DocumentBridge {
  /** The bridge runs on this document's dataLayer. */
  running: boolean;
  cartEvents: BridgedCartEvent[];
}

/** The current document's dataLayer as the bridge sees it, keyed by the document's time origin. */
const readBridge = (page: Page): Promise<{ document: number } & DocumentBridge> =>
  page.evaluate(() => {
    type Entry = { event?: unknown; ecommerce?: { items?: Array<{ item_id: string; quantity: number }> } | null };
    // The bridge keeps its state on the array under this registry symbol, so that every copy of
    // core finds the same bridge; `seen` holds each entry it has read.
    const bridge = (window as unknown as { dataLayer?: Record<symbol, unknown> }).dataLayer?.[
      Symbol.for('flocktory-ssr.data-layer-bridge')
    ] as { stop?: unknown; seen?: WeakSet<object> } | undefined;
    const entries = ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []) as Entry[];
    return {
      document: performance.timeOrigin,
      running: typeof bridge?.stop === 'function',
      cartEvents: entries
        .filter((entry) => entry?.event === 'add_to_cart' || entry?.event === 'remove_from_cart')
        .map(
          (entry): BridgedCartEvent => [
            entry.event as string,
            (entry.ecommerce?.items ?? []).map((item): [string, number] => [item.item_id, item.quantity]),
            Boolean(bridge?.seen?.has(entry)),
          ],
        ),
    };
  });

/** Collects, step by step, whether the bridge ran and which cart events it read, one record per document. */
export class BridgeRecorder {
  private readonly documents = new Map<number, DocumentBridge>();
  /** Steps whose document had no running bridge. */
  readonly stepsWithoutBridge: string[] = [];

  /** An `afterStep`: reads the current document (a later step on the same document replaces its record). */
  readonly afterStep = async (page: Page, step: string): Promise<void> => {
    const { document, ...state } = await readBridge(page);
    if (!state.running) this.stepsWithoutBridge.push(step);
    this.documents.set(document, state);
  };

  /** Every GA4 cart event of the walk, document after document, each marked with whether the running bridge read it. */
  cartEvents(): BridgedCartEvent[] {
    return [...this.documents.values()].flatMap((state) => state.cartEvents);
  }
}
