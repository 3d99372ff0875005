/**
 * The bad-input matrix: every documented bad-input case, in every adapter and both modes, gets its
 * documented outcome. strict: throws FlocktoryValidationError with exactly the expected issues.
 * safe: calls onError once with them, and renders nothing (fatal) or the order without the bad
 * optional field; never a partial script. Hostile nonces, site ids and loader URLs never inject.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { adapters as realAdapters, coreReference, loaderAdapters } from '@flocktory-ssr/test-conformance/adapters';
import { badInputs, badLoaderInputs } from '@flocktory-ssr/test-conformance/bad-inputs';
import { docsExample } from '@flocktory-ssr/test-conformance/corpus';
import {
  assertExactlyOneScript,
  assertNoScript,
  baselines,
  issueLines,
  issuesSeenBy,
  parsePostcheckoutHtml,
  renderOutcome,
} from '@flocktory-ssr/test-conformance/harness';
import { elementsOf } from '@flocktory-ssr/test-support';

const fatalInput = { ...docsExample(), order: { ...docsExample().order, items: [] } };
// The outcomes are written by hand, so core's own (the reference element) is held to them too.
const adapters = [coreReference, ...realAdapters];

beforeAll(async () => {
  for (const adapter of adapters) await adapter.setup?.();
});
afterAll(async () => {
  for (const adapter of adapters) await adapter.teardown?.();
});
afterEach(() => {
  // `__proto__` payloads must never reach a prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe.each(adapters.map((adapter) => [adapter.name, adapter] as const))('postcheckout · %s', (_name, adapter) => {
  for (const item of badInputs()) {
    const seen = issuesSeenBy(adapter, item.issues);
    // Unknown keys alone never crash a page, in strict mode either: reported once, like safe mode.
    const throws = seen.some((issue) => issue.code !== 'unknown_key');
    it(`${item.name} · strict → ${throws ? 'throws' : 'reports once, renders like safe mode'}`, async () => {
      const outcome = await renderOutcome(adapter, item.input(), { mode: 'strict', nonce: item.nonce });
      if (!throws) {
        if (outcome.kind === 'thrown') throw outcome.error;
        expect(outcome.errors.map((error) => issueLines(error.issues))).toEqual([issueLines(seen)]);
        const safe = await renderOutcome(adapter, item.input(), { mode: 'safe', nonce: item.nonce });
        expect(outcome.html).toBe((safe as { html: string }).html);
        return;
      }
      expect(outcome.kind).toBe('thrown');
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(FlocktoryValidationError);
      expect(issueLines((error as FlocktoryValidationError).issues)).toEqual(issueLines(seen));
    });
    it(`${item.name} · safe → ${item.safe ? 'renders without the bad field' : 'renders nothing'}, reports once`, async () => {
      const outcome = await renderOutcome(adapter, item.input(), { mode: 'safe', nonce: item.nonce });
      if (outcome.kind === 'thrown') throw outcome.error;
      expect(outcome.errors.map((error) => issueLines(error.issues))).toEqual([issueLines(issuesSeenBy(adapter, item.issues))]);
      // A hostile nonce is refused everywhere on the page, like no nonce at all.
      const base = await baselines(adapter, docsExample(), fatalInput, undefined);
      if (item.safe === null) {
        assertNoScript(adapter, outcome.html, base);
        if (adapter.kind === 'fragment' && !adapter.pageSection)
          expect(
            outcome.html.trim() === '' || parsePostcheckoutHtml(outcome.html, 'fragment').skeleton.every((line) => line.startsWith('<!--')),
          ).toBe(true);
      } else {
        assertExactlyOneScript(adapter, outcome.html, base, { data: item.safe });
      }
    });
  }
});

const elements = (html: string) => elementsOf(html, 'fragment');

describe.each(loaderAdapters.map((adapter) => [adapter.name, adapter] as const))('loader · %s', (_name, adapter) => {
  it('renders exactly one inert <script async src> for valid options', async () => {
    for (const [options, src] of [
      [{ siteId: 1234 }, 'https://api.flocktory.com/v2/loader.js?site_id=1234'],
      [{ siteId: ' 42 ', src: '/flocktory-stub/loader.js', nonce: 'bm9uY2U=' }, '/flocktory-stub/loader.js?site_id=42'],
      [{ siteId: '7', src: 'https://cdn.example/l.js?v=1&x=2' }, 'https://cdn.example/l.js?v=1&x=2&site_id=7'],
    ] as const) {
      const html = await adapter.render({ ...options, mode: 'strict' });
      const found = elements(html);
      expect(found.map((element) => element.tagName)).toEqual(['script']);
      const attributes = Object.fromEntries(found[0]!.attrs.map((attr) => [attr.name, attr.value]));
      expect(attributes).toEqual({ async: '', src, ...('nonce' in options ? { nonce: options.nonce } : {}), ...adapter.markerAttributes });
      expect(found[0]!.childNodes).toHaveLength(0);
    }
  });
  for (const item of badLoaderInputs()) {
    const options = { siteId: item.siteId, src: item.src, nonce: item.nonce };
    it(`${item.name} · strict → throws`, async () => {
      let thrown: unknown;
      try {
        await adapter.render({ ...options, mode: 'strict' });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(FlocktoryValidationError);
      expect(issueLines((thrown as FlocktoryValidationError).issues)).toEqual(issueLines(item.issues));
    });
    it(`${item.name} · safe → renders nothing, reports once`, async () => {
      const errors: FlocktoryValidationError[] = [];
      const html = await adapter.render({ ...options, mode: 'safe', onError: (error) => errors.push(error) });
      // Nothing but (Vue's) empty placeholder comment.
      expect(elements(html)).toEqual([]);
      expect(html.replace(/<!---->/g, '')).toBe('');
      expect(errors.map((error) => issueLines(error.issues))).toEqual([issueLines(item.issues)]);
    });
  }
});
