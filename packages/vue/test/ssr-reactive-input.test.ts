// @vitest-environment node
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h, isProxy, reactive, ref, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { FlocktoryPostcheckout, useFlocktoryPostcheckout } from '../src/index';
import { order } from './fixtures';

/**
 * `order(id)` whose order id is a getter that records, per read, whether it was read through one
 * of Vue's proxies (`this` is the proxy then) or from the raw object.
 */
function watchedInput(id: string): { input: PostcheckoutInput; throughProxy: boolean[] } {
  const throughProxy: boolean[] = [];
  const plain = order(id);
  const watchedOrder = {
    ...plain.order,
    get id() {
      throughProxy.push(isProxy(this));
      return id;
    },
  };
  return { input: { ...plain, order: watchedOrder }, throughProxy };
}

const render = (app: Component) => renderToString(createSSRApp(app));

/** The composable's page: its Script only. */
function composablePage(input: Parameters<typeof useFlocktoryPostcheckout>[0]): Component {
  return defineComponent({
    setup() {
      const { Script } = useFlocktoryPostcheckout(input, { nonce: 'abc' });
      return () => h(Script);
    },
  });
}

describe('a reactive order on the server (Nuxt: useFetch data is a deep ref)', () => {
  it('the component renders the same bytes as for the plain order, reading the raw objects', async () => {
    const { input, throughProxy } = watchedInput('R-1');
    const plain = await render(() => h(FlocktoryPostcheckout, { ...order('R-1'), nonce: 'abc' }));
    const state = reactive({ user: input.user, order: input.order });
    const html = await render(() => h(FlocktoryPostcheckout, { user: state.user, order: state.order, spot: input.spot, nonce: 'abc' }));
    expect(isProxy(state.order)).toBe(true);
    expect(html).toBe(plain);
    expect(html).toContain('"R-1"');
    expect(throughProxy.length).toBeGreaterThan(0);
    expect(throughProxy).not.toContain(true);
  });

  it('the composable, given a deep ref or an input built around reactive parts: the same bytes, raw reads', async () => {
    const plain = await render(composablePage(order('R-2')));
    const whole = watchedInput('R-2');
    expect(await render(composablePage(ref(whole.input)))).toBe(plain);
    const parts = watchedInput('R-2');
    const state = reactive({ user: parts.input.user, order: parts.input.order });
    expect(await render(composablePage(() => ({ user: state.user, order: state.order, spot: parts.input.spot })))).toBe(plain);
    for (const { throughProxy } of [whole, parts]) {
      expect(throughProxy.length).toBeGreaterThan(0);
      expect(throughProxy).not.toContain(true);
    }
  });
});
