import { fileURLToPath } from 'node:url';

import { buildPostcheckout } from '@flocktory-ssr/core';
import { $fetch, fetch, setup, startServer, useTestContext } from '@nuxt/test-utils/e2e';
import { loaderScripts, postcheckoutScripts, runPushes } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';

import { thankYouOrder } from './fixtures/shared/order';

await setup({ rootDir: fileURLToPath(new URL('./fixtures/basic', import.meta.url)), server: true, browser: false, setupTimeout: 300_000 });

const expected = buildPostcheckout(thankYouOrder, { mode: 'strict' })!;

/** What the running server printed so far (stdout and stderr, line by line). */
function serverLog(): string[] {
  return (useTestContext().serverLogs ?? []).map((line) => String(line));
}

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

  // A build is safe whatever NODE_ENV says (@nuxt/test-utils starts it with NODE_ENV=test).
  it('a bad order gives HTTP 200, no snippet, and one error in the server log, naming the field', async () => {
    const before = serverLog().length;
    const response = await fetch('/bad-order');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Thank you');
    expect(postcheckoutScripts(html)).toHaveLength(0);
    expect(loaderScripts(html)).toHaveLength(1);
    const log = serverLog().slice(before);
    expect(
      log.filter((line) => line.includes('Invalid Flocktory data')),
      log.join('\n'),
    ).toHaveLength(1);
    expect(log.join('\n')).toContain('order.price');
  });

  it('a bad NUXT_PUBLIC_FLOCKTORY_SITE_ID: every page still 200, no loader, the problem logged', async () => {
    await startServer({ env: { NUXT_PUBLIC_FLOCKTORY_SITE_ID: '12ab' } });
    for (const path of ['/', '/thank-you']) {
      const response = await fetch(path);
      expect(response.status, path).toBe(200);
      expect(loaderScripts(await response.text()), path).toHaveLength(0);
    }
    expect(serverLog().filter((line) => line.includes('siteId')).length).toBeGreaterThan(0);
  });

  it('an empty NUXT_PUBLIC_FLOCKTORY_SITE_ID: no loader, one warning per server start', async () => {
    await startServer({ env: { NUXT_PUBLIC_FLOCKTORY_SITE_ID: '' } });
    for (const path of ['/', '/thank-you']) expect(loaderScripts(await $fetch<string>(path)), path).toHaveLength(0);
    expect(serverLog().filter((line) => line.includes('no Flocktory site id'))).toHaveLength(1);
  });

  it('NUXT_PUBLIC_FLOCKTORY_SITE_ID overrides the site id at run time', async () => {
    await startServer({ env: { NUXT_PUBLIC_FLOCKTORY_SITE_ID: '98765' } });
    const [loader] = loaderScripts(await $fetch<string>('/'));
    expect(loader!.attributes.src).toBe('/flocktory-stub/loader.js?site_id=98765');
  });
});
