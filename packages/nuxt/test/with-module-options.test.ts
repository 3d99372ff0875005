// @vitest-environment node
/**
 * The module's wrapper around `@flocktory-ssr/vue`'s components, on the server: the postcheckout
 * script is written by the component's `ssrRender`, which must see the module's mode and the
 * request's nonce just as `setup()` does. Nuxt's composables are replaced by what they return.
 */
import { buildPostcheckout, type FlocktoryMode } from '@flocktory-ssr/core';
import { FlocktoryExchange as VueExchange, FlocktoryPostcheckout as VuePostcheckout } from '@flocktory-ssr/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSSRApp, h, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { withModuleOptions } from '../src/runtime/components/with-module-options';
import { thankYouOrder, unreadablePriceOrder as badOrder } from './fixtures/shared/order';

const nuxt = vi.hoisted(() => ({ mode: undefined as FlocktoryMode | undefined, nonce: undefined as string | undefined, marked: 0 }));
vi.mock('../src/runtime/options', () => ({ configuredMode: () => nuxt.mode }));
// `bodyScriptNonce` also marks the request as having a script of ours in the body: counted here.
vi.mock('../src/runtime/nonce', () => ({
  bodyScriptNonce: (given: string | null | undefined) => {
    nuxt.marked++;
    return nuxt.nonce || given;
  },
}));

// Typed as a plain component: the tests pass the props as a record, bad ones included.
const Postcheckout: Component = withModuleOptions(VuePostcheckout, { script: true });
const render = (props: Record<string, unknown>) => renderToString(createSSRApp({ render: () => h(Postcheckout, props) }));

beforeEach(() => {
  nuxt.mode = undefined;
  nuxt.nonce = undefined;
  nuxt.marked = 0;
});

describe('withModuleOptions on the server render', () => {
  it("the request's nonce wins over the prop's; without one, the prop's", async () => {
    nuxt.nonce = 'cmVxdWVzdA==';
    expect(await render({ ...thankYouOrder, nonce: 'cHJvcA==' })).toBe(
      `<script data-flocktory="postcheckout" nonce="cmVxdWVzdA==">${buildPostcheckout(thankYouOrder)!.code}</script>`,
    );
    nuxt.nonce = undefined;
    expect(await render({ ...thankYouOrder, nonce: 'cHJvcA==' })).toContain('nonce="cHJvcA=="');
  });

  it('a script component marks the request as having a script in the body; a marker does not', async () => {
    await render({ ...thankYouOrder });
    expect(nuxt.marked).toBeGreaterThan(0);
    nuxt.marked = 0;
    const Exchange: Component = withModuleOptions(VueExchange, { script: false });
    expect(await renderToString(createSSRApp({ render: () => h(Exchange, { spot: 'thank-you', user: thankYouOrder.user }) }))).toContain(
      'data-fl-action="exchange"',
    );
    expect(nuxt.marked).toBe(0);
  });

  it("the module's mode applies unless the prop gives one", async () => {
    nuxt.mode = 'strict';
    await expect(render({ ...badOrder, onError: () => {} })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'order.price' })],
    });
    const onError = vi.fn();
    expect(await render({ ...badOrder, mode: 'safe', onError })).toBe('<!---->');
    expect(onError).toHaveBeenCalledOnce();
    nuxt.mode = 'safe';
    expect(await render({ ...badOrder, onError })).toBe('<!---->');
    expect(onError).toHaveBeenCalledTimes(2);
  });
});
