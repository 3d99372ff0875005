/**
 * Every fragment adapter's markup for the markers and the cart script is byte-for-byte the html
 * package's, not only equal once parsed: the same entities, attribute order and quotes. Vue's
 * `<!---->` (its placeholder for nothing, which hydration needs) is the one difference allowed. The
 * core's escaper spells `'` as React's does (`&#x27;`), so React's bytes are equal too. A CR in the
 * input is an LF in every adapter's bytes: the core normalizes it.
 */
import { describe, expect, it } from 'vitest';

import { htmlRender, pointAdapters } from '../src/markers/adapters';
import { POINT_CASES } from '../src/markers/expected';

const NONCE = 'bm9uY2U=';
// Values that the html package escapes and parsers treat specially: quotes, `<`, `&`, CR.
const HOSTILE_CASES = [
  { name: 'user: quotes, tags, ampersands, CR', point: 'user' as const, input: { name: `a"b'c<script>&amp;\rd`, email: 'x@example.com' } },
  {
    name: 'product: vendor and category with markup',
    point: 'itemView' as const,
    input: { id: '1"2', categoryId: '<style>', vendor: `O'Reilly & Sons\r\n` + 'x', available: 'true' },
  },
  { name: 'exchange: spot with markup', point: 'exchange' as const, input: { spot: '"><script>alert(1)</script>' } },
  { name: 'category: id with CR', point: 'categoryView' as const, input: { id: 'a\rb' } },
];
const CASES = [...POINT_CASES, ...HOSTILE_CASES];
const withoutEmptyComments = (html: string) => html.replaceAll('<!---->', '');

describe.each(
  pointAdapters
    .filter((adapter) => adapter.kind === 'fragment' && adapter !== htmlRender)
    .map((adapter) => [adapter.name, adapter] as const),
)('%s', (_name, adapter) => {
  it.each(CASES.map((item) => [item.name, item] as const))('%s: the html package bytes', async (_case, item) => {
    const options = { mode: 'safe' as const, nonce: NONCE, onError: () => {} };
    const html = await htmlRender.render(item.point, item.input, options);
    expect(withoutEmptyComments(await adapter.render(item.point, item.input, options))).toBe(html);
  });
});
