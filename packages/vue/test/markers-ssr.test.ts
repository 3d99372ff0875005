// @vitest-environment node
/**
 * The marker components on the server: exactly the core builder's attributes in its order (as a
 * browser's parser reads them), nothing for null, the same issues in safe and strict mode, and no
 * attribute of the parent's: hostile attributes spread with v-bind, or a scoped style's id.
 */
import { buildExchange, type FlocktoryValidationError, type MarkerAttributes } from '@flocktory-ssr/core';
import { elementsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { createSSRApp, h, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryUser } from '../src/index';
import { BROWSER_BUILD } from './fixtures';
import { HOSTILE_ATTRS, MARKER_CASES } from './marker-cases';

/** Every element of the rendered HTML as `[tag, [name, value][]]`, in source order. */
async function elements(render: () => ReturnType<typeof h>): Promise<[string, [string, string][]][]> {
  const app = createSSRApp({ render });
  app.config.warnHandler = () => {};
  const html = await renderToString(app);
  return elementsOf(html, 'fragment').map((element) => [
    element.tagName,
    element.attrs.map((attribute) => [attribute.name, attribute.value]),
  ]);
}

const asPairs = (attributes: MarkerAttributes | null) => (attributes ? attributes.map(([name, value]) => [name, value]) : null);

describe.each(MARKER_CASES.map((item) => [item.name, item] as const))('%s on the server', (_name, item) => {
  it("renders one div with exactly the core's attributes, in its order", async () => {
    const expected = asPairs(item.build(item.props));
    expect(expected).not.toBeNull();
    expect(await elements(() => h('main', [h(item.component, item.props)]))).toEqual([
      ['main', []],
      ['div', expected],
    ]);
  });

  it('a v-bind of hostile attributes adds nothing to what the parser sees', async () => {
    const plain = await elements(() => h('main', [h(item.component, item.props)]));
    expect(await elements(() => h('main', [h(item.component, { ...HOSTILE_ATTRS, ...item.props })]))).toEqual(plain);
  });

  it("safe mode: a problem is reported once and the element is the core's (none when fatal); strict mode throws the same issues", async () => {
    const onError = vi.fn();
    const expected = asPairs(item.build(item.invalid, { mode: 'safe', onError: () => {} }));
    expect(await elements(() => h('main', [h(item.component, { ...item.invalid, mode: 'safe', onError })]))).toEqual([
      ['main', []],
      ...(expected ? [['div', expected]] : []),
    ]);
    expect(onError).toHaveBeenCalledOnce();
    const reported = (onError.mock.calls[0]![0] as FlocktoryValidationError).issues;
    const app = createSSRApp({ render: () => h(item.component, { ...item.invalid, mode: 'strict' }) });
    // Vue's development warning for a missing required prop: the core's report is what is tested.
    app.config.warnHandler = () => {};
    await expect(renderToString(app)).rejects.toMatchObject({ issues: reported });
  });
});

describe('marker components, other cases', () => {
  it('FlocktoryUser renders nothing and reports nothing for an anonymous visitor (null or absent)', async () => {
    const onError = vi.fn();
    expect(await elements(() => h('main', [h(FlocktoryUser, { user: null, onError }), h(FlocktoryUser, { onError })]))).toEqual([
      ['main', []],
    ]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('FlocktoryItemView: an absent optional prop leaves its attribute out, null renders ""', async () => {
    const [, none] = (await elements(() => h(FlocktoryItemView, { id: 7 })))[0]!;
    expect(none.map(([name]) => name)).toEqual(['class', 'data-fl-action', 'data-fl-item-id']);
    const [, empty] = (await elements(() => h(FlocktoryItemView, { id: 7, categoryId: null, vendor: null, available: null })))[0]!;
    expect(empty.slice(3)).toEqual([
      ['data-fl-item-category-id', ''],
      ['data-fl-item-vendor', ''],
      ['data-fl-item-available', ''],
    ]);
  });

  it('FlocktoryExchange renders the anonymous banner without props', async () => {
    expect(await elements(() => h(FlocktoryExchange))).toEqual([['div', asPairs(buildExchange({}))]]);
  });

  // Without ssrRender (the browser build on a server) Vue adds it: browser-build.test.ts.
  it.skipIf(BROWSER_BUILD)(
    "a parent with a scoped style: its id reaches no marker (Vue adds it to a component's root element)",
    async () => {
      // What the SFC compiler makes of a component with `<style scoped>`.
      const Scoped = { __scopeId: 'data-v-1234abcd', render: () => h(FlocktoryCategoryView, { id: 3 }) } as Component;
      const html = await renderToString(createSSRApp(Scoped));
      expect(html).not.toContain('data-v-');
      expect(elementsOf(html, 'fragment').map((element) => element.attrs.length)).toEqual([3]);
    },
  );

  it("byte for byte: a CR is the core's LF, quotes and markup are entities", async () => {
    const html = await renderToString(createSSRApp(() => h(FlocktoryUser, { user: { name: `a\r\n"b'<c>&\r`, email: 'x@example.com' } })));
    // The core's escaper writes `'` as React does; Vue's own, which the browser build's render
    // functions use on a server, writes `&#39;` (browser-build.test.ts).
    const apostrophe = BROWSER_BUILD ? '&#39;' : '&#x27;';
    expect(html).toBe(
      `<div class="i-flocktory" data-fl-user-name="a\n&quot;b${apostrophe}&lt;c&gt;&amp;" data-fl-user-email="x@example.com"></div>`,
    );
    expect(elementsOf(html, 'fragment')[0]!.attrs[1]!.value).toBe(`a\n"b'<c>&`);
  });
});
