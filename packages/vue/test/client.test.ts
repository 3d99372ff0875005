import { resetSentOrders } from '@flocktory-ssr/core/client';
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, KeepAlive, nextTick, reactive, ref, type PropType } from 'vue';

import { FlocktoryPostcheckout, useFlocktoryPostcheckout } from '../src/index';
import { order, pushedOrderIds, resetFlocktoryQueue } from './fixtures';

beforeEach(() => {
  resetSentOrders();
  resetFlocktoryQueue();
  document.body.innerHTML = '';
});

/** happy-dom does not run scripts, a browser would: no script with code may ever be in the page. */
function expectNoScriptWithCode(): void {
  expect(Array.from(document.querySelectorAll('script')).filter((script) => script.textContent !== '')).toEqual([]);
}

/** What a client-side navigation to the thank-you page mounts. */
const ThankYou = defineComponent({
  props: { orderId: { type: [String, Number] as PropType<string | number>, required: true } },
  setup: (props) => () => h('main', [h('h1', 'Thanks'), h(FlocktoryPostcheckout, order(props.orderId))]),
});

describe('FlocktoryPostcheckout on the client (no server HTML)', () => {
  it('pushes once after a client-side mount and creates no script element', async () => {
    const wrapper = mount(ThankYou, { props: { orderId: 1 }, attachTo: document.body });
    await nextTick();
    expect(pushedOrderIds()).toEqual(['1']);
    // A Vue-made script would run again on every mount: none may exist.
    expect(document.querySelectorAll('script')).toHaveLength(0);
    wrapper.unmount();
  });

  it('does not push again on re-render or remount of the same order', async () => {
    const show = ref(true);
    const tick = ref(0);
    const App = defineComponent(() => () => h('div', [String(tick.value), show.value ? h(ThankYou, { orderId: 1 }) : null]));
    const wrapper = mount(App, { attachTo: document.body });
    await nextTick();
    tick.value++;
    await nextTick();
    show.value = false;
    await nextTick();
    show.value = true;
    await nextTick();
    expect(pushedOrderIds()).toEqual(['1']);
    expectNoScriptWithCode();
    wrapper.unmount();
  });

  it('KeepAlive: activating the cached page again pushes nothing', async () => {
    const page = ref<'thanks' | 'home'>('thanks');
    const Home = defineComponent(() => () => h('p', 'home'));
    const App = defineComponent(
      () => () => h(KeepAlive, null, [page.value === 'thanks' ? h(ThankYou, { key: 't', orderId: 5 }) : h(Home, { key: 'h' })]),
    );
    const wrapper = mount(App, { attachTo: document.body });
    await nextTick();
    for (const next of ['home', 'thanks', 'home', 'thanks'] as const) {
      page.value = next;
      await nextTick();
      expectNoScriptWithCode();
    }
    expect(wrapper.text()).toContain('Thanks');
    expect(pushedOrderIds()).toEqual(['5']);
    wrapper.unmount();
  });

  it('a different order pushes again, also when the same instance gets new props', async () => {
    const wrapper = mount(ThankYou, { props: { orderId: 1 }, attachTo: document.body });
    await nextTick();
    await wrapper.setProps({ orderId: 2 });
    await nextTick();
    await wrapper.setProps({ orderId: 1 });
    await nextTick();
    expect(pushedOrderIds()).toEqual(['1', '2']);
    expectNoScriptWithCode();
    wrapper.unmount();
  });

  it('a reactive order changed in place (same props): the new order id is pushed once', async () => {
    const state = reactive(order(20));
    const Page = defineComponent(() => () => h(FlocktoryPostcheckout, { user: state.user, order: state.order }));
    const wrapper = mount(Page, { attachTo: document.body });
    await nextTick();
    state.order.id = 21;
    await nextTick();
    await nextTick();
    expect(pushedOrderIds()).toEqual(['20', '21']);
    expectNoScriptWithCode();
    wrapper.unmount();
  });

  it('emits error (onError / @error) in safe mode and pushes nothing for an invalid order', async () => {
    const errors: unknown[] = [];
    const wrapper = mount(FlocktoryPostcheckout, {
      props: { user: { email: 'x@example.com' }, order: { id: 9, price: 1, items: [] }, mode: 'safe', onError: (e) => errors.push(e) },
    });
    await nextTick();
    expect(errors).toHaveLength(1);
    expect(pushedOrderIds()).toEqual([]);
    wrapper.unmount();
  });
});

describe('useFlocktoryPostcheckout', () => {
  it('pushes once per order even when the Script component is not rendered, and follows a ref', async () => {
    const input = ref(order(10));
    const Page = defineComponent(() => {
      const { snippet } = useFlocktoryPostcheckout(input);
      return () => h('p', snippet.value?.data.order.id);
    });
    const first = mount(Page);
    await nextTick();
    const second = mount(Page);
    await nextTick();
    input.value = order(11);
    await nextTick();
    expect(pushedOrderIds()).toEqual(['10', '11']);
    expect(second.text()).toBe('11');
    first.unmount();
    second.unmount();
    // Unmounted pages stop watching: a later order is not pushed by them.
    input.value = order(12);
    await nextTick();
    expect(pushedOrderIds()).toEqual(['10', '11']);
  });

  it('follows an order changed in place inside a ref', async () => {
    const input = ref(order(30));
    const Page = defineComponent(() => {
      useFlocktoryPostcheckout(input);
      return () => h('p');
    });
    const wrapper = mount(Page);
    await nextTick();
    input.value.order.id = 31;
    await nextTick();
    await nextTick();
    expect(pushedOrderIds()).toEqual(['30', '31']);
    wrapper.unmount();
  });
});
