/**
 * After a client-side navigation, Flocktory's loader must read the new page's markers: the
 * FlocktoryPageView component and flocktoryRouter call `window.flocktory.reInit()` once per
 * navigation, after the new page is in the DOM, never on the first load.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h, nextTick, ref, type App } from 'vue';
import { createMemoryHistory, createRouter, RouterView, useRoute } from 'vue-router';

import { FlocktoryCategoryView, FlocktoryItemView, FlocktoryPageView, flocktoryRouter } from '../src/index';
import { HOSTILE_ATTRS } from './marker-cases';

/** What the loader saw at each reInit: the markers' actions and ids in the DOM at that moment. */
let seen: string[][];
const markerIds = () =>
  Array.from(document.querySelectorAll('.i-flocktory')).map(
    (marker) => marker.getAttribute('data-fl-category-id') ?? marker.getAttribute('data-fl-item-id')!,
  );

let app: App | undefined;
beforeEach(() => {
  seen = [];
  document.body.innerHTML = '<div id="app"></div>';
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('flocktory-ssr.page')];
  (window as unknown as { flocktory: unknown }).flocktory = { push() {}, reInit: () => seen.push(markerIds()) };
});
afterEach(() => {
  app?.unmount();
  app = undefined;
  delete (window as unknown as { flocktory?: unknown }).flocktory;
});

const Category = defineComponent(() => () => h('section', [h(FlocktoryCategoryView, { id: 'c1' })]));
const Product = defineComponent(() => {
  const route = useRoute();
  return () => h('section', [h(FlocktoryItemView, { id: String(route.params.id) })]);
});

function makeRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Category },
      { path: '/p/:id', component: Product },
    ],
  });
}

async function start(layout: ReturnType<typeof defineComponent>, router = makeRouter()) {
  await router.push('/');
  app = createApp(layout).use(router);
  app.mount('#app');
  await router.isReady();
  await nextTick();
  return router;
}

describe('FlocktoryPageView', () => {
  const Layout = defineComponent(() => {
    const route = useRoute();
    return () => h('div', [h(RouterView), h(FlocktoryPageView, { ...HOSTILE_ATTRS, onError: 'alert(1)', page: route.fullPath })]);
  });

  it('first load: no reInit; each navigation: one reInit, with the new page already in the DOM', async () => {
    const router = await start(Layout);
    expect(seen).toEqual([]);
    await router.push('/p/1');
    await nextTick();
    await router.push('/p/2');
    await nextTick();
    await router.push('/');
    await nextTick();
    expect(seen).toEqual([['1'], ['2'], ['c1']]);
    // Nothing of the bound attributes reaches the page: the component renders a comment.
    expect(document.body.innerHTML).not.toMatch(/evil|injected|alert/);
  });

  it('a re-render or remount for the same page calls nothing', async () => {
    const tick = ref(0);
    const show = ref(true);
    const Page = defineComponent(() => () => h('div', [String(tick.value), show.value ? h(FlocktoryPageView, { page: '/same' }) : null]));
    app = createApp(Page);
    app.mount('#app');
    tick.value++;
    await nextTick();
    show.value = false;
    await nextTick();
    show.value = true;
    await nextTick();
    expect(seen).toEqual([]);
  });

  it('placed in each page instead: a page mounted by a navigation calls reInit once', async () => {
    const Page = defineComponent(() => {
      const route = useRoute();
      return () => h('section', [h(FlocktoryCategoryView, { id: route.fullPath }), h(FlocktoryPageView, { page: route.fullPath })]);
    });
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)', component: Page }] });
    await start(
      defineComponent(() => () => h(RouterView, { key: router.currentRoute.value.fullPath })),
      router,
    );
    await router.push('/b');
    await nextTick();
    expect(seen).toEqual([['/b']]);
  });
});

describe('flocktoryRouter', () => {
  const Layout = defineComponent(() => () => h(RouterView));

  it('first load: no reInit; each navigation: one, after the new page rendered; a failed navigation: none', async () => {
    const router = makeRouter();
    const remove = flocktoryRouter(router);
    router.beforeEach((to) => to.path !== '/p/blocked');
    await start(Layout, router);
    expect(seen).toEqual([]);
    await router.push('/p/7');
    await router.push('/p/blocked');
    await nextTick();
    expect(seen).toEqual([['7']]);
    remove();
    await router.push('/');
    await nextTick();
    expect(seen).toEqual([['7']]);
  });

  it('together with FlocktoryPageView (same key): still one reInit per navigation', async () => {
    const router = makeRouter();
    flocktoryRouter(router);
    const Both = defineComponent(() => {
      const route = useRoute();
      return () => h('div', [h(RouterView), h(FlocktoryPageView, { page: route.fullPath })]);
    });
    await start(Both, router);
    await router.push('/p/3');
    await nextTick();
    expect(seen).toEqual([['3']]);
  });
});
