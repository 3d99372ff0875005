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
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: 'r4nd0m+/=' });
    expect(html).not.toContain('</script><script>');
  });

  it('pushes exactly the normalized data when the script runs', async () => {
    const input = order('A-1');
    const html = await renderToString(createSSRApp(() => h(FlocktoryPostcheckout, input)));
    const pushed = runPushes(scripts(html)[0]!.text);
    expect(pushed).toEqual([['postcheckout', buildPostcheckout(input)!.data]]);
  });

  it('puts no shop text in any attribute (the order id is in the code only) and leaves out an absent nonce', async () => {
    const html = await renderToString(createSSRApp(() => h(FlocktoryPostcheckout, order('a"b<script c>&'))));
    const [script] = scripts(html);
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout' });
    expect(html.slice(0, html.indexOf('>'))).toBe('<script data-flocktory="postcheckout"');
  });

  it('no attribute but ours reaches the script: v-bind of a whole object with extra keys, class, style, listeners', async () => {
    const input = order(9);
    const extra = {
      innerHTML: 'injected()',
      textContent: 'injected()',
      src: 'https://evil.example/x.js',
      onerror: 'injected()',
      onLoad: () => {},
      type: 'module',
      class: 'x',
      style: 'color: red',
      id: 'flocktory',
      async: true,
      integrity: 'sha256-x',
      'data-flocktory': 'other',
    };
    const Page = defineComponent({
      setup() {
        const { Script } = useFlocktoryPostcheckout(order(10));
        return () =>
          h('main', [
            // `<FlocktoryPostcheckout v-bind="purchase" />` with `purchase` holding more than user/order/spot.
            h(FlocktoryPostcheckout, { ...extra, ...input, nonce: 'abc' }),
            h(Script, extra),
            h(FlocktoryLoader, { ...extra, src: undefined, siteId: 1, nonce: 'abc' }),
          ]);
      },
    });
    const html = await renderToString(createSSRApp(Page));
    const found = scripts(html);
    expect(found.map((script) => script.attributes)).toEqual([
      { 'data-flocktory': 'postcheckout', nonce: 'abc' },
      { 'data-flocktory': 'postcheckout' },
      { async: '', src: 'https://api.flocktory.com/v2/loader.js?site_id=1', nonce: 'abc', 'data-flocktory': 'loader' },
    ]);
    expect(found[0]!.text).toBe(buildPostcheckout(input)!.code);
    expect(found[1]!.text).toBe(buildPostcheckout(order(10))!.code);
    expect(html).not.toContain('injected');
    expect(html).not.toContain('evil.example');
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
    expect(script!.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: 'abc' });
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
      'data-flocktory': 'loader',
    });
    expect(script!.text).toBe('');
  });
});
