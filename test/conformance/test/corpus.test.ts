/**
 * Every adapter, every corpus order, both modes, with and without a nonce: the script text is
 * byte-identical to core's `buildPostcheckout().code` (adapters pass core's bytes through), its
 * CSP hash is the same, and running it pushes the data the corpus expects, written by hand.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPostcheckout, type FlocktoryMode } from '@flocktory-ssr/core';
import { cspHash } from '@flocktory-ssr/core/csp-hash';

import { adapters } from '../src/adapters/index';
import { badInputs } from '../src/bad-inputs';
import { corpus, docsExample } from '../src/corpus';
import { assertExactlyOneScript, baselines, issuesSeenBy, renderOutcome } from '../src/harness';

const fatalInput = badInputs()
  .find((item) => item.name === 'empty items')!
  .input();

function nodeCspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

beforeAll(async () => {
  for (const adapter of adapters) await adapter.setup?.();
});
afterAll(async () => {
  for (const adapter of adapters) await adapter.teardown?.();
});

describe.each(adapters.map((adapter) => [adapter.name, adapter] as const))('%s', (_name, adapter) => {
  for (const item of corpus()) {
    const modes: FlocktoryMode[] = item.safeOnly ? ['safe'] : ['strict', 'safe'];
    for (const mode of modes) {
      for (const nonce of [undefined, 'r4nd0m+N0nce/Value==']) {
        it(`${item.name} · ${mode} · ${nonce ? 'nonce' : 'no nonce'}`, async () => {
          const reference = buildPostcheckout(item.input, { mode: 'safe', nonce, onError: () => {} })!;
          expect(reference).not.toBeNull();
          expect(reference.data).toEqual(item.expected);
          const outcome = await renderOutcome(adapter, item.input, { mode, nonce });
          if (outcome.kind === 'thrown') throw outcome.error;
          // Components never see top-level keys other than their props: nothing to report then.
          expect(outcome.errors).toHaveLength(issuesSeenBy(adapter, reference.issues).length > 0 ? 1 : 0);
          const base = await baselines(adapter, docsExample(), fatalInput, nonce);
          const text = assertExactlyOneScript(adapter, outcome.html, base, { data: item.expected, nonce, code: reference.code });
          expect(text).toBe(reference.code);
          expect(cspHash(text)).toBe(await reference.hash);
          expect(await reference.hash).toBe(nodeCspHash(text));
        });
      }
    }
  }
});

it('the corpus renders deterministically: same input, same bytes', () => {
  for (const item of corpus()) {
    const first = buildPostcheckout(item.input, { mode: 'safe', onError: () => {} })!.code;
    expect(buildPostcheckout(item.input, { mode: 'safe', onError: () => {} })!.code).toBe(first);
  }
});
