/**
 * Core and every adapter against the oracle (src/oracle.ts): what Flocktory must receive for each
 * input, written by hand from the docs' rules. Safe mode: exactly those issues reported once, and
 * exactly that data pushed by the one script on the page (run in node:vm), or nothing rendered at
 * all. Strict mode: exactly those issues thrown, or the same as safe mode when there are none but
 * unknown keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlocktoryValidationError, normalizePostcheckout } from '@flocktory-ssr/core';

import { adapters } from '../src/adapters/index';
import type { Adapter } from '../src/adapters/types';
import { docsExample } from '../src/corpus';
import { assertExactlyOneScript, assertNoScript, baselines, issueLines, issuesSeenBy, renderOutcome } from '../src/harness';
import { HARDENED_ORACLE, ORACLE, type OracleCase } from '../src/oracle';
import type { PostcheckoutInput } from '@flocktory-ssr/core';

const fatalInput = { ...docsExample(), order: { ...docsExample().order, items: [] } };

beforeAll(async () => {
  for (const adapter of adapters) await adapter.setup?.();
});
afterAll(async () => {
  for (const adapter of adapters) await adapter.teardown?.();
});

function checkCore(item: OracleCase): void {
  const { data, issues } = normalizePostcheckout(item.input());
  expect(issueLines(issues)).toEqual(issueLines(item.issues));
  expect(data).toEqual(item.sent ?? undefined);
}

async function checkAdapter(adapter: Adapter, item: OracleCase, mode: 'strict' | 'safe'): Promise<void> {
  const seen = issuesSeenBy(adapter, item.issues);
  const expectedIssues = issueLines(seen);
  const outcome = await renderOutcome(adapter, item.input() as PostcheckoutInput, { mode });
  // Unknown keys alone never crash a page, in strict mode either: reported, and the rest rendered.
  if (mode === 'strict' && seen.some((issue) => issue.code !== 'unknown_key')) {
    expect(outcome.kind).toBe('thrown');
    const error = (outcome as { error: unknown }).error;
    expect(error).toBeInstanceOf(FlocktoryValidationError);
    expect(issueLines((error as FlocktoryValidationError).issues)).toEqual(expectedIssues);
    return;
  }
  if (outcome.kind === 'thrown') throw outcome.error;
  expect(outcome.errors.map((error) => issueLines(error.issues))).toEqual(expectedIssues.length > 0 ? [expectedIssues] : []);
  const base = await baselines(adapter, docsExample(), fatalInput, undefined);
  if (item.sent === null) assertNoScript(adapter, outcome.html, base);
  else assertExactlyOneScript(adapter, outcome.html, base, { data: item.sent });
}

function oracleSuite(cases: readonly OracleCase[]): void {
  describe('core normalizePostcheckout', () => {
    for (const item of cases) it(item.name, () => checkCore(item));
  });
  describe.each(adapters.map((adapter) => [adapter.name, adapter] as const))('%s', (_name, adapter) => {
    for (const item of cases) {
      if (item.wholeInput && adapter.takesRootKeys === false) {
        it.skip(`${item.name} (not applicable: a component takes user, order and spot as props)`, () => {});
        continue;
      }
      for (const mode of ['safe', 'strict'] as const) it(`${item.name} · ${mode}`, () => checkAdapter(adapter, item, mode));
    }
  });
}

describe('the oracle: the rules of the data table', () => oracleSuite(ORACLE));

describe('the oracle: hardened rules (ambiguous thousands separators, number ids beyond 2^53, invisible characters in e-mails)', () =>
  oracleSuite(HARDENED_ORACLE));
