import { elementsOf, parseSingleScript, runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { buildPostcheckout, renderLoader, renderPostcheckout, type PostcheckoutData, type PostcheckoutInput } from '../src/index';
import { hostileStrings } from './support/fixtures';

/** A purchase with `hostile` in every string field Flocktory defines, the order id included. */
function purchaseWith(hostile: string): PostcheckoutInput {
  return {
    user: { name: hostile, email: 'buyer@example.com', sex: 'f' },
    order: {
      id: `77${hostile}`,
      price: '1 000,50',
      custom_field: hostile,
      items: [
        { id: `a${hostile}`, title: hostile, price: 1000.5, count: 1 },
        { id: 'plain', title: `prefix ${hostile} suffix`, count: '2' },
      ],
    },
    spot: hostile,
  };
}

/** What an HTML parser reads back from an attribute value we wrote. */
const asParsed = (value: string): string => value.replace(/\0/g, '\ufffd');

/** Embeds the snippet in a page and checks the parser sees exactly what we meant, nothing more. */
function expectInertInPage(snippetHtml: string): void {
  const page = `<!doctype html><html><head><title>t</title></head><body><p id="before"></p>${snippetHtml}<p id="after"></p></body></html>`;
  const scripts = scriptsOf(page, 'document');
  const elements = elementsOf(page, 'document');
  expect(scripts).toHaveLength(1);
  expect(elements.map((element) => element.tagName)).toEqual(['html', 'head', 'title', 'body', 'p', 'script', 'p']);
}

describe.each(hostileStrings.map((hostile) => [JSON.stringify(hostile), hostile] as const))('hostile string %s', (_label, hostile) => {
  it('stays data in every field, the order id included, and out of every attribute', () => {
    const input = purchaseWith(hostile);
    const html = renderPostcheckout(input, { mode: 'strict', nonce: 'bm9uY2U=' });
    const script = parseSingleScript(html);
    expect(script.names).toEqual(['data-flocktory', 'nonce']);
    const orderId = buildPostcheckout(input, { mode: 'strict' })!.data.order.id;
    expect(orderId).toBe(`77${hostile}`.trim());
    // No shop text in any attribute: `<script` in one makes Chromium refuse the nonce.
    expect(script.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: 'bm9uY2U=' });
    expect(script.text).toBe(buildPostcheckout(input, { mode: 'strict' })!.code);

    const [[name, data]] = runPushes(script.text) as [[string, PostcheckoutData]];
    expect(name).toBe('postcheckout');
    expect(data).toEqual(buildPostcheckout(input, { mode: 'strict' })!.data);
    expect(data.user.name).toBe(buildPostcheckout(input)!.data.user.name);
    expect(data.order.items[1]?.title).toContain(hostile.trim());
    expectInertInPage(html);
  });

  it('in a key is never rendered (unknown keys are not sent)', () => {
    const input = { ...purchaseWith('ok'), [hostile]: hostile, user: { email: 'a@b.co', [hostile]: 1 } } as PostcheckoutInput;
    const html = renderPostcheckout(input, { mode: 'safe', onError: () => {} });
    const script = parseSingleScript(html);
    expect(runPushes(script.text)).toEqual([['postcheckout', buildPostcheckout(input, { mode: 'safe', onError: () => {} })!.data]]);
    expectInertInPage(html);
  });

  it('as a nonce, site id or loader src never becomes an attribute', () => {
    const onError = vi.fn();
    const values = [hostile, `abc${hostile}`, `${hostile}abc`];
    for (const value of values) {
      expect(renderPostcheckout(purchaseWith('ok'), { mode: 'safe', onError, nonce: value })).toBe('');
      expect(renderLoader({ siteId: value, mode: 'safe', onError })).toBe('');
      expect(renderLoader({ siteId: '42', nonce: value, mode: 'safe', onError })).toBe('');
      const loader = renderLoader({ siteId: '42', src: `https://cdn.example/${value}`, mode: 'safe', onError });
      if (loader !== '') {
        // Only inert characters made it into the URL: it is still one async src attribute.
        const script = parseSingleScript(loader);
        expect(script.names).toEqual(['async', 'src']);
        expect(script.attributes.src).toBe(asParsed(`https://cdn.example/${value}?site_id=42`));
      }
    }
    expect(onError).toHaveBeenCalled();
  });
});
