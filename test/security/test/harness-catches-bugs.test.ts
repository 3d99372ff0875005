/**
 * The checks can fail, for the right reason: adapters with the classic hand-written-snippet bugs
 * are caught by the same generator and harness that the real adapters pass, and each failure is
 * checked for WHY: the check that fired, and a counterexample that holds the bug's trigger (so a
 * bug is not "caught" by some unrelated check that happened to fail first).
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPostcheckout, postcheckoutCode, type PostcheckoutData, type PostcheckoutInput } from '@flocktory-ssr/core';
import { coreReference, type Adapter } from '@flocktory-ssr/test-conformance/adapters';
import { docsExample } from '@flocktory-ssr/test-conformance/corpus';
import { assertExactlyOneScript, baselines, ConformanceFailure, escapeAttribute } from '@flocktory-ssr/test-conformance/harness';

import { generatedOrder, type GeneratedOrder } from '../src/orders';

const escapeAll = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

// The code around the data, as core writes it: `PREFIX + JSON + SUFFIX`.
const sample = docsExample() as unknown as PostcheckoutData;
const sampleCode = postcheckoutCode(sample);
const sampleJson = JSON.stringify(sample);
const PREFIX = sampleCode.slice(0, sampleCode.indexOf(sampleJson));
const SUFFIX = sampleCode.slice(PREFIX.length + sampleJson.length);

/** Writes the page: `element(json, open?)` is the reference element with its code made from `json`, its start tag rewritten by `open`. */
type Writer = (
  data: PostcheckoutData,
  input: PostcheckoutInput,
  element: (json: string, open?: (tag: string) => string) => string,
) => string;

/** An adapter that renders core's data into the reference element its own (buggy) way; `fields` override the reference's. */
function buggyAdapter(name: string, write: Writer, fields: Partial<Adapter> = {}): Adapter {
  return {
    ...coreReference,
    ...fields,
    name,
    render(input, options) {
      const snippet = buildPostcheckout(input, { ...options, mode: 'safe', onError: () => {} });
      if (!snippet) return '';
      const reference = coreReference.render(input, { ...options, mode: 'safe', onError: () => {} }) as string;
      const at = reference.indexOf(snippet.code);
      const tag = reference.slice(0, at);
      const end = reference.slice(at + snippet.code.length);
      return write(snippet.data, input, (json, open = (same) => same) => open(tag) + PREFIX + json + SUFFIX + end);
    },
  };
}

/** Every string of a value, keys included. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)]);
}

// What ends a script element early: `</script` and a delimiter in any string; or `<!--` then
// `<script` and a delimiter (JSON writes control characters as escapes, so space, `/` or `>`),
// the double-escaped state, after which the element's own `</script>` no longer ends it.
const endsTheElement = (order: GeneratedOrder) => stringsOf(order.expected).some((text) => /<\/script[\t\n\f\r />]/i.test(text));
const doubleEscapes = (order: GeneratedOrder) => /<!--[\s\S]*<script[ />]/i.test(JSON.stringify(order.expected));
const ATTRIBUTE_NAME = /^[a-z][\w-]*$/i;
// A broken element shows as a page with another structure, or as page text run as the script.
const BROKEN_ELEMENT = /expected exactly one postcheckout script|page structure changed|SyntaxError/;

interface Bug {
  adapter: Adapter;
  /** The checks that may report it (the harness's message, or the script failing to run). */
  reasons: RegExp;
  /** The case that failed holds the bug's trigger. */
  trigger(order: GeneratedOrder): boolean;
}

