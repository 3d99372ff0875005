// @vitest-environment node
/**
 * The postcheckout script is written by the components' `ssrRender`, not by Vue from a vnode:
 * the same bytes as Vue's server renderer makes of `h('script', …)` (what the render function
 * returns, and what hydration adopts), the same comment for nothing or a strict-mode error, and
 * nothing of a parent's: v-bind attributes, a scoped style's id.
 */
import { buildPostcheckout, FlocktoryValidationError, SCRIPT_ATTRIBUTE, type PostcheckoutSnippet } from '@flocktory-ssr/core';
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h, type Component, type VNode } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { FlocktoryPostcheckout, useFlocktoryPostcheckout } from '../src/index';
import { BROWSER_BUILD, order } from './fixtures';

const render = (root: () => VNode) => renderToString(createSSRApp({ render: root }));

/** What Vue's server renderer writes for the script vnode of a snippet (the reference bytes). */
const vueScript = (snippet: PostcheckoutSnippet) =>
  render(() => h('script', { [SCRIPT_ATTRIBUTE]: 'postcheckout', nonce: snippet.nonce, innerHTML: snippet.code }));

/** The composable's Script, rendered by a page. */
const composable = (input: ReturnType<typeof order>, options: Parameters<typeof useFlocktoryPostcheckout>[1]): Component =>
  defineComponent({
    setup() {
      const { Script } = useFlocktoryPostcheckout(input, options);
      return () => h(Script);
    },
  });

const NONCES = [undefined, null, '', 'r4nd0m+/=', 'base64url-_', 'QUJD'];

describe("the script's server render", () => {
  it.each(NONCES.map((nonce) => [String(nonce), nonce] as const))(
    'nonce %s: byte-identical to Vue rendering the script vnode, for the component and the composable',
    async (_name, nonce) => {
      const input = order('a"b<\r>&\u2028');
      const expected = await vueScript(buildPostcheckout(input, { nonce })!);
      expect(await render(() => h(FlocktoryPostcheckout, { ...input, nonce }))).toBe(expected);
      expect(await renderToString(createSSRApp(composable(input, { nonce })))).toBe(expected);
    },
  );

  it('nothing to render (safe mode, invalid order): the comment Vue renders for nothing', async () => {
    const bad = { user: { email: 'ann@example.com' }, order: { id: 1, price: 'x', items: [] } } as never;
    const html = await render(() =>
      h('main', [h(FlocktoryPostcheckout, { ...(bad as object), mode: 'safe', onError: () => {} } as never)]),
    );
    expect(html).toBe('<main><!----></main>');
  });

  it("strict mode with an app's errorHandler: the error is reported and the HTML is what a throwing render leaves", async () => {
    const Throws = {
      render: () => {
        throw new Error('render');
      },
    };
    const reference = createSSRApp({ render: () => h('main', [h(Throws)]) });
    reference.config.errorHandler = () => {};
    const errors: unknown[] = [];
    const page = (child: Component, props: Record<string, unknown> = {}) => {
      const app = createSSRApp({ render: () => h('main', [h(child, props)]) });
      app.config.errorHandler = (error) => void errors.push(error);
      return renderToString(app);
    };
    const expected = await renderToString(reference);
    expect(expected).toBe('<main><!----></main>');
    expect(await page(FlocktoryPostcheckout, { ...order(1), nonce: '"><x', mode: 'strict' })).toBe(expected);
    expect(await page(composable(order(2), { nonce: '"><x', mode: 'strict' }))).toBe(expected);
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error).toBeInstanceOf(FlocktoryValidationError);
  });

  // Without ssrRender (the browser build on a server) Vue adds the scope id: browser-build.test.ts.
  it.skipIf(BROWSER_BUILD)("a parent with a scoped style, passing its own attributes: only the script's own attributes", async () => {
    const input = order(5);
    const expected = await vueScript(buildPostcheckout(input, { nonce: 'abc' })!);
    // What the SFC compiler makes of a component with `<style scoped>`; the script is its root.
    const scoped = (child: () => VNode) => createSSRApp({ __scopeId: 'data-v-1234abcd', render: child } as Component);
    const extra = { class: 'x', id: 'flocktory', 'data-x': '1', innerHTML: 'injected()' };
    expect(await renderToString(scoped(() => h(FlocktoryPostcheckout, { ...extra, ...input, nonce: 'abc' })))).toBe(expected);
    const Page = {
      __scopeId: 'data-v-1234abcd',
      setup: () => {
        const { Script } = useFlocktoryPostcheckout(input, { nonce: 'abc' });
        return () => h(Script, extra);
      },
    } as Component;
    expect(await renderToString(createSSRApp(Page))).toBe(expected);
  });
});
