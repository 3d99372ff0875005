import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { fetch, setup, useTestContext } from '@nuxt/test-utils/e2e';
import { nuxtSecurityTests } from '@flocktory-ssr/test-support/nuxt-security-suite';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from './fixtures/shared/order';

await setup({
  rootDir: fileURLToPath(new URL('./fixtures/security', import.meta.url)),
  server: true,
  browser: false,
  setupTimeout: 300_000,
});

describe('@flocktory-ssr/nuxt with nuxt-security (nonce: true)', () => {
  nuxtSecurityTests({ it, expect, fetch, expected: buildPostcheckout(thankYouOrder, { mode: 'strict' })! });
});

/** Every JavaScript file of the built server, as text. */
function serverBundle(): string {
  const output = useTestContext().nuxt!.options.nitro.output!.dir!;
  const server = join(output, 'server');
  return readdirSync(server, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(server, file), 'utf8'))
    .join('\n');
}

// nuxt-security's default removeLoggers drops every `console.*` call from the build, ours too
// unless they go through globalThis.
describe('@flocktory-ssr/nuxt with nuxt-security removeLoggers (its default)', () => {
  it('keeps the runtime warning for a missing site id in the server build', () => {
    expect(serverBundle()).toContain('no Flocktory site id (NUXT_PUBLIC_FLOCKTORY_SITE_ID is empty)');
  });
});
