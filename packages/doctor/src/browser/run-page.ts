import type { BrowserContext, Page } from 'playwright-core';

import { markerKind } from '../rules/marker-rules';
import { consoleErrorText } from './console-error';
import type { BrowserStep, MarkerInfo } from '../types';
import { COLLECT_SCRIPT, INIT_SCRIPT, type Collected } from './init-script';
import { runAction, type BrowserAction } from './steps';

export interface BrowserRunOptions {
  steps?: readonly BrowserAction[];
  /** Wait after load and after each step for late pushes (default 500 ms). */
  settleMs?: number;
}

export interface BrowserRun {
  steps: BrowserStep[];
  /** Whether the loader (or a stand-in) replaced the `window.flocktory` queue. */
  replaced: boolean;
}

function toStep(action: string, collected: Collected, consoleErrors: string[]): BrowserStep {
  const markers: MarkerInfo[] = collected.markers.map((attrs) => {
    const attributes = Object.fromEntries(attrs.map(({ name, value }) => [name, value]));
    return { kind: markerKind(attributes), attributes };
  });
  return { action, pushes: collected.pushes, markers, cspViolations: collected.violations, consoleErrors: consoleErrors.splice(0) };
}

async function settle(page: Page, settleMs: number): Promise<void> {
  await page.waitForLoadState('load').catch(() => {});
  await page.waitForTimeout(settleMs);
}

/** Loads one page with `window.flocktory` observed from before its first script, then runs the steps. */
export async function runPage(context: BrowserContext, url: string, options: BrowserRunOptions = {}): Promise<BrowserRun> {
  const settleMs = options.settleMs ?? 500;
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    const text = message.type() === 'error' ? consoleErrorText(message) : undefined;
    if (text !== undefined) consoleErrors.push(text);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${String(error)}`));
  try {
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, settleMs);
    const steps: BrowserStep[] = [];
    let collected = (await page.evaluate(COLLECT_SCRIPT)) as Collected;
    steps.push(toStep(`load ${url}`, collected, consoleErrors));
    for (const action of options.steps ?? []) {
      const label = await runAction(page, action);
      await settle(page, settleMs);
      collected = (await page.evaluate(COLLECT_SCRIPT)) as Collected;
      steps.push(toStep(label, collected, consoleErrors));
    }
    return { steps, replaced: collected.replaced };
  } finally {
    await page.close().catch(() => {});
  }
}
