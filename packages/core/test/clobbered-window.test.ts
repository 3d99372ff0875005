// jsdom, not happy-dom: it implements the window's named properties, so an element with id or name
// "flocktory" really is what `window.flocktory` returns (DOM clobbering). The commands run against
// that window as the page's `window`.
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addToCart, attachToProfile, reInitAfterNavigation, removeFromCart, updateCart } from '../src/client';
import { buildUpdateCart } from '../src/index';

type PageWindow = JSDOM['window'] & { flocktory?: unknown };

afterEach(() => vi.unstubAllGlobals());

describe.each(['<img id="flocktory">', '<form name="flocktory"></form>', '<embed name="flocktory">'])(
  'with %s earlier in the page',
  (html) => {
    let page: PageWindow;
    beforeEach(() => {
      page = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window;
      expect(page.flocktory).toBeInstanceOf(page.HTMLElement);
      vi.stubGlobal('window', page);
    });
    const pushes = () => JSON.stringify(page.flocktory);

    it('every browser command still pushes, into a fresh queue', () => {
      expect(addToCart({ id: 1, count: 1 })).toBe(true);
      expect(removeFromCart({ id: 1, count: 1 })).toBe(true);
      expect(updateCart([{ id: 1, price: 1, count: 1 }])).toBe(true);
      expect(attachToProfile({ tier: 'gold' })).toBe(true);
      expect(pushes()).toBe(
        JSON.stringify([
          ['addToCart', { item: { id: '1', count: 1 } }],
          ['removeFromCart', { item: { id: '1', count: 1 } }],
          ['updateCart', { cart: { items: [{ id: '1', price: 1, count: 1 }] } }],
          ['attachToProfile', { data: { tier: 'gold' } }],
        ]),
      );
    });

    it("the server's updateCart script still pushes", () => {
      new Function(buildUpdateCart([{ id: 1, price: 1, count: 1 }], { mode: 'strict' })!.code)();
      expect(pushes()).toBe(JSON.stringify([['updateCart', { cart: { items: [{ id: '1', price: 1, count: 1 }] } }]]));
    });

    it('reInitAfterNavigation does not throw and does not call the element', () => {
      reInitAfterNavigation('/a');
      expect(reInitAfterNavigation('/b')).toBe(false);
    });
  },
);
