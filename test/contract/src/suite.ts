/**
 * Registers the contract for every adapter in one browser: each scenario the adapter's
 * capabilities cover must give exactly the expected pushes, with nothing thrown into the page, no
 * render left uncommitted, and proof that the scenario set up what it claims (a refused script, a
 * failed bundle, a hydration mismatch). Scenarios the adapter cannot express are skipped by name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ContractAdapter } from './adapter';
import { contractAdapters } from './adapters/index';
import { buildAdapter, type BuiltAdapter } from './build';
import { expectedPushes } from './orders';
import { runScenario, type ScenarioReport } from './run-scenario';
import type { ContractBrowser } from './runners/browser';
import { SCENARIOS, type Scenario } from './scenarios';

// What browsers print about a scenario's own set-up (a refused inline script, an aborted
// bundle); both are asserted exactly through cspBlocked and bundleAborted instead.
const SET_UP_MESSAGES = [
  /^Refused to execute inline script/,
  /^Executing inline script violates the following Content Security Policy/,
  /^Failed to load resource: net::ERR_FAILED/,
];

// The report of a second, different payload for an order already sent: bad data is never dropped
// silently, but where it goes (onError, console.error, nowhere for server-only HTML) is the adapter's.
const DUPLICATE_REPORT = /order\.id: was pushed on this page already, with other data/;

export function summary(report: ScenarioReport, scenario?: Scenario) {
  const expected = [...SET_UP_MESSAGES, ...(scenario?.expect.mayReportDuplicate ? [DUPLICATE_REPORT] : [])];
  return {
    pushes: report.pushes,
    pageErrors: report.pageErrors,
    consoleErrors: report.consoleErrors.filter((text) => !expected.some((pattern) => pattern.test(text))),
    uncommitted: report.uncommitted,
    cspBlocked: report.cspBlocked > 0,
    bundleAborted: report.bundleAborted > 0,
    hydrationMismatch: report.recoverable.length > 0,
    // Reached by client navigation only, an order is pushed from JavaScript: no script element is
    // rendered for it (README), so none may be in the page when the server sent none.
    scriptsRenderedOnClient: scenario && scenario.server.orders.length === 0 ? report.scriptsInPage : 0,
  };
}

/** What `summary` must be for `scenario`; `pushes`: what its orders' pushes carry (default: src/orders.ts). */
export function expectedSummary(
  scenario: Scenario,
  pushes: unknown[] = expectedPushes(scenario.expect.pushes),
): ReturnType<typeof summary> {
  return {
    pushes,
    pageErrors: [],
    consoleErrors: [],
    uncommitted: [],
    cspBlocked: scenario.expect.cspBlocked === true,
    bundleAborted: scenario.bundle === 'fails',
    hydrationMismatch: scenario.expect.hydrationMismatch === true,
    scriptsRenderedOnClient: 0,
  };
}

/** The capabilities a scenario needs that the adapter lacks. */
export function missingCapabilities(adapter: ContractAdapter, scenario: Scenario): string[] {
  return scenario.needs.filter((need) => !adapter.capabilities.includes(need));
}

export function contractSuite(openBrowser: () => Promise<ContractBrowser>, adapters: readonly ContractAdapter[] = contractAdapters): void {
  let browser: ContractBrowser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(adapters.map((adapter) => [adapter.name, adapter] as const))('%s', (_name, adapter) => {
    let built: BuiltAdapter;
    beforeAll(async () => {
      built = await buildAdapter(adapter);
    });
    afterAll(async () => {
      await built?.dispose();
    });
    for (const scenario of SCENARIOS) {
      const missing = missingCapabilities(adapter, scenario);
      if (missing.length > 0) {
        it.skip(`${scenario.name} (not applicable: no ${missing.join(', ')})`, () => {});
        continue;
      }
      it(scenario.name, async () => {
        const report = await runScenario(browser, built, scenario);
        expect(summary(report, scenario)).toEqual(expectedSummary(scenario));
      });
    }
  });
}
