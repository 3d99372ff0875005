import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { browserFindings } from './browser/browser-findings';
import { BrowserUnavailableError, launchBrowser, type LaunchedBrowser } from './browser/launch';
import { runPage } from './browser/run-page';
import type { BrowserAction } from './browser/steps';
import { checkHtml } from './check-html';
import { checkSiteIds } from './checks/site-ids';
import { finding } from './finding';
import { isUrl, PageReadError, readPage } from './read-page';
import { summarize } from './report/summarize';
import type { PageExpectations, PageReport, Report } from './types';

/** One page to check; its own expectations (and browser steps) override the run's. */
export interface PageInput extends PageExpectations {
  target: string;
  /** `--browser` steps for this page only (default: the run's `browser.steps`). */
  steps?: readonly BrowserAction[];
}

export interface BrowserOptions {
  /** Chromium to drive (default FLOCKTORY_CHROMIUM, else /usr/bin/chromium). */
  executablePath?: string;
  /** `--click` / `--navigate` steps after load, in order. */
  steps?: readonly BrowserAction[];
  settleMs?: number;
}

export interface CheckOptions extends PageExpectations {
  /** Also load each page in Chromium (needs playwright-core). */
  browser?: boolean | BrowserOptions;
  /** Per fetch and per browser action (default 15 s). */
  timeoutMs?: number;
  /** A Content-Security-Policy to apply to saved files, which have no response headers. */
  csp?: string;
}

function failed(target: string, expectations: PageExpectations, reason: string): PageReport {
  return {
    target,
    bytes: 0,
    failure: reason,
    expectations,
    loaders: [],
    markers: [],
    pushes: [],
    findings: [finding('page_unreadable', reason)],
  };
}

async function checkOne(input: PageInput, options: CheckOptions, browser: () => Promise<LaunchedBrowser>): Promise<PageReport> {
  const expectations: PageExpectations = {};
  const anonymous = input.anonymous ?? options.anonymous;
  const pageType = input.pageType ?? options.pageType;
  if (anonymous !== undefined) expectations.anonymous = anonymous;
  if (pageType !== undefined) expectations.pageType = pageType;
  const timeoutMs = options.timeoutMs ?? 15_000;
  let report: PageReport;
  try {
    const page = await readPage(input.target, timeoutMs);
    report = checkHtml(page.html, {
      ...expectations,
      target: input.target,
      url: page.url,
      csp: page.csp ?? (isUrl(input.target) ? undefined : options.csp),
      cspReportOnly: page.cspReportOnly,
      status: page.status,
    });
  } catch (error) {
    if (error instanceof PageReadError) return failed(input.target, expectations, error.message);
    throw error;
  }
  if (!options.browser) return report;
  const browserOptions = options.browser === true ? {} : options.browser;
  try {
    const { context } = await browser();
    const url = isUrl(input.target) ? input.target : pathToFileURL(resolve(input.target)).href;
    const run = await runPage(context, url, { steps: input.steps ?? browserOptions.steps ?? [], settleMs: browserOptions.settleMs ?? 500 });
    report.browser = run.steps;
    report.findings.push(...browserFindings(run, expectations, report.findings));
  } catch (error) {
    const reason =
      error instanceof BrowserUnavailableError ? error.message : `browser check failed: ${(error as Error).message.split('\n')[0]}`;
    report.failure = reason;
    report.findings.push(finding('page_unreadable', reason, { source: 'browser' }));
  }
  return report;
}

/**
 * Checks pages (http(s) URLs or saved HTML files), one after the other, and the site id across
 * them. Never throws for a page that cannot be read: it is reported, and `exitCode` is 2.
 */
export async function checkPages(targets: ReadonlyArray<string | PageInput>, options: CheckOptions = {}): Promise<Report> {
  let launched: Promise<LaunchedBrowser> | undefined;
  const browser = () => {
    const executablePath = typeof options.browser === 'object' ? options.browser.executablePath : undefined;
    return (launched ??= launchBrowser(executablePath, options.timeoutMs ?? 15_000));
  };
  const pages: PageReport[] = [];
  try {
    for (const target of targets) pages.push(await checkOne(typeof target === 'string' ? { target } : target, options, browser));
  } finally {
    if (launched) await launched.then((running) => running.close()).catch(() => {});
  }
  const { siteIds, findings } = checkSiteIds(pages);
  return summarize(pages, findings, siteIds);
}
