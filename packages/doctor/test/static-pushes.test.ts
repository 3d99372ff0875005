import { describe, expect, it } from 'vitest';

import { checkHtml } from '../src/index';

const inPage = (scripts: string) =>
  `<!DOCTYPE html><html><head><script async src="https://api.flocktory.com/v2/loader.js?site_id=1"></script></head><body>${scripts}</body></html>`;
const check = (scripts: string, options = {}) => checkHtml(inPage(scripts), options);
const codes = (scripts: string, options = {}) =>
  check(scripts, options).findings.map((item) => `${item.severity} ${item.code} ${item.path ?? ''}`.trim());

// JSON with every quote written \u0022, as template filters such as Django's escapejs write it.
const ESCAPED_JSON = JSON.stringify({ user: { email: 'a@example.com' }, order: { id: '1', price: 10, items: [{ id: 's' }] } }).replace(
  /"/g,
  '\\u0022',
);
const ORDER = "{user: {email: 'a@example.com'}, order: {id: '1', price: 10, items: [{id: 's'}]}}";

describe('finding flocktory.push calls by parsing', () => {
  it.each([
    ["the docs' form", `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', ${ORDER}]);</script>`],
    ['a bare global', `<script>var flocktory = flocktory || []; flocktory.push(['postcheckout', ${ORDER}]);</script>`],
    [
      'bracket access',
      `<script>window['flocktory'] = window['flocktory'] || []; window['flocktory'].push(["postcheckout", ${ORDER}]);</script>`,
    ],
    ['a queue in a variable', `<script>var q = window.flocktory = window.flocktory || []; q.push(['postcheckout', ${ORDER}]);</script>`],
    [
      'the entry in a variable',
      `<script>var entry = ['postcheckout', ${ORDER}]; (window.flocktory = window.flocktory || []).push(entry);</script>`,
    ],
    [
      'data set by an earlier script',
      `<script>var orderData = ${ORDER};</script><script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', orderData]);</script>`,
    ],
    [
      "JSON.parse of a string escaped like Django's escapejs",
      `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', JSON.parse('${ESCAPED_JSON}')]);</script>`,
    ],
    [
      'a module script',
      `<script type="module">window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', ${ORDER}]);</script>`,
    ],
  ])('%s', (_name, scripts) => {
    const report = check(scripts);
    expect(report.findings).toEqual([]);
    expect(report.pushes).toEqual([
      expect.objectContaining({
        command: 'postcheckout',
        payload: { user: { email: 'a@example.com' }, order: { id: '1', price: 10, items: [{ id: 's' }] } },
      }),
    ]);
  });

  it('reads JSON.parse of a single-quoted string, whose JSON breaks on the first "\'" in the data', () => {
    const report = check(
      `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', JSON.parse('{"user":{"email":"a@example.com"},"order":{"id":"1","price":10,"items":[{"id":"s"}]}}')]);</script>`,
    );
    expect(report.pushes[0]!.payload).toEqual({ user: { email: 'a@example.com' }, order: { id: '1', price: 10, items: [{ id: 's' }] } });
    expect(report.findings.map((item) => item.code)).toEqual(['push_unescaped_quote']);
  });

  it.each([
    [
      "a double-quoted string with a raw '",
      `{user: {email: 'a@example.com', name: "O'Brien"}, order: {id: '1', price: 10, items: [{id: 's'}]}}`,
      true,
    ],
    [
      'a single-quoted string with a raw "',
      `{user: {email: 'a@example.com'}, order: {id: '1', price: 10, items: [{id: 's', title: 'Кеды "Air"'}]}}`,
      true,
    ],
    [
      'a single-quoted string with " escaped',
      `{user: {email: 'a@example.com'}, order: {id: '1', price: 10, items: [{id: 's', title: 'Кеды \\"Air\\"'}]}}`,
      false,
    ],
    [
      'a string with its own quote escaped',
      `{user: {email: 'a@example.com', name: 'O\\'Brien'}, order: {id: '1', price: 10, items: [{id: 's'}]}}`,
      false,
    ],
    [
      'JSON (every key double-quoted), whose serializer escapes " and leaves \'',
      `{"user": {"email": "a@example.com", "name": "O'Brien"}, "order": {"id": "1", "price": 10, "items": [{"id": "s"}]}}`,
      false,
    ],
  ])('mirrored quotes: %s', (_name, payload, mirrored) => {
    const report = check(
      `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', ${payload}]);</script>`,
    );
    expect(report.findings.map((item) => item.code)).toEqual(mirrored ? ['push_unescaped_quote'] : []);
  });

  it('ignores pushes onto other arrays and scripts that never mention Flocktory', () => {
    const report = check(`<script>var dataLayer = []; dataLayer.push(['postcheckout', {}]);</script><script>var flock = 1</script>`);
    expect(report.pushes).toEqual([]);
  });

  it('reports computed values as info and checks the rest', () => {
    const scripts = `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: getEmail()}, order: {id: '1', price: '2 999', items: window.cartItems}}]);</script>`;
    expect(codes(scripts)).toEqual([
      'error payload_not_normalized order.price',
      'info push_dynamic_value user.email',
      'info push_dynamic_value order.items',
    ]);
  });

  it('a computed item stands in as an item, so the rest of the order is still compared', () => {
    const scripts = `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: 'a@example.com'}, order: {id: '1', price: '5 000', items: [getItem(), {id: 's', count: 1}]}}]);</script>`;
    expect(codes(scripts)).toEqual(['error payload_not_normalized order.price', 'info push_dynamic_value order.items[0]']);
  });

  it('checks every documented command and flags undocumented ones', () => {
    const scripts = `<script>var f = window.flocktory = window.flocktory || [];
      f.push(['removeFromCart', {item: {id: 'a', count: 0}}]);
      f.push(['updateCart', {cart: {items: [{id: 'a', price: 10, count: 1}]}}]);
      f.push(['attachToProfile', {data: {tier: 'gold', nested: {a: 1}}}]);
      f.push(['trackItemView', {item: {id: 'a'}}]);
      f.push('postcheckout', {});
      window._flocktory = window._flocktory || []; window._flocktory.push(['has_precheckout?', {}]);</script>`;
    expect(codes(scripts)).toEqual([
      'error cart_payload_invalid item.count',
      'error cart_payload_invalid data.nested',
      'error push_malformed',
      'error push_malformed',
      'warning push_unknown_command',
      'warning push_legacy_api',
      'warning push_unknown_command',
    ]);
  });

  it("refuses addToCart with an array of items, as core's addToCart does: one product per call", () => {
    const report = check(
      `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['addToCart', {item: [{id: 'a', price: 1, count: 1}, {id: 'b', price: 2, count: 1}]}]);</script>`,
    );
    expect(report.findings.map((item) => `${item.code} ${item.path}: ${item.message}`)).toEqual([
      'cart_payload_invalid item: addToCart: item is an array of 2: push one product per call',
    ]);
  });

  it.each([
    ['hello@flocktory.com', 'warning payload_email_test_address user.email'],
    ['xname@flocktory.com', 'warning payload_email_exchange_fallback user.email'],
    ['5d41402abc4b2a76b9719d911017c592', 'error payload_email_hashed user.email'],
  ])('checks a postcheckout e-mail %s as the user marker’s', (email, expected) => {
    const order = ORDER.replace('a@example.com', email);
    expect(codes(`<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', ${order}]);</script>`)).toEqual(
      [expected],
    );
  });

  it("flags a pushed order whose id is String(undefined), by core's placeholder rule", () => {
    const order = "{user: {email: 'a@example.com', name: 'null'}, order: {id: 'undefined', price: 10, items: [{id: 's'}]}}";
    const findings = check(
      `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', ${order}]);</script>`,
    ).findings;
    expect(findings.map((item) => `${item.severity} ${item.code} ${item.path}`)).toEqual([
      'error payload_invalid order.id',
      'warning payload_invalid user.name',
    ]);
    expect(findings[0]!.message).toMatch(/\[core: placeholder\]; core would send nothing/);
  });

  it('flags the same order pushed twice by hand', () => {
    const push = `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', ${ORDER}]);</script>`;
    expect(codes(push + push)).toEqual(['error push_duplicate_order']);
  });

  it('requires a postcheckout push on a thank-you page', () => {
    expect(codes('', { pageType: 'thank-you' })).toEqual(['error postcheckout_missing']);
  });

  it('flags strings with a raw "<", and unknown fields core drops', () => {
    const scripts = `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: 'a@example.com', phone: ''}, order: {id: '1', price: 10, items: [{id: 's', title: 'a <b> c', color: 'red'}]}}]);</script>`;
    expect(codes(scripts)).toEqual([
      'warning payload_invalid order.items[0].color',
      'warning push_unescaped_lt',
      'info payload_not_normalized user.phone',
    ]);
  });

  it('sends a phone-only user to the e-mail fallback, as core would', () => {
    const scripts = `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {phone: '+7 999 888-77-66'}, order: {id: 1, price: 10, items: [{id: 's', count: '2'}]}}]);</script>`;
    const messages = check(scripts).findings.map((item) => `${item.severity} ${item.message}`);
    expect(messages).toEqual([
      'error user.email: Flocktory receives nothing; core would send the string "79998887766@unknown.email"',
      'error order.items[0].count: Flocktory receives the string "2"; core would send the number 2',
      'warning user.phone: Flocktory receives the string "+7 999 888-77-66"; core would send nothing (left out)',
      'warning order.id: Flocktory receives the number 1; core would send the string "1"',
    ]);
  });

  it('reports a syntax error at its page position, with several lines before it', () => {
    const html = `<!DOCTYPE html>\n<html><head></head><body>\n<script>\nwindow.flocktory.push(['postcheckout', {\n  user: {name: 'O'Brien'}\n}]);\n</script></body></html>`;
    const error = checkHtml(html).findings.find((item) => item.code === 'script_syntax_error');
    expect(error!.position).toEqual({ line: 5, column: 19 });
  });
});
