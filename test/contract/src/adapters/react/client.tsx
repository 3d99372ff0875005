/** The React driver: hydrates the page when loaded, then performs the contract's client steps. */
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';

import { ROOT_ELEMENT_ID, STATE_ELEMENT_ID, type AppState, type ContractDriver } from '../../app-state';
import { commits, reportedIssues } from '../commits';
import { App } from './app';

const container = document.getElementById(ROOT_ELEMENT_ID)!;
const initial = JSON.parse(document.getElementById(STATE_ELEMENT_ID)!.textContent!) as AppState;
const recoverable: string[] = [];

let root: Root = hydrateRoot(container, <App state={initial} />, {
  onRecoverableError: (error) => void recoverable.push(String(error)),
});

const driver: ContractDriver = {
  ready: commits.waitFor(initial.token),
  navigate(state) {
    root.render(<App state={state} />);
    return commits.waitFor(state.token);
  },
  remount(state) {
    root.unmount();
    root = createRoot(container);
    root.render(<App state={state} />);
    return commits.waitFor(state.token);
  },
  recoverable,
  reported: reportedIssues,
};
(window as unknown as { __contract: ContractDriver }).__contract = driver;
