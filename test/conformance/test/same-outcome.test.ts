/**
 * Every bad-input case gives the same outcome in every adapter as in the core reference, in both
 * modes: the same thrown issues (strict), the same rendered script or nothing, the same reported
 * issues (safe). The documented outcome itself is asserted in test/security.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlocktoryValidationError } from '@flocktory-ssr/core';

import { adapters, coreReference } from '../src/adapters/index';
import { badInputs } from '../src/bad-inputs';
import { parsePostcheckoutHtml, renderOutcome, issueLines, type Outcome } from '../src/harness';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import type { Adapter } from '../src/adapters/types';

beforeAll(async () => {
  for (const adapter of adapters) await adapter.setup?.();
});
afterAll(async () => {
  for (const adapter of adapters) await adapter.teardown?.();
});

/** An adapter-independent summary of an outcome. */
function summary(adapter: Adapter, outcome: Outcome) {
  if (outcome.kind === 'thrown') {
    const error = outcome.error;
    return { thrown: error instanceof FlocktoryValidationError ? issueLines(error.issues) : String(error) };
  }
  const scripts = parsePostcheckoutHtml(outcome.html, adapter.kind).scripts.map((script) => script.text);
  return { scripts, reported: outcome.errors.map((error) => issueLines(error.issues)) };
}

describe.each(adapters.filter((adapter) => adapter !== coreReference).map((adapter) => [adapter.name, adapter] as const))('%s', (_name, adapter) => {
  for (const item of badInputs()) {
    for (const mode of ['strict', 'safe'] as const) {
      it(`${item.name} · ${mode}`, async () => {
        // Components take user, order and spot as props: the reference sees just those.
        const whole = item.input();
        const asProps = Object.fromEntries(['user', 'order', 'spot'].filter((key) => Object.hasOwn(whole, key)).map((key) => [key, (whole as unknown as Record<string, unknown>)[key]]));
        const referenceInput = adapter.takesRootKeys === false ? (asProps as unknown as PostcheckoutInput) : whole;
        const expected = summary(coreReference, await renderOutcome(coreReference, referenceInput, { mode, nonce: item.nonce }));
        const got = summary(adapter, await renderOutcome(adapter, item.input(), { mode, nonce: item.nonce }));
        expect(got).toEqual(expected);
      });
    }
  }
});
