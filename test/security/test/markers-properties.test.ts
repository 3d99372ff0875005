/**
 * Property: hostile strings in every attribute of every marker (and in the cart script's data)
 * never add an element or an attribute, never change another element, never make a script
 * un-nonceable (CSP3 refuses a nonce to a script with `<script` or `<style` in an attribute), and
 * reach Flocktory exactly: the parsed attribute values and the script's pushes equal what the
 * docs' rules give (src/point-inputs.ts), in the html package and the Express views.
 */
import { elementsOf, runPushes, type Element } from '@flocktory-ssr/test-support';
import type { FlocktoryValidationError } from '@flocktory-ssr/core';
import { inProcessPointAdapters, parsePointHtml, type PointAdapter } from '@flocktory-ssr/test-conformance/markers';
import fc from 'fast-check';
import { expect, it } from 'vitest';

import { EMAIL_OR_FALLBACK, FALLBACK_EMAIL, pointInputs, type PointInput } from '../src/point-inputs';
import { propertyRuns, propertySeed } from '../src/runs';
import { validNonce } from '../src/orders';

// Every render parses a whole page; a tenth of the postcheckout property's runs keeps the two suites' time alike.
const RUNS = Math.max(500, Math.ceil(propertyRuns() / 10));

/** A fragment adapter's output in a page that has a nonced script of its own after it. */
function page(adapter: PointAdapter, html: string, nonce: string | undefined): string {
  if (adapter.kind === 'document') return html;
  const nonceAttribute = nonce === undefined ? '' : ` nonce="${nonce}"`;
  return `<!doctype html><html><head><title>t</title></head><body><p id="before"></p>${html}<script src="/loader.js"${nonceAttribute}></script><p id="after"></p></body></html>`;
}

/**
 * What Flocktory reads from a marker attribute, in every adapter alike: the core writes every CR
 * LF and lone CR as LF (what a parser reads from a raw CR anyway); U+0000 cannot be carried by
 * HTML, the parser reads U+FFFD.
 */
const asParsed = (value: string) => value.replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');

/** CSP3, "is element nonceable": no attribute name or value of the script may hold `<script` or `<style`. */
function expectNonceable(script: Element, nonce: string | undefined): void {
  for (const attribute of script.attrs)
    expect(/<(script|style)/i.test(attribute.name + attribute.value), `${attribute.name}=${attribute.value}`).toBe(false);
  if (nonce !== undefined) expect(script.attrs.find((attribute) => attribute.name === 'nonce')?.value).toBe(nonce);
}

const baselines = new Map<string, string[]>();

async function check(adapter: PointAdapter, item: PointInput, nonce: string | undefined): Promise<void> {
  const errors: FlocktoryValidationError[] = [];
  const html = page(
    adapter,
    await adapter.render(item.point, item.input, { mode: 'safe', nonce, onError: (error) => errors.push(error) }),
    nonce,
  );
  const issues = errors.flatMap((error) => error.issues);
  const parsed = parsePointHtml(html, 'document');
  const key = `${adapter.name} ${nonce === undefined}`;
  if (!baselines.has(key))
    baselines.set(
      key,
      parsePointHtml(page(adapter, await adapter.render('user', null, { mode: 'safe', nonce }), nonce), 'document').skeleton,
    );
  expect(parsed.skeleton, 'the page around our element').toEqual(baselines.get(key));
  for (const script of elementsOf(html, 'document').filter((element) => element.tagName === 'script')) expectNonceable(script, nonce);

  if (item.attributes) {
    // The address is sent unless the e-mail rule reported it; then its phone fallback is.
    const emailReported = issues.some((issue) => issue.path === 'user.email');
    const givenEmail =
      (item.input as { email?: string; user?: { email?: string } | null }).user?.email ?? (item.input as { email?: string }).email ?? '';
    const expected = item.attributes.map(([name, value]) => [
      name,
      asParsed(value === EMAIL_OR_FALLBACK ? (emailReported ? FALLBACK_EMAIL : givenEmail.trim()) : value),
    ]);
    expect(parsed.markers).toEqual([expected]);
    expect(issues.filter((issue) => issue.path !== 'user.email')).toEqual([]);
  } else {
    expect(issues).toEqual([]);
    expect(parsed.markers).toEqual([]);
    expect(parsed.cartScripts).toHaveLength(1);
    expect(runPushes(parsed.cartScripts[0]!.text)).toEqual(item.pushes);
  }
}

it(`hostile strings in every marker attribute and in the cart's data stay data, in every adapter (${inProcessPointAdapters.map((adapter) => adapter.name).join(', ')})`, async () => {
  const seed = propertySeed();
  console.log(
    `[security] markers: ${RUNS} cases × 5 integration points × ${inProcessPointAdapters.length} adapters, seed ${seed} (reproduce: FLOCKTORY_FC_SEED=${seed} FLOCKTORY_FC_RUNS=${propertyRuns()})`,
  );
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(pointInputs, validNonce, async (items, nonce) => {
      cases++;
      for (const adapter of inProcessPointAdapters) for (const item of items) await check(adapter, item, nonce);
    }),
    { numRuns: RUNS, seed, endOnFailure: true },
  );
  expect(cases).toBe(RUNS);
});
