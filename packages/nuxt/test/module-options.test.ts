/**
 * What the module decides at build time, read from a loaded (not built) Nuxt: the default mode
 * follows Nuxt's own dev flag, and a missing site id is reported once.
 */
import { fileURLToPath } from 'node:url';

import { loadNuxt } from '@nuxt/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { FlocktoryPublicConfig } from '../src/module';

const rootDir = fileURLToPath(new URL('./fixtures/basic', import.meta.url));

async function publicConfig(dev: boolean, flocktory: Record<string, unknown> = {}): Promise<FlocktoryPublicConfig> {
  const nuxt = await loadNuxt({ cwd: rootDir, dev, overrides: { flocktory } as never });
  try {
    return nuxt.options.runtimeConfig.public.flocktory as FlocktoryPublicConfig;
  } finally {
    await nuxt.close();
  }
}

function warnings(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((call) => String(call[0])).filter((text) => text.includes('no Flocktory site id'));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('@flocktory-ssr/nuxt module options', () => {
  it('default mode: strict under nuxi dev, safe in a build, whatever NODE_ENV says', async () => {
    vi.stubEnv('NODE_ENV', 'test');
    expect((await publicConfig(true)).mode).toBe('strict');
    expect((await publicConfig(false)).mode).toBe('safe');
  });

  it('reInit after client navigation: on by default, `reInit: false` turns it off; the client plugin is added either way (it reads the config at run time)', async () => {
    expect((await publicConfig(false)).reInit).toBe(true);
    expect((await publicConfig(false, { reInit: false })).reInit).toBe(false);
  });

  it('an explicit mode wins', async () => {
    expect((await publicConfig(false, { mode: 'strict' })).mode).toBe('strict');
    expect((await publicConfig(true, { mode: 'safe' })).mode).toBe('safe');
  });

  it('warns once when the loader has no site id, and not when it has one or is off', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const consoleWarn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const all = () => [...warnings(stderr), ...warnings(stdout), ...warnings(consoleWarn)];
    await publicConfig(false, { siteId: '' });
    expect(all()).toHaveLength(1);
    await publicConfig(false, { siteId: '', loader: false });
    await publicConfig(false, { siteId: 42 });
    expect(all()).toHaveLength(1);
  });
});
