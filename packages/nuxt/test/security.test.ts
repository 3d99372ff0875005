import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { fetch, setup } from '@nuxt/test-utils/e2e';
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
