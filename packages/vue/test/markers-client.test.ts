/**
 * The marker components in the browser: hydration adopts the server's element without a warning,
 * a client-only mount (client navigation) makes the same element, new props patch it, and no
 * attribute of the parent's ever reaches it.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createApp, createSSRApp, h, nextTick, ref } from 'vue';

import { FlocktoryItemView, FlocktoryUser } from '../src/index';
import { HOSTILE_ATTRS, MARKER_CASES } from './marker-cases';
import { loadServerPage } from './server-page';

let warn: MockInstance;
let error: MockInstance;
beforeEach(() => {
  document.body.innerHTML = '';
  warn = vi.spyOn(console, 'warn');
  error = vi.spyOn(console, 'error');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const attributesOf = (element: Element | null) =>
  element ? Array.from(element.attributes).map((attribute) => [attribute.name, attribute.value]) : null;
const markers = (root: ParentNode) => Array.from(root.querySelectorAll('div')).map(attributesOf);

describe.each(MARKER_CASES.map((item) => [item.name, item] as const))('%s in the browser', (_name, item) => {
  const expected = () => item.build(item.props)!.map(([name, value]) => [name, value]);

  it("client-only mount: one div with exactly the core's attributes, whatever v-bind adds", async () => {
    const host = document.createElement('main');
    document.body.append(host);
    const app = createApp(() => h(item.component, { ...HOSTILE_ATTRS, ...item.props }));
    app.mount(host);
    await nextTick();
    expect(markers(host)).toEqual([expected()]);
    expect(host.innerHTML).not.toContain('evil');
    app.unmount();
  });

  it("hydration adopts the server's element: no warning, the same node, the same attributes", async () => {
    const page = () => () => h('main', [h(item.component, { ...HOSTILE_ATTRS, ...item.props })]);
    const container = await loadServerPage(page);
    const server = container.querySelector('div');
    const app = createSSRApp(page());
    app.mount(container);
    await nextTick();
    expect(warn.mock.calls).toEqual([]);
    expect(error.mock.calls).toEqual([]);
    expect(container.querySelector('div')).toBe(server);
    expect(markers(container)).toEqual([expected()]);
    app.unmount();
  });
});

describe('marker components, updates', () => {
  it('new props patch the attributes in place; null removes the element and a user brings it back', async () => {
    const user = ref<{ name?: string; email: string } | null>({ name: 'Ann', email: 'ann@example.com' });
    const host = document.createElement('main');
    const app = createApp(() => h(FlocktoryUser, { user: user.value }));
    app.mount(host);
    const first = host.querySelector('div');
    user.value = { email: 'bob@example.com' };
    await nextTick();
    expect(host.querySelector('div')).toBe(first);
    expect(markers(host)).toEqual([
      [
        ['class', 'i-flocktory'],
        ['data-fl-user-email', 'bob@example.com'],
      ],
    ]);
    user.value = null;
    await nextTick();
    expect(markers(host)).toEqual([]);
    user.value = { email: 'c@example.com' };
    await nextTick();
    expect(markers(host)).toHaveLength(1);
    app.unmount();
  });

  it("a value with a CR and quotes: hydrated without a mismatch, carried as the core's LF", async () => {
    const page = () => () => h(FlocktoryItemView, { id: 'a\rb"c', vendor: "O'Reilly <&>" });
    const container = await loadServerPage(page);
    const app = createSSRApp(page());
    app.mount(container);
    await nextTick();
    expect(warn.mock.calls).toEqual([]);
    expect(attributesOf(container.querySelector('div'))).toContainEqual(['data-fl-item-id', 'a\nb"c']);
    app.unmount();
  });
});
