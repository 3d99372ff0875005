/** The Vue driver: hydrates the page when loaded, then performs the contract's client steps. */
import { createApp, createSSRApp, h, nextTick, shallowRef, type App as VueApp } from 'vue';

import { ROOT_ELEMENT_ID, STATE_ELEMENT_ID, type AppState, type ContractDriver } from '../../app-state';
import { reportedIssues } from '../commits';
import { App } from './app';

const container = document.getElementById(ROOT_ELEMENT_ID)!;
const current = shallowRef(JSON.parse(document.getElementById(STATE_ELEMENT_ID)!.textContent!) as AppState);
const root = { render: () => h(App, { state: current.value }) };

// Vue patches and runs post-flush watchers (where the component pushes) before nextTick resolves.
const flushed = () => nextTick().then(() => true);

let app: VueApp = createSSRApp(root);
app.mount(container);

const driver: ContractDriver = {
  ready: flushed(),
  navigate(state) {
    current.value = state;
    return flushed();
  },
  remount(state) {
    app.unmount();
    current.value = state;
    app = createApp(root);
    app.mount(container);
    return flushed();
  },
  recoverable: [],
  reported: reportedIssues,
};
(window as unknown as { __contract: ContractDriver }).__contract = driver;
