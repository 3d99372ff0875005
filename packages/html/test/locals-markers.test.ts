import { scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';
import { flocktory, type FlocktoryLocals } from '../src/express';
import { FlocktoryValidationError } from '../src/index';

function locals(res: Record<string, unknown>, options: Parameters<typeof flocktory>[0] = { siteId: 1 }): FlocktoryLocals {
  const response = { locals: res };
  flocktory(options)({}, response, () => {});
  return response.locals.flocktory as FlocktoryLocals;
}

describe('Express locals for the markers and the cart', () => {
  it('render each integration point', () => {
    const views = locals({ cspNonce: 'bm9uY2U=' });
    expect(views.user({ email: 'a@b.co' })).toBe('<div class="i-flocktory" data-fl-user-email="a@b.co"></div>');
    expect(views.user(undefined)).toBe('');
    expect(views.categoryView({ id: 1 })).toBe(
      '<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="1"></div>',
    );
    expect(views.itemView({ id: 1, available: true })).toBe(
      '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1" data-fl-item-available="true"></div>',
    );
    expect(views.exchange({ spot: 's' })).toBe(
      '<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="s" data-fl-user-email="xname@flocktory.com"></div>',
    );
    expect(scriptsOf(views.updateCart([]), 'fragment').map((script) => script.attributes)).toEqual([
      { 'data-flocktory': 'update-cart', nonce: 'bm9uY2U=' },
    ]);
  });

  it('each request gets its own object, which serializes to {} (no request, response or configuration in it)', () => {
    const middleware = flocktory({ siteId: 1, onError: () => {} });
    const first = { locals: { cspNonce: 'Zmlyc3Q=' } as Record<string, unknown> };
    const second = { locals: { cspNonce: 'c2Vjb25k' } as Record<string, unknown> };
    middleware({}, first, () => {});
    middleware({}, second, () => {});
    const [one, two] = [first.locals.flocktory as FlocktoryLocals, second.locals.flocktory as FlocktoryLocals];
    expect(one).not.toBe(two);
    expect(JSON.stringify(first.locals)).toBe('{"cspNonce":"Zmlyc3Q=","flocktory":{}}');
    expect(one.loader()).toContain('nonce="Zmlyc3Q="');
    expect(two.loader()).toContain('nonce="c2Vjb25k"');
  });

  it('its helpers work taken off the object, as a view or route may pass them around', () => {
    const middleware = flocktory({ siteId: 1, onError: () => {} });
    const response = { locals: { cspNonce: 'Zmlyc3Q=' } as Record<string, unknown> };
    middleware({}, response, () => {});
    const { loader, exchange } = response.locals.flocktory as FlocktoryLocals;
    expect(loader()).toContain('nonce="Zmlyc3Q="');
    expect(exchange({ spot: 'thank_you' })).toContain('data-fl-spot="thank_you"');
  });

  it('a bad request nonce drops the cart script but not the markers (they carry no nonce)', () => {
    const errors: unknown[] = [];
    const views = locals({ cspNonce: '" onload="x' }, { siteId: 1, mode: 'safe', onError: (error) => errors.push(error) });
    expect(views.updateCart([])).toBe('');
    expect(views.categoryView({ id: 1 })).not.toBe('');
    expect(errors).toHaveLength(1);
  });

  it('markers never read the request nonce; scripts read it on every call', () => {
    let reads = 0;
    const views = locals({}, { siteId: 1, nonce: () => (reads++, 'bm9uY2U=') });
    views.user({ email: 'a@b.co' });
    views.user(null);
    views.categoryView({ id: 1 });
    views.itemView({ id: 1 });
    views.exchange({ spot: 's' }, { mode: 'safe' });
    expect(reads).toBe(0);
    views.updateCart([]);
    views.loader();
    expect(reads).toBe(2);
  });

  it("take the middleware's mode and onError, and per-call options win", () => {
    const errors: unknown[] = [];
    const views = locals({}, { siteId: 1, mode: 'safe', onError: (error) => errors.push(error) });
    expect(views.categoryView({} as never)).toBe('');
    expect(errors).toEqual([expect.any(FlocktoryValidationError)]);
    expect(() => views.categoryView({} as never, { mode: 'strict' })).toThrow(FlocktoryValidationError);
  });
});
