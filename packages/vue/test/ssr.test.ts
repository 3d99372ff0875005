// @vitest-environment node
import { buildPostcheckout, FlocktoryValidationError } from '@flocktory-ssr/core';
import { runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { FlocktoryLoader, FlocktoryPostcheckout, useFlocktoryPostcheckout } from '../src/index';
import { order } from './fixtures';

const scripts = (html: string) => scriptsOf(html, 'fragment');

describe('FlocktoryPostcheckout on the server', () => {
  it('renders one inline script whose text is byte-identical to the core snippet', async () => {
    const input = order(42);
    const html = await renderToString(createSSRApp(() => h(FlocktoryPostcheckout, { ...input, nonce: 'r4nd0m+/=' })));
    const [script, ...rest] = scripts(html);
    expect(rest).toHaveLength(0);
    expect(script!.text).toBe(buildPostcheckout(input)!.code);
    expect(script!.attributes).toEqual({ 'data-flocktory-order': '42', nonce: 'r4nd0m+/=' });
    expect(html).not.toContain('</script><script>');
  });

  it('pushes exactly the normalized data when the script runs', async () => {
    const input = order('A-1');
    const html = await renderToString(createSSRApp(() => h(FlocktoryPostcheckout, input)));
    const pushed = runPushes(scripts(html)[0]!.text);
    expect(pushed).toEqual([['postcheckout', buildPostcheckout(input)!.data]]);
  });

  it('HTML-escapes the order id attribute and leaves out an absent nonce', async () => {
    const html = await renderToString(createSSRApp(() => h(FlocktoryPostcheckout, order('a"b<c>&'))));
    const [script] = scripts(html);
    expect(script!.attributes).toEqual({ 'data-flocktory-order': 'a"b<c>&' });
    expect(html).toContain('data-flocktory-order="a&quot;b&lt;c&gt;&amp;"');
  });

  it('safe mode: an invalid order renders nothing and reports through onError', async () => {
    const onError = vi.fn();
    const bad = { user: { email: 'ann@example.com' }, order: { id: 1, price: 'x', items: [] } } as never;
    const html = await renderToString(createSSRApp(() => h(FlocktoryPostcheckout, { ...(bad as object), mode: 'safe', onError } as never)));
    expect(scripts(html)).toHaveLength(0);
    expect(onError).toHaveBeenCalledWith(expect.any(FlocktoryValidationError));
  });

  it('strict mode: an invalid nonce throws', async () => {
    const app = createSSRApp(() => h(FlocktoryPostcheckout, { ...order(1), nonce: '"><x', mode: 'strict' }));
    await expect(renderToString(app)).rejects.toBeInstanceOf(FlocktoryValidationError);
  });

  it('the composable renders the same script through its Script component', async () => {
    const input = order(7);
    const Page = defineComponent({
      setup() {
        const { Script } = useFlocktoryPostcheckout(input, { nonce: 'abc' });
        return () => h('main', [h('h1', 'Thanks'), h(Script)]);
      },
    });
    const [script] = scripts(await renderToString(createSSRApp(Page)));
    expect(script!.text).toBe(buildPostcheckout(input)!.code);
    expect(script!.attributes).toEqual({ 'data-flocktory-order': '7', nonce: 'abc' });
  });
});

describe('FlocktoryLoader on the server', () => {
  it('renders the async loader with site_id and nonce', async () => {
    const html = await renderToString(
      createSSRApp(() => h(FlocktoryLoader, { siteId: 1234, src: '/flocktory-stub/loader.js?v=1', nonce: 'abc' })),
    );
    const [script, ...rest] = scripts(html);
    expect(rest).toHaveLength(0);
    expect(script!.attributes).toEqual({
      async: '',
      src: '/flocktory-stub/loader.js?v=1&site_id=1234',
      nonce: 'abc',
      'data-flocktory-loader': '',
    });
    expect(script!.text).toBe('');
  });
});
