import { elementsOf, scriptsOf } from '@flocktory-ssr/test-support';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { flocktory, registerHandlebarsHelpers } from '../src/express';

function render(source: string, context: Record<string, unknown> = {}) {
  const handlebars = Handlebars.create();
  registerHandlebarsHelpers(handlebars);
  const res = { locals: { cspNonce: 'abc' } as Record<string, unknown> };
  flocktory({ siteId: 9, mode: 'strict' })({}, res, () => {});
  return handlebars.compile(source)({ ...res.locals, ...context });
}

const attributesOf = (html: string) =>
  elementsOf(html, 'fragment').map((element) => [
    element.tagName,
    ...element.attrs.map((attribute) => `${attribute.name}=${attribute.value}`),
  ]);

describe('Handlebars marker helpers', () => {
  it('take one object argument, with triple or double braces', () => {
    for (const braces of [
      ['{{{', '}}}'],
      ['{{', '}}'],
    ]) {
      const [open, close] = braces as [string, string];
      const html = render(
        `${open}flocktoryUser user${close}${open}flocktoryCategoryView category${close}${open}flocktoryItemView product${close}`,
        {
          user: { name: 'John Doe', email: 'johndoe@gmail.com' },
          category: { id: 5 },
          product: { id: 'p1', vendor: null },
        },
      );
      expect(attributesOf(html)).toEqual([
        ['div', 'class=i-flocktory', 'data-fl-user-name=John Doe', 'data-fl-user-email=johndoe@gmail.com'],
        ['div', 'class=i-flocktory', 'data-fl-action=track-category-view', 'data-fl-category-id=5'],
        ['div', 'class=i-flocktory', 'data-fl-action=track-item-view', 'data-fl-item-id=p1', 'data-fl-item-vendor='],
      ]);
    }
  });

  it('take hash arguments instead; a hash value that is undefined leaves its attribute out', () => {
    const html = render(
      '{{{flocktoryItemView id=p.sku vendor=p.brand categoryId=p.category available=p.inStock}}}{{{flocktoryExchange user=u spot="thank_you"}}}',
      {
        p: { sku: 'S-1', brand: 'Nike', inStock: false },
        u: { email: 'a@b.co' },
      },
    );
    expect(attributesOf(html)).toEqual([
      [
        'div',
        'class=i-flocktory',
        'data-fl-action=track-item-view',
        'data-fl-item-id=S-1',
        'data-fl-item-vendor=Nike',
        'data-fl-item-available=false',
      ],
      ['div', 'class=i-flocktory', 'data-fl-action=exchange', 'data-fl-spot=thank_you', 'data-fl-user-email=a@b.co'],
    ]);
  });

  it('an anonymous visitor: no user marker; the Exchange banner with no arguments', () => {
    expect(render('{{{flocktoryUser user}}}')).toBe('');
    expect(attributesOf(render('{{{flocktoryExchange}}}'))).toEqual([
      ['div', 'class=i-flocktory', 'data-fl-action=exchange', 'data-fl-user-email=xname@flocktory.com'],
    ]);
  });

  it('flocktoryUpdateCart renders the script with the request nonce', () => {
    const scripts = scriptsOf(
      render('{{{flocktoryUpdateCart cart.items}}}', { cart: { items: [{ id: 1, price: 2, count: 3 }] } }),
      'fragment',
    );
    expect(scripts.map((script) => script.attributes)).toEqual([{ 'data-flocktory': 'update-cart', nonce: 'abc' }]);
  });

  it('say how to call them when the input is missing, and name the missing middleware', () => {
    expect(() => render('{{{flocktoryUser}}}')).toThrow(/flocktoryUser: pass the user/);
    expect(() => render('{{{flocktoryCategoryView}}}')).toThrow(/flocktoryCategoryView: pass the category/);
    expect(() => render('{{{flocktoryItemView}}}')).toThrow(/flocktoryItemView: pass the product/);
    expect(() => render('{{{flocktoryUpdateCart}}}')).toThrow(/flocktoryUpdateCart: pass the cart items/);
    const bare = Handlebars.create();
    registerHandlebarsHelpers(bare);
    expect(() => bare.compile('{{{flocktoryExchange}}}')({})).toThrow(/no "flocktory" in the template data/);
  });
});
