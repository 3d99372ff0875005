/**
 * next-shop as a GA4-only shop (cookie `integration=ga4`): it describes cart changes and orders only
 * as GA4 dataLayer events; `bridgeDataLayer` turns its `add_to_cart` / `remove_from_cart` pushes into
 * Flocktory's cart commands, the thank-you page maps its GA4 `purchase` with `fromGa4Purchase`, and
 * the category and product markers come from its `view_item_list` / `view_item` through the
 * mappers. The shopper walk's expectations are the hand-integrated shops' own: Flocktory must
 * receive the same markers, cart events and order. The hand-integrated shop pushes the same GA4
 * events and sends the same Flocktory data, so every page the walk sees must also show the bridge
 * running on its dataLayer and having read each of the walk's cart events there: with exactly one
 * Flocktory cart event per click, that one came through the bridge.
 */
import { describe, expect, it } from 'vitest';

import { BridgeRecorder } from '../src/data-layer-bridge';
import { startNextShop } from '../src/servers';
import { useShopAndBrowser } from '../src/shop-and-browser';
import { SPA_MUG, SPA_TEA, walkSpaShopInNewPage } from '../src/spa-shopper-walk';

type DataLayerEntry = { event?: string; ecommerce?: { items?: Array<{ item_id: string; quantity: number }> } | null };

describe('next-shop, GA4-only (dataLayer bridge + mappers)', () => {
  const running = useShopAndBrowser(startNextShop);

  for (const navigation of ['direct', 'client'] as const) {
    it(`${navigation}: the shopper walk gets the same Flocktory pushes and markers as a hand-integrated shop; one cart event per GA4 push`, async () => {
      const bridge = new BridgeRecorder();
      const page = await walkSpaShopInNewPage(
        running,
        navigation,
        { signInLands: 'client' },
        { cookies: { integration: 'ga4' }, afterStep: bridge.afterStep },
      );
      expect(bridge.stepsWithoutBridge, 'steps whose page ran no dataLayer bridge').toEqual([]);
      // Across the walk's documents (one per full load), each GA4 cart push, read by the bridge.
      expect(bridge.cartEvents()).toEqual([
        ['add_to_cart', [[SPA_MUG.id, 1]], true],
        ['add_to_cart', [[SPA_MUG.id, 1]], true],
        ['add_to_cart', [[SPA_TEA.id, 1]], true],
        ['add_to_cart', [[SPA_MUG.id, 1]], true],
        ['remove_from_cart', [[SPA_MUG.id, 1]], true],
        ['remove_from_cart', [[SPA_MUG.id, 2]], true],
      ]);
      if (navigation === 'client') {
        // One document all along: its dataLayer holds every GA4 event of the walk. Each cart event
        // above came from one of these; begin_checkout, purchase and the views stayed analytics-only.
        const dataLayer = await page.evaluate(
          () => JSON.parse(JSON.stringify((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? [])) as DataLayerEntry[],
        );
        const events = dataLayer
          .filter((entry) => entry.event && !entry.event.startsWith('view_'))
          .map((entry) => [entry.event, entry.ecommerce?.items?.map((item) => [item.item_id, item.quantity])]);
        expect(events).toEqual([
          ['add_to_cart', [[SPA_MUG.id, 1]]],
          ['add_to_cart', [[SPA_MUG.id, 1]]],
          ['add_to_cart', [[SPA_TEA.id, 1]]],
          ['add_to_cart', [[SPA_MUG.id, 1]]],
          ['remove_from_cart', [[SPA_MUG.id, 1]]],
          ['remove_from_cart', [[SPA_MUG.id, 2]]],
          ['begin_checkout', [[SPA_TEA.id, 1]]],
          ['purchase', [[SPA_TEA.id, 1]]],
        ]);
        expect(dataLayer.filter((entry) => entry.event?.startsWith('view_')).map((entry) => entry.event)).toEqual([
          'view_item_list',
          'view_item',
          'view_item',
        ]);
      }
      await page.close();
    });
  }
});
