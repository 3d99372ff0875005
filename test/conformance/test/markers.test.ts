/**
 * The markers and the updateCart script, in every adapter, against what Flocktory's docs say each
 * must render (src/markers/expected.ts, written by hand): exactly the documented attributes in
 * order, the page around them unchanged, the script pushing exactly the documented data, the same
 * script bytes in every adapter (and the same markup bytes in every adapter that renders a
 * fragment), and the same issues in both modes.
 */
import { runPushes } from '@flocktory-ssr/test-support';
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { issueLines } from '../src/harness';
import { htmlRender, pointAdapters } from '../src/markers/adapters';
import { POINT_CASES, type PointCase } from '../src/markers/expected';
import { parsePointHtml } from '../src/markers/parse';
import type { PointAdapter, PointRenderOptions } from '../src/markers/points';

const NONCE = 'bm9uY2U=';
/** Per adapter, the page with nothing of ours, with and without a nonce (the loader script carries it). */
const baselines = new Map<PointAdapter, { withNonce: string[]; withoutNonce: string[] }>();

beforeAll(async () => {
  for (const adapter of pointAdapters) {
    await adapter.setup?.();
    // The page with nothing of ours in it: an anonymous visitor's user marker renders nothing.
    const skeleton = async (nonce: string | undefined) =>
      parsePointHtml(await adapter.render('user', null, { mode: 'strict', nonce }), adapter.kind).skeleton;
    baselines.set(adapter, { withNonce: await skeleton(NONCE), withoutNonce: await skeleton(undefined) });
  }
});
afterAll(async () => {
  for (const adapter of pointAdapters) await adapter.teardown?.();
});

async function renderCase(adapter: PointAdapter, item: PointCase, options: PointRenderOptions) {
  const errors: FlocktoryValidationError[] = [];
  const html = await adapter.render(item.point, item.input, { ...options, onError: (error) => errors.push(error) });
  return { html, reported: errors.map((error) => issueLines(error.issues)) };
}

/** The parsed page must hold exactly the expected element and nothing else of ours; returns the script text, if any. */
function checkPage(adapter: PointAdapter, html: string, item: PointCase, nonce: string | undefined): string | undefined {
  const parsed = parsePointHtml(html, adapter.kind);
  const baseline = baselines.get(adapter)!;
  expect(parsed.skeleton, 'the page around our element').toEqual(nonce === undefined ? baseline.withoutNonce : baseline.withNonce);
  const expected = item.expected;
  expect(parsed.markers).toEqual(expected && 'element' in expected ? [expected.element] : []);
  if (!expected || !('pushes' in expected)) {
    expect(parsed.cartScripts).toEqual([]);
    return undefined;
  }
  expect(parsed.cartScripts).toHaveLength(1);
  const script = parsed.cartScripts[0]!;
  expect(script.names).toEqual(nonce === undefined ? ['data-flocktory'] : ['data-flocktory', 'nonce']);
  expect(script.attributes).toEqual(nonce === undefined ? { 'data-flocktory': 'update-cart' } : { 'data-flocktory': 'update-cart', nonce });
  expect(runPushes(script.text)).toEqual(expected.pushes);
  return script.text;
}

const referenceScripts = new Map<string, string>();
/** The html package's output per case: fragment adapters must write the very same bytes. */
const referenceFragments = new Map<string, string>();

describe.each(pointAdapters.map((adapter) => [adapter.name, adapter] as const))('%s', (_name, adapter) => {
  it.each(POINT_CASES.map((item) => [item.name, item] as const))('%s · safe mode, with a nonce', async (_case, item) => {
    const { html, reported } = await renderCase(adapter, item, { mode: 'safe', nonce: NONCE });
    expect(reported).toEqual(item.issues ? [[...item.issues].sort()] : []);
    if (adapter === htmlRender) referenceFragments.set(item.name, html);
    // Vue's `<!---->` (its placeholder for nothing, which hydration needs) aside.
    else if (adapter.kind === 'fragment')
      expect(html.replaceAll('<!---->', ''), 'byte-identical markup').toBe(referenceFragments.get(item.name));
    const text = checkPage(adapter, html, item, NONCE);
    if (text === undefined) return;
    // Byte-identical script text in every adapter (the html package's is the reference).
    if (adapter === htmlRender) referenceScripts.set(item.name, text);
    else expect(text).toBe(referenceScripts.get(item.name));
  });

  it.each(POINT_CASES.map((item) => [item.name, item] as const))('%s · strict mode, no nonce', async (_case, item) => {
    let thrown: unknown;
    let html = '';
    try {
      html = (await renderCase(adapter, item, { mode: 'strict' })).html;
    } catch (error) {
      thrown = error;
    }
    if (item.issues) {
      expect(thrown).toBeInstanceOf(FlocktoryValidationError);
      expect(issueLines((thrown as FlocktoryValidationError).issues)).toEqual([...item.issues].sort());
    } else {
      expect(thrown).toBeUndefined();
      checkPage(adapter, html, item, undefined);
    }
  });
});
