/**
 * The Vue test app, the same for server and client: a home page and a thank-you page with one
 * `<FlocktoryPostcheckout>` per order of the state, optionally inside `<KeepAlive>`.
 */
import { defineComponent, h, KeepAlive, type PropType, type VNode } from 'vue';
import { FlocktoryPostcheckout } from '@flocktory-ssr/vue';

import type { AppState } from '../../app-state';
import { ORDERS } from '../../orders';
import { reported } from '../commits';

const Home = defineComponent({ name: 'Home', setup: () => () => h('main', [h('h1', 'Home')]) });

const ThankYou = defineComponent({
  name: 'ThankYou',
  props: { state: { type: Object as PropType<AppState>, required: true } },
  setup(props) {
    return () =>
      h('main', [
        h('h1', 'Thank you'),
        ...props.state.orders.map((key, index) =>
          h(FlocktoryPostcheckout, { key: index, ...ORDERS[key].input, nonce: props.state.nonce, mode: 'safe', onError: reported }),
        ),
      ]);
  },
});

export const App = defineComponent({
  name: 'ContractApp',
  props: { state: { type: Object as PropType<AppState>, required: true } },
  setup(props) {
    return () => {
      const { state } = props;
      const page: VNode = state.page === 'thank-you' ? h(ThankYou, { key: 'thank-you', state }) : h(Home, { key: 'home' });
      return h('div', { class: 'app' }, [
        state.clobber === 'id' ? h('img', { id: 'flocktory', alt: '' }) : null,
        state.clobber === 'name' ? h('form', { name: 'flocktory' }) : null,
        state.keepAlive ? h(KeepAlive, null, { default: () => page }) : page,
      ]);
    };
  },
});
