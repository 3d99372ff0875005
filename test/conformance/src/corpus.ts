/**
 * The shared corpus: orders every adapter must render to byte-identical script text.
 * Valid inputs only (bad inputs live in bad-inputs.ts); some carry unknown or forbidden keys,
 * which are dropped, so those are run in safe mode.
 */
import type { PostcheckoutData, PostcheckoutInput } from '@flocktory-ssr/core';
import { docsExample as documentedExample } from '@flocktory-ssr/test-support';

export interface CorpusCase {
  name: string;
  input: PostcheckoutInput;
  /** What must be pushed, written out by hand (the builders below only assemble it). */
  expected: PostcheckoutData;
  /** Forbidden keys make strict mode throw (unknown keys are only reported); such cases are rendered in safe mode only. */
  safeOnly?: boolean;
}

/** The English doc's example, plus `spot` from the newer Russian doc. */
export function docsExample(): PostcheckoutInput & { spot: string } {
  return { ...documentedExample(), spot: 'desktop' };
}

/** Strings that try every way out of a `<script>` element, a JS string, or an attribute. */
export const HOSTILE_STRINGS: readonly string[] = [
  '</script><script>alert(1)</script>',
  '</SCRIPT><img src=x onerror=alert(1)>',
  '</ScRiPt\t><svg onload=alert(1)>',
  '</script/x>',
  '</script\f',
  '<!--<script>',
  '<!--',
  '-->',
  '<script>',
  // In an attribute, `<script` or `<style` makes Chromium refuse the element's nonce.
  '<style>',
  '"<sTyLe x="',
  '\'";alert(1);//',
  '\\";alert(1);//',
  '\\u003c/script>',
  '\u2028\u2029',
  'a\ud800b\udc00c',
  '\udbff',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '&lt;/script&gt;&#60;',
  ']]></script>',
  '${alert(1)}`',
  '\u0000\u0001\u001f\u007f\u0085',
  'line\r\nbreak\rcarriage',
  '\ufeffbom',
];

function hostile(index: number): string {
  // Wrapped in letters so trimming cannot empty it and the expectation stays simple.
  return `x${HOSTILE_STRINGS[index % HOSTILE_STRINGS.length]}y`;
}

/** Every string field gets a hostile string; keys are hostile too. */
function hostileOrder(shift: number): PostcheckoutInput {
  const input = {
    user: { name: hostile(shift), email: 'hostile@shop.example', sex: 'F' },
    order: {
      id: hostile(shift + 1),
      price: '1 234,50',
      custom_field: hostile(shift + 2),
      items: [
        {
          id: hostile(shift + 3),
          title: hostile(shift + 4),
          price: 10,
          image: `https://x.example/${hostile(shift + 5).replace(/\s/g, '')}`,
          count: '2',
        },
        { id: hostile(shift + 6), title: hostile(shift + 7) },
      ],
    },
    spot: hostile(shift + 8),
  };
  return input as PostcheckoutInput;
}

/**
 * What `hostileOrder(shift)` must push: every string as given (the letters around each one leave
 * nothing to trim), "1 234,50" → 1234.5, "F" → "f", "2" → 2.
 */
function hostileOrderSent(shift: number): PostcheckoutData {
  return {
    user: { name: hostile(shift), email: 'hostile@shop.example', sex: 'f' },
    order: {
      id: hostile(shift + 1),
      price: 1234.5,
      custom_field: hostile(shift + 2),
      items: [
        {
          id: hostile(shift + 3),
          title: hostile(shift + 4),
          price: 10,
          image: `https://x.example/${hostile(shift + 5).replace(/\s/g, '')}`,
          count: 2,
        },
        { id: hostile(shift + 6), title: hostile(shift + 7) },
      ],
    },
    spot: hostile(shift + 8),
  };
}

/** The long order's items; its input and its data are the same. */
function longItems() {
  return Array.from({ length: 300 }, (_, index) => ({
    id: `sku-${index}`,
    title: `${'Очень длинное название </script> '.repeat(index === 0 ? 3000 : 3)}${index}`,
    price: index,
    count: index + 1,
  }));
}

