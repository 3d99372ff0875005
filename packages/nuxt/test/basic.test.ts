import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { $fetch, setup, startServer } from '@nuxt/test-utils/e2e';
import { loaderScripts, postcheckoutScripts, runPushes } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from './fixtures/shared/order';

await setup({ rootDir: fileURLToPath(new URL('./fixtures/basic', import.meta.url)), server: true, browser: false, setupTimeout: 300_000 });

const expected = buildPostcheckout(thankYouOrder, { mode: 'strict' })!;

describe('@flocktory-ssr/nuxt without nuxt-security', () => {
  it('puts the loader once on every page', async () => {
    for (const path of ['/', '/thank-you', '/composable']) {
      const loaders = loaderScripts(await $fetch<string>(path));
      expect(loaders, path).toHaveLength(1);
      expect(loaders[0]!.attributes).toMatchObject({ src: '/flocktory-stub/loader.js?site_id=1234', async: '' });
      expect(loaders[0]!.text).toBe('');
    }
  });

  it('server-renders the snippet on the thank-you page, byte-identical to the core', async () => {
    const [script, ...rest] = postcheckoutScripts(await $fetch<string>('/thank-you'));
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout' });
    expect(script!.text).toBe(expected.code);
    expect(runPushes(script!.text)).toEqual([['postcheckout', expected.data]]);
  });

  it('the auto-imported composable renders the same snippet', async () => {
    const [script, ...rest] = postcheckoutScripts(await $fetch<string>('/composable'));
    expect(rest).toHaveLength(0);
    expect(script!.text).toBe(expected.code);
  });

  it('no snippet on other pages', async () => {
    expect(postcheckoutScripts(await $fetch<string>('/'))).toHaveLength(0);
  });

  it('NUXT_PUBLIC_FLOCKTORY_SITE_ID overrides the site id at run time', async () => {
    await startServer({ env: { NUXT_PUBLIC_FLOCKTORY_SITE_ID: '98765' } });
    const [loader] = loaderScripts(await $fetch<string>('/'));
    expect(loader!.attributes.src).toBe('/flocktory-stub/loader.js?site_id=98765');
  });
});
