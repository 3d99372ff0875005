/** Runs one scenario of the contract on one adapter in one browser, and reports what happened. */
import type { AppState } from './app-state';
import type { BuiltAdapter } from './build';
import { PAGE_NONCE, testPage, WRONG_NONCE } from './page';
import type { ContractBrowser, PageReport } from './runners/browser';
import type { Scenario, StateSpec } from './scenarios';

export interface ScenarioReport extends PageReport {
  /** Client steps whose render never committed (the app crashed or hung). */
  uncommitted: string[];
}

function describeState(state: AppState): string {
  return state.page === 'home' ? 'home' : `thank-you [${state.orders.join(', ')}]`;
}

export async function runScenario(browser: ContractBrowser, adapter: BuiltAdapter, scenario: Scenario): Promise<ScenarioReport> {
  let token = 0;
  const resolve = ({ wrongNonce, ...spec }: StateSpec): AppState => ({
    ...spec,
    nonce: wrongNonce ? WRONG_NONCE : PAGE_NONCE,
    token: token++,
  });
  const serverState = resolve(scenario.server);
  const body = await adapter.server.render(serverState, PAGE_NONCE);
  const page = testPage(serverState, body, { loader: scenario.loader ?? 'end' });
  const bundleFails = scenario.bundle === 'fails';
  const opened = await browser.open(page, adapter.client, { bundleFails });
  const uncommitted: string[] = [];
  try {
    if (adapter.client !== null && !bundleFails && !(await opened.ready())) uncommitted.push('hydration');
    await opened.settle();
    for (const step of scenario.steps ?? []) {
      if ('loadLoader' in step) await opened.loadLoader();
      else if ('navigate' in step) {
        const state = resolve(step.navigate);
        if (!(await opened.navigate(state))) uncommitted.push(`navigate to ${describeState(state)}`);
      } else {
        const state = resolve(step.remount);
        if (!(await opened.remount(state))) uncommitted.push(`remount ${describeState(state)}`);
      }
      await opened.settle();
    }
    return { ...(await opened.report()), uncommitted };
  } finally {
    await opened.close();
  }
}
