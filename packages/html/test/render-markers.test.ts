import { elementsOf, parseSingleScript, runPushes } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { renderCategoryView, renderExchange, renderItemView, renderUpdateCart, renderUser } from '../src/index';
import { hostileStrings } from './support/fixtures';

// Expected HTML written by hand from https://flocktory.github.io/en/integration/precheckout/ and
// .../exchange/ (the docs' own examples, attributes in their order).
describe('marker HTML', () => {
  it('user', () => {
    expect(renderUser({ name: 'John Doe', email: 'johndoe@gmail.com' })).toBe(
      '<div class="i-flocktory" data-fl-user-name="John Doe" data-fl-user-email="johndoe@gmail.com"></div>',
    );
    expect(renderUser({ phone: '7 999 888-77-66' })).toBe('<div class="i-flocktory" data-fl-user-email="79998887766@unknown.email"></div>');
    expect(renderUser(null)).toBe('');
    expect(renderUser(undefined)).toBe('');
  });

  it('category', () => {
    expect(renderCategoryView({ id: '123' })).toBe(
      '<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="123"></div>',
    );
  });

  it('product, with every optional attribute, with none, and with a supported one missing', () => {
    expect(renderItemView({ id: '123', categoryId: '1', vendor: 'Nike', available: true })).toBe(
      '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="123" data-fl-item-category-id="1" data-fl-item-vendor="Nike" data-fl-item-available="true"></div>',
    );
    expect(renderItemView({ id: 123 })).toBe('<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="123"></div>');
    expect(renderItemView({ id: 123, vendor: null, available: false })).toBe(
      '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="123" data-fl-item-vendor="" data-fl-item-available="false"></div>',
    );
  });

  it('exchange, for a user and for an anonymous visitor', () => {
    expect(renderExchange({ spot: 'some_spot', user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com' } })).toBe(
      '<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="some_spot" data-fl-user-name="Ivan Ivanov" data-fl-user-email="ivan@gmail.com"></div>',
    );
    expect(renderExchange()).toBe('<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>');
  });

  it('update cart: one script with a constant attribute and the nonce, pushing the whole cart', () => {
    const html = renderUpdateCart([{ id: '123', price: '1 200', count: 1 }], { nonce: 'bm9uY2U=' });
    const script = parseSingleScript(html);
    expect(script.names).toEqual(['data-flocktory', 'nonce']);
    expect(script.attributes).toEqual({ 'data-flocktory': 'update-cart', nonce: 'bm9uY2U=' });
    expect(runPushes(script.text)).toEqual([['updateCart', { cart: { items: [{ id: '123', price: 1200, count: 1 }] } }]]);
    expect(renderUpdateCart([{ id: 1, price: 1, count: 1 }])).toMatch(/^<script data-flocktory="update-cart">\(function/);
  });

  it('renders "" for bad data in safe mode and reports it; strict mode throws', () => {
    const onError = vi.fn();
    expect(renderUser({ name: 'x' } as never, { mode: 'safe', onError })).toBe('');
    expect(renderCategoryView({} as never, { mode: 'safe', onError })).toBe('');
    expect(renderItemView({ vendor: 'x' } as never, { mode: 'safe', onError })).toBe('');
    expect(renderUpdateCart([{ id: 1 }] as never, { mode: 'safe', onError })).toBe('');
    expect(onError).toHaveBeenCalledTimes(4);
    expect(() => renderCategoryView({} as never, { mode: 'strict' })).toThrow(/category\.id/);
  });
});

/** What an HTML parser reads back from a marker value: the core writes line breaks as LF; U+0000 cannot be carried. */
const asParsed = (value: string): string => value.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');

describe.each(hostileStrings.map((hostile) => [JSON.stringify(hostile), hostile] as const))('hostile string %s', (_label, hostile) => {
  const text = `a${hostile}z`;
  const cases: [string, string, Record<string, string>][] = [
    [
      'user',
      renderUser({ name: text, email: 'a@b.co' }),
      { class: 'i-flocktory', 'data-fl-user-name': text, 'data-fl-user-email': 'a@b.co' },
    ],
    [
      'category',
      renderCategoryView({ id: text }),
      { class: 'i-flocktory', 'data-fl-action': 'track-category-view', 'data-fl-category-id': text },
    ],
    [
      'product',
      renderItemView({ id: text, categoryId: text, vendor: text, available: true }),
      {
        class: 'i-flocktory',
        'data-fl-action': 'track-item-view',
        'data-fl-item-id': text,
        'data-fl-item-category-id': text,
        'data-fl-item-vendor': text,
        'data-fl-item-available': 'true',
      },
    ],
    [
      'exchange',
      renderExchange({ spot: text, user: { name: text, id: 7 } }),
      {
        class: 'i-flocktory',
        'data-fl-action': 'exchange',
        'data-fl-spot': text,
        'data-fl-user-name': text,
        'data-fl-user-email': '7@unknown.email',
      },
    ],
  ];
  it.each(cases)('%s: one empty div with exactly the documented attributes, values intact', (_name, html, attributes) => {
    const page = `<!doctype html><html><head></head><body><p></p>${html}<p></p></body></html>`;
    const elements = elementsOf(page, 'document');
    expect(elements.map((element) => element.tagName)).toEqual(['html', 'head', 'body', 'p', 'div', 'p']);
    const div = elements[4]!;
    expect(div.childNodes).toEqual([]);
    expect(Object.fromEntries(div.attrs.map((attribute) => [attribute.name, attribute.value]))).toEqual(
      Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, asParsed(value)])),
    );
    expect(div.attrs.map((attribute) => attribute.name)).toEqual(Object.keys(attributes));
  });

  it('update cart: one script, its only attributes ours, pushing the id exactly', () => {
    const html = renderUpdateCart([{ id: text, price: 1, count: 1 }], { nonce: 'bm9uY2U=' });
    const script = parseSingleScript(html);
    expect(script.attributes).toEqual({ 'data-flocktory': 'update-cart', nonce: 'bm9uY2U=' });
    expect(runPushes(script.text)).toEqual([['updateCart', { cart: { items: [{ id: text, price: 1, count: 1 }] } }]]);
  });
});
