/**
 * The module's nonce plugin must run its first `render:html` hook before nuxt-security's rewrite
 * (server/own-nonce.ts): it is listed first among Nitro's plugins, whichever module comes first in
 * nuxt.config. Read from a loaded (not built) Nuxt.
 */
import { fileURLToPath } from 'node:url';

import { loadNuxt } from '@nuxt/kit';
import { describe, expect, it } from 'vitest';

async function serverPlugins(fixture: string): Promise<string[]> {
  const nuxt = await loadNuxt({ cwd: fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url)), dev: false });
  try {
    return (nuxt.options.nitro.plugins ?? []).map(String);
  } finally {
    await nuxt.close();
  }
}

describe('our nonce plugin among Nitro plugins', () => {
  for (const fixture of ['security', 'security-ours-first']) {
    it(`comes first, before nuxt-security's nonce rewrite (${fixture})`, async () => {
      const plugins = await serverPlugins(fixture);
      const rewrite = plugins.findIndex((plugin) => plugin.includes('nuxt-security') && plugin.includes('cspSsrNonce'));
      expect(rewrite, plugins.join('\n')).toBeGreaterThan(0);
      expect(plugins[0]).toMatch(/runtime\/server\/own-nonce(\.ts)?$/);
    });
  }
});