/** Unknown and forbidden keys at every level, hostile keys included: never sent. */
function hostileKeys(): PostcheckoutInput {
  const input = JSON.parse(
    JSON.stringify({
      user: { email: 'keys@shop.example', '</script><script>alert(1)</script>': 1 },
      order: { id: 'k1', price: 1, items: [{ id: 'i1', '<!--': '-->' }], '\u2028': 'x' },
      '\'"</SCRIPT>': { '<script>': true },
    }).replace('"k1"', '"k1","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}'),
  ) as PostcheckoutInput;
  return input;
}

export function corpus(): CorpusCase[] {
  const cases: CorpusCase[] = [
    { name: 'docs example', input: docsExample(), expected: docsExample() as unknown as PostcheckoutData },
    {
      name: 'Cyrillic, comma prices with spaces, phone instead of email',
      input: {
        user: { name: 'Иван Иванов', phone: '+7 (999) 888-77-66', sex: 'M' },
        order: {
          id: 'Заказ-77',
          price: '2 999,00',
          custom_field: 'мой_код',
          items: [
            {
              id: 'артикул-777',
              title: 'Кроссовки «Найк» — 42 размер',
              price: '2\u00a0999,99',
              image: 'https://img.example/кроссовки.png',
              count: 1,
            },
          ],
        },
        spot: 'рабочий стол',
      },
      expected: {
        user: { name: 'Иван Иванов', email: '79998887766@unknown.email', sex: 'm' },
        order: {
          id: 'Заказ-77',
          price: 2999,
          custom_field: 'мой_код',
          items: [
            {
              id: 'артикул-777',
              title: 'Кроссовки «Найк» — 42 размер',
              price: 2999.99,
              image: 'https://img.example/кроссовки.png',
              count: 1,
            },
          ],
        },
        spot: 'рабочий стол',
      },
    },
    {
      name: 'emoji and astral characters, user id instead of email, numeric ids',
      input: {
        user: { name: '👩‍👩‍👧‍👦 Família 𝒜', id: 12345678 },
        order: { id: 98765432109876543210n, price: 0, items: [{ id: 7, title: '🎉🇺🇦🏳️‍🌈 ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', count: '3' }] },
      },
      expected: {
        user: { name: '👩‍👩‍👧‍👦 Família 𝒜', email: '12345678@unknown.email' },
        order: { id: '98765432109876543210', price: 0, items: [{ id: '7', title: '🎉🇺🇦🏳️‍🌈 ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢', count: 3 }] },
      },
    },
    {
      name: 'very long: 300 items, a 100 000-character title',
      input: {
        user: { name: 'Long '.repeat(2000), email: 'long@shop.example' },
        order: { id: 'L'.repeat(1000), price: 123456789.99, items: longItems() },
      },
      expected: {
        // The trailing space trimmed.
        user: { name: 'Long '.repeat(1999) + 'Long', email: 'long@shop.example' },
        order: { id: 'L'.repeat(1000), price: 123456789.99, items: longItems() },
      },
    },
  ];
  for (let shift = 0; shift < HOSTILE_STRINGS.length; shift += 3) {
    cases.push({ name: `hostile strings in every field (#${shift})`, input: hostileOrder(shift), expected: hostileOrderSent(shift) });
  }
  cases.push({
    name: 'hostile, unknown and forbidden keys at every level',
    input: hostileKeys(),
    expected: { user: { email: 'keys@shop.example' }, order: { id: 'k1', price: 1, items: [{ id: 'i1' }] } },
    safeOnly: true,
  });
  cases.push({
    name: 'attribute names at the top level, as `v-bind="purchase"` / `{...purchase}` pass them to components',
    input: {
      ...docsExample(),
      innerHTML: 'alert(1)',
      src: 'https://evil.example/x.js',
      onerror: 'alert(2)',
      type: 'module',
      class: 'x',
      style: 'color: red',
      id: 'flocktory',
      dangerouslySetInnerHTML: { __html: 'alert(3)' },
      children: 'alert(4)',
    } as PostcheckoutInput,
    expected: docsExample() as unknown as PostcheckoutData,
    safeOnly: true,
  });
  return cases;
}
