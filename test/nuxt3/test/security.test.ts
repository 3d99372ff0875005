import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { fetch, setup, useTestContext } from '@nuxt/test-utils/e2e';
import { nuxtSecurityTests } from '@flocktory-ssr/test-support/nuxt-security-suite';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from '../fixtures/shared/order';

await setup({
  rootDir: fileURLToPath(new URL('../fixtures/security', import.meta.url)),
  server: true,
  build: true,
  browser: false,
  setupTimeout: 300_000,
});

describe('@flocktory-ssr/nuxt with nuxt-security 2.5.0 (nonce: true) in a Nuxt 3 app', () => {
  it('the fixture really is Nuxt 3 with nuxt-security and our module', () => {
    const nuxt = useTestContext().nuxt!;
    expect(nuxt._version).toMatch(/^3\./);
    expect(nuxt.options.future.compatibilityVersion).toBe(3);
    const names = nuxt.options._installedModules.map((m) => m.meta?.name);
    expect(names).toContain('nuxt-security');
    expect(names).toContain('@flocktory-ssr/nuxt');
  });

  nuxtSecurityTests({ it, expect, fetch, expected: buildPostcheckout(thankYouOrder, { mode: 'strict' })! });
});
