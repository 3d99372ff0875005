/**
 * Renders one input through one adapter and judges the HTML: exactly one postcheckout script with
 * exactly the expected attributes and text, nothing else changed in the page, and executing the
 * script pushes exactly the expected data.
 */
import { isDeepStrictEqual } from 'node:util';
import { type FlocktoryValidationError, SCRIPT_ATTRIBUTE, type PostcheckoutData, type PostcheckoutInput } from '@flocktory-ssr/core';

import type { Adapter, RenderOptions } from './adapters/types';
import { parsePostcheckoutHtml } from './check-html';
import { runPostcheckoutScript } from './run-script';

export { parsePostcheckoutHtml } from './check-html';
export { runPostcheckoutScript } from './run-script';
export { escapeAttribute } from './html-escape';

export type Outcome = { kind: 'thrown'; error: unknown } | { kind: 'rendered'; html: string; errors: FlocktoryValidationError[] };

export async function renderOutcome(adapter: Adapter, input: PostcheckoutInput, options: Omit<RenderOptions, 'onError'>): Promise<Outcome> {
  const errors: FlocktoryValidationError[] = [];
  try {
    const html = await adapter.render(input, { ...options, onError: (error) => errors.push(error) });
    return { kind: 'rendered', html, errors };
  } catch (error) {
    return { kind: 'thrown', error };
  }
}

/** The page an adapter renders for a valid order and for a fatal one: everything but our script. */
export interface Baselines {
  withScript: string[];
  withoutScript: string[];
}

const baselineCache = new WeakMap<Adapter, Map<string, Baselines>>();

/**
 * Baselines per adapter and per nonce presence (a page's other scripts, e.g. the loader, carry the
 * nonce too). Rendered once with `nonce` (any valid one gives the same skeleton).
 */
export async function baselines(
  adapter: Adapter,
  valid: PostcheckoutInput,
  fatal: PostcheckoutInput,
  nonce: string | undefined,
): Promise<Baselines> {
  const key = nonce === undefined ? 'without nonce' : 'with nonce';
  const perAdapter = baselineCache.get(adapter) ?? new Map<string, Baselines>();
  baselineCache.set(adapter, perAdapter);
  const cached = perAdapter.get(key);
  if (cached) return cached;
  const ok = await renderOutcome(adapter, valid, { mode: 'safe', nonce });
  const bad = await renderOutcome(adapter, fatal, { mode: 'safe', nonce });
  if (ok.kind !== 'rendered' || bad.kind !== 'rendered') throw new Error(`${adapter.name}: baseline render failed`);
  const result = {
    withScript: parsePostcheckoutHtml(ok.html, adapter.kind).skeleton,
    withoutScript: parsePostcheckoutHtml(bad.html, adapter.kind).skeleton,
  };
  if (!result.withScript.includes('postcheckout-script')) throw new Error(`${adapter.name}: baseline has no postcheckout script`);
  perAdapter.set(key, result);
  return result;
}

export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

function fail(adapter: Adapter, message: string, details: unknown): never {
  throw new ConformanceFailure(`${adapter.name}: ${message}\n${JSON.stringify(details, null, 1)?.slice(0, 4000)}`);
}

export interface ScriptExpectation {
  data: PostcheckoutData;
  nonce?: string | undefined;
  /** When known (e.g. from the core reference), the exact script text. */
  code?: string;
  /**
   * Run the script and compare what it pushes (default). A text byte-identical to a `code` that
   * was already executed and checked pushes the same, so callers may skip the cost.
   */
  execute?: boolean;
}

/**
 * Returns the script text, after checking the rendered page: exactly one postcheckout script, only our
 * attributes with the expected values, one text node, the page otherwise unchanged, and what it pushes.
 */
export function assertExactlyOneScript(adapter: Adapter, html: string, base: Baselines, expected: ScriptExpectation): string {
  const parsed = parsePostcheckoutHtml(html, adapter.kind);
  if (parsed.scripts.length !== 1) fail(adapter, `expected exactly one postcheckout script, found ${parsed.scripts.length}`, { html });
  const script = parsed.scripts[0]!;
  // Exactly our attributes: the constant marker and the nonce. No shop text (the order id) in any
  // attribute, and nothing the caller spread onto a component.
  const names = expected.nonce === undefined ? [SCRIPT_ATTRIBUTE] : [SCRIPT_ATTRIBUTE, 'nonce'];
  if (!isDeepStrictEqual([...script.attributeNames].sort(), names.sort()))
    fail(adapter, 'unexpected attributes', { got: script.attributeNames, html });
  if (script.attributes[SCRIPT_ATTRIBUTE] !== 'postcheckout')
    fail(adapter, 'wrong marker attribute', { got: script.attributes[SCRIPT_ATTRIBUTE] });
  if (expected.nonce !== undefined && script.attributes.nonce !== expected.nonce)
    fail(adapter, 'wrong nonce', { got: script.attributes.nonce });
  if (script.textNodes !== 1) fail(adapter, `script must hold one text node, got ${script.textNodes}`, { html });
  if (expected.code !== undefined && script.text !== expected.code)
    fail(adapter, 'script text differs from the reference', { got: script.text, expected: expected.code });
  if (!isDeepStrictEqual(parsed.skeleton, base.withScript))
    fail(adapter, 'page structure changed (injected element, attribute or comment?)', { got: parsed.skeleton, expected: base.withScript });
  if (expected.execute === false) return script.text;
  const run = runPostcheckoutScript(script.text);
  if (run.strayGlobals.length > 0) fail(adapter, 'script left globals behind', run.strayGlobals);
  if (!isDeepStrictEqual(run.pushes, [['postcheckout', expected.data]]))
    fail(adapter, 'pushed data differs', { pushed: run.pushes, expected: expected.data });
  return script.text;
}

export function assertNoScript(adapter: Adapter, html: string, base: Baselines): void {
  const parsed = parsePostcheckoutHtml(html, adapter.kind);
  if (parsed.scripts.length !== 0) fail(adapter, 'expected no postcheckout script', { html });
  if (!isDeepStrictEqual(parsed.skeleton, base.withoutScript))
    fail(adapter, 'page structure changed', { got: parsed.skeleton, expected: base.withoutScript });
  // No partial snippet anywhere: the push call never appears outside our (absent) script.
  if (html.includes('"postcheckout"')) fail(adapter, 'partial postcheckout code in the page', { html });
}

/** `path code fatal` lines, sorted, for comparing issue lists. */
export function issueLines(issues: ReadonlyArray<{ path: string; code: string; fatal: boolean }>): string[] {
  return issues.map((issue) => `${issue.path} ${issue.code} ${issue.fatal ? 'fatal' : 'dropped'}`).sort();
}

/** The issues an adapter reports for an input: components never see unknown top-level keys. */
export function issuesSeenBy<T extends { path: string; code: string }>(adapter: Adapter, issues: readonly T[]): T[] {
  if (adapter.takesRootKeys !== false) return [...issues];
  const atRoot = (path: string) => !/^(user|order|spot)(?=$|[.[])/.test(path);
  return issues.filter((issue) => !((issue.code === 'unknown_key' || issue.code === 'forbidden_key') && atRoot(issue.path)));
}
