/**
 * What the flocktory-doctor e2e tests share: the findings that matter (errors and warnings; info
 * only says what was seen), the plain check of a demo shop's pages and the /broken/marker codes,
 * the browser options, and the doctor's command run as `npx` runs it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { expect } from 'vitest';

import { checkPages, type Finding, type PageReport, type Report } from '@flocktory-ssr/doctor';

import { CHROMIUM_PATH } from './chromium';

/** Errors and warnings (info is allowed on good pages: it only says what was seen). */
export const problems = (findings: readonly Finding[]) =>
  findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.code}: ${finding.message}`);

/** Every error and warning of a report, each page's prefixed with its target. */
export const allProblems = (report: Report) => [
  ...problems(report.findings),
  ...report.pages.flatMap((page) => problems(page.findings).map((text) => `${page.target} ${text}`)),
];

/** A page's distinct error codes, sorted. */
export const errorCodes = (page: PageReport) =>
  [...new Set(page.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code))].sort();

/** What the hand-written markers of every demo shop's /broken/marker page must give. */
export const BROKEN_MARKER_ERRORS = [
  'category_marker_on_product_page', // a category marker next to an item marker
  'marker_attribute_required', // a marker without a required attribute (each test names which)
  'marker_email_invalid', // data-fl-user-email="…(at)example.com"
  'marker_value_invalid', // data-fl-item-available="yes"
  'user_marker_anonymous', // a user marker on a page fetched logged out
];

/** The paths that differ between the demo shops; all have /, /cart, /sign-in and /checkout. */
export interface ShopPaths {
  category: string;
  products: readonly [string, string];
  /** An order's thank-you page. */
  thankYou: string;
}

/**
 * The doctor, plain, on a demo shop's pages fetched logged out (/, the category, both products,
 * /cart, /sign-in, /checkout, the thank-you page), asserting what every demo shop must give: no
 * error or warning, the stand-in's site id, one loader a page, each page's markers, our
 * postcheckout push on the thank-you page. Resolves with the report (pages in that order).
 */
export async function checkShopPages(baseUrl: string, paths: ShopPaths): Promise<Report> {
  const url = (path: string) => baseUrl + path;
  const report = await checkPages(
    [
      { target: url('/'), pageType: 'other' },
      { target: url(paths.category), pageType: 'category' },
      { target: url(paths.products[0]), pageType: 'product' },
      { target: url(paths.products[1]), pageType: 'product' },
      { target: url('/cart'), pageType: 'cart' },
      { target: url('/sign-in'), pageType: 'other' },
      { target: url('/checkout'), pageType: 'other' },
      // The order's own page (its URL is the buyer's session): the buyer's address on the
      // Exchange marker is no logged-out leak.
      { target: url(paths.thankYou), pageType: 'thank-you', anonymous: false },
    ],
    { anonymous: true },
  );
  expect(allProblems(report)).toEqual([]);
  expect(report.exitCode).toBe(0);
  expect(report.siteIds).toEqual(['42']);
  expect(report.pages.map((page) => page.loaders.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  expect(report.pages.map((page) => page.markers.map((marker) => marker.kind))).toEqual([
    [],
    ['category'],
    ['item'],
    ['item'],
    [],
    [],
    [],
    ['exchange'],
  ]);
  expect(report.pages[7]!.pushes.map((push) => [push.command, push.origin])).toEqual([['postcheckout', 'ours']]);
  return report;
}

/** The doctor's `--browser` options: the suite's Chromium. */
export const browserOptions = { executablePath: CHROMIUM_PATH };

/** The doctor's command, as `npx flocktory-doctor` runs it; resolves with its exit code and output. */
export function runDoctorCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@flocktory-ssr/doctor/package.json');
  const bin = join(
    dirname(packageJson),
    (require('@flocktory-ssr/doctor/package.json') as { bin: Record<string, string> }).bin['flocktory-doctor']!,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, FLOCKTORY_CHROMIUM: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
