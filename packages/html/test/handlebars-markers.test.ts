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

  it('a hash whose values are all undefined is no input: an anonymous visitor gets no user marker, the anonymous banner', () => {
    const source = '{{{flocktoryUser name=user.name email=user.email}}}{{{flocktoryExchange user=user spot=nothing}}}';
    expect(attributesOf(render(source))).toEqual([
      ['div', 'class=i-flocktory', 'data-fl-action=exchange', 'data-fl-user-email=xname@flocktory.com'],
    ]);
    expect(attributesOf(render(source, { user: { name: 'Ann', email: 'ann@example.com' } }))[0]).toEqual([
      'div',
      'class=i-flocktory',
      'data-fl-user-name=Ann',
      'data-fl-user-email=ann@example.com',
    ]);
    // Required data stays required: core reports it (strict mode throws its error), not a wiring mistake.
    expect(() => render('{{{flocktoryItemView id=p.sku}}}')).toThrow(/Invalid Flocktory data/);
  });

  it('take an object and hash arguments together: the defined hash values go over a copy of the object', () => {
    const product = { id: 'sku-1', vendor: 'Adidas', categoryId: 'shoes' };
    const html = render('{{{flocktoryItemView p available=inStock vendor="Nike" categoryId=p.nothing}}}', { p: product, inStock: true });
    expect(attributesOf(html)).toEqual([
      [
        'div',
        'class=i-flocktory',
        'data-fl-action=track-item-view',
        'data-fl-item-id=sku-1',
        'data-fl-item-category-id=shoes',
        'data-fl-item-vendor=Nike',
        'data-fl-item-available=true',
      ],
    ]);
    expect(product).toEqual({ id: 'sku-1', vendor: 'Adidas', categoryId: 'shoes' });
    // A class instance stays one: core refuses it.
    class Product {
      id = 'sku-1';
    }
    expect(() => render('{{{flocktoryItemView p vendor="Nike"}}}', { p: new Product() })).toThrow(/not plain data/);
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
