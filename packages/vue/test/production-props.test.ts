// @vitest-environment node
/**
 * In production the component declares its props by name only (cheaper for Vue to set up per
 * server request); development keeps full options for Vue's warnings. Same props, same HTML.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSSRApp, h, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { order } from './fixtures';

type Loaded = Component & { props: unknown };

/** The component as its module defines it when first evaluated under `nodeEnv`. */
async function load(nodeEnv: string): Promise<Loaded> {
  vi.stubEnv('NODE_ENV', nodeEnv);
  vi.resetModules();
  const { FlocktoryPostcheckout } = await import('../src/postcheckout-component');
  return FlocktoryPostcheckout as unknown as Loaded;
}

const render = (component: Component, props: Record<string, unknown>) => renderToString(createSSRApp(() => h(component, props)));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('FlocktoryPostcheckout prop declarations', () => {
  it('development: full options, so Vue warns about a missing required prop', async () => {
    const component = await load('development');
    expect(component.props).toMatchObject({ user: { required: true }, order: { required: true } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn();
    await render(component, { order: order(1).order, mode: 'safe', onError });
    expect(warn.mock.calls.some(([message]) => String(message).includes('Missing required prop: "user"'))).toBe(true);
    expect(onError).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('production: the same prop names, and byte-identical HTML', async () => {
    const development = await load('development');
    const production = await load('production');
    expect(production.props).toEqual(Object.keys(development.props as object));
    // An attribute that is not a prop reaches the script in neither.
    const props = { ...order('a"b'), nonce: 'bm9uY2U=', mode: 'strict', 'data-extra': 'x' };
    const html = await render(production, props);
    expect(html).toBe(await render(development, props));
    expect(html).toContain('<script data-flocktory="postcheckout" nonce="bm9uY2U=">');
    expect(html).not.toContain('data-extra');
  });
});