const bugs: Bug[] = [
  {
    // JSON.stringify alone: `</script>` in any string ends the element.
    adapter: buggyAdapter('unescaped JSON', (data, _input, element) => element(JSON.stringify(data))),
    reasons: BROKEN_ELEMENT,
    trigger: (order) => endsTheElement(order) || doubleEscapes(order),
  },
  {
    // Only `</` escaped: `<!--` then `<script` enters the double-escaped state, where the element's
    // own `</script>` no longer ends it.
    adapter: buggyAdapter('only </ escaped', (data, _input, element) => element(JSON.stringify(data).replace(/<\//g, '\\u003c/'))),
    reasons: BROKEN_ELEMENT,
    trigger: (order) => doubleEscapes(order) && !endsTheElement(order),
  },
  {
    // The order id in an attribute, even escaped: shop text on a script element (`<script` there
    // makes Chromium refuse the element's nonce).
    adapter: buggyAdapter('the order id in an attribute', (data, _input, element) =>
      element(escapeAll(JSON.stringify(data)), (tag) => tag.replace(/>$/, ` data-order="${escapeAttribute(data.order.id)}">`)),
    ),
    reasons: /unexpected attributes/,
    trigger: () => true,
  },
  {
    // A component that passes unknown props on to its element (`v-bind="purchase"` without inheritAttrs: false).
    adapter: buggyAdapter(
      'unknown props passed on to the script',
      (data, input, element) => {
        const extra = Object.keys(input).filter((key) => !['user', 'order', 'spot'].includes(key) && ATTRIBUTE_NAME.test(key));
        return element(escapeAll(JSON.stringify(data)), (tag) => tag.replace(/>$/, `${extra.map((key) => ` ${key}="x"`).join('')}>`));
      },
      { takesRootKeys: false },
    ),
    reasons: /unexpected attributes/,
    trigger: (order) => Object.keys(order.input).some((key) => !['user', 'order', 'spot'].includes(key) && ATTRIBUTE_NAME.test(key)),
  },
  {
    // The phone fallback keeps the `+` of "+7 (999) …".
    adapter: buggyAdapter('phone fallback with a plus', (data, input, element) => {
      const user = input.user as unknown as Record<string, unknown>;
      const email =
        user.phone !== undefined && data.user.email === `${String(user.phone).replace(/\D/g, '')}@unknown.email`
          ? `+${data.user.email}`
          : data.user.email;
      return element(escapeAll(JSON.stringify({ ...data, user: { ...data.user, email } })));
    }),
    reasons: /pushed data differs/,
    trigger: (order) =>
      (order.input.user as unknown as Record<string, unknown>).phone !== undefined && order.expected.user.email.endsWith('@unknown.email'),
  },
  {
    // A refused image sent anyway, as the shop gave it.
    adapter: buggyAdapter('refused image sent', (data, input, element) => {
      const items = data.order.items.map((item, index) => {
        const image = (input.order.items[index] as Record<string, unknown> | undefined)?.image;
        return typeof image === 'string' && image.trim() !== '' ? { ...item, image: image.trim() } : item;
      });
      return element(escapeAll(JSON.stringify({ ...data, order: { ...data.order, items } })));
    }),
    reasons: /pushed data differs/,
    trigger: (order) => order.fieldIssues.some((issue) => issue.code === 'invalid_url'),
  },
];

// While the script element carries the order id in an attribute, escaping it is the adapter's job.
const sampleElement = coreReference.render(sample as unknown as PostcheckoutInput, { mode: 'strict' }) as string;
if (sampleElement.includes(`="${sample.order.id}"`)) {
  bugs.push({
    // The order id written into the attribute unescaped: a quote in it injects attributes.
    adapter: buggyAdapter('unescaped attribute', (data, _input, element) =>
      element(escapeAll(JSON.stringify(data)), (tag) => tag.replace(`="${escapeAttribute(data.order.id)}"`, `="${data.order.id}"`)),
    ),
    reasons: /unexpected attributes|wrong order attribute|page structure changed|expected exactly one postcheckout script/,
    trigger: (order) => /["&]/.test(order.expected.order.id),
  });
}

for (const bug of bugs) {
  it(`finds the bug in an adapter with ${bug.adapter.name}, for the right reason`, async () => {
    const base = await baselines(bug.adapter, docsExample(), { ...docsExample(), order: { ...docsExample().order, items: [] } }, undefined);
    const result = fc.check(
      fc.property(generatedOrder, (order) => {
        assertExactlyOneScript(bug.adapter, bug.adapter.render(order.input, { mode: 'safe' }) as string, base, { data: order.expected });
      }),
      { numRuns: 5_000, seed: 42, endOnFailure: true },
    );
    expect(result.failed).toBe(true);
    const error = result.errorInstance;
    // A SyntaxError comes from the node:vm realm the script runs in: compared by name.
    expect(error instanceof ConformanceFailure || (error as Error).name === 'SyntaxError').toBe(true);
    expect(String(error)).toMatch(bug.reasons);
    expect(bug.trigger(result.counterexample![0])).toBe(true);
  });
}

it('the real serializer passes the same property (so the failures above are the bugs, not the harness)', async () => {
  const reference = buggyAdapter('core', (data, _input, element) => element(escapeAll(JSON.stringify(data))));
  const base = await baselines(reference, docsExample(), { ...docsExample(), order: { ...docsExample().order, items: [] } }, undefined);
  fc.assert(
    fc.property(generatedOrder, (order) => {
      assertExactlyOneScript(reference, reference.render(order.input, { mode: 'safe' }) as string, base, { data: order.expected });
    }),
    { numRuns: 2_000, seed: 42 },
  );
});
