import { parseArgs } from 'node:util';

import type { BrowserAction } from '../browser/steps';
import type { CheckOptions } from '../check-pages';
import type { PageType } from '../types';

export const USAGE = `Usage: flocktory-doctor <url|file>... [options]

Checks each page's Flocktory integration: the loader, .i-flocktory markers, inline
flocktory.push calls (read statically, never run), CSP, injection risks.

Options:
  --json                 print the report as JSON
  --page-type <type>     category | product | cart | thank-you | other (rules that depend on it)
  --expect-anonymous     the pages are fetched logged out: a user marker is a leak
  --csp <policy>         a Content-Security-Policy for saved files (URLs use the response's)
  --browser              also load each page in Chromium (needs playwright-core)
  --click <selector>     after load, click (implies --browser; repeatable, run in order)
  --navigate <url>       after load, go to this URL by its link, as a shopper would (repeatable)
  --chromium <path>      Chromium to drive (default $FLOCKTORY_CHROMIUM or /usr/bin/chromium)
  --timeout <ms>         per fetch and browser action (default 15000)
  --settle <ms>          wait for late pushes after load and each step (default 500)
  -h, --help             this text

Exit code: 0 no errors, 1 errors found, 2 could not check (bad arguments, fetch failed).`;

export interface CliArgs {
  targets: string[];
  json: boolean;
  help: boolean;
  options: CheckOptions;
}

export class UsageError extends Error {}

const PAGE_TYPES: readonly PageType[] = ['category', 'product', 'cart', 'thank-you', 'other'];

function milliseconds(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number of milliseconds, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** Reads the command line; throws UsageError for anything it cannot use. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      tokens: true,
      options: {
        json: { type: 'boolean' },
        'page-type': { type: 'string' },
        'expect-anonymous': { type: 'boolean' },
        csp: { type: 'string' },
        browser: { type: 'boolean' },
        click: { type: 'string', multiple: true },
        navigate: { type: 'string', multiple: true },
        chromium: { type: 'string' },
        timeout: { type: 'string' },
        settle: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const help = values.help === true;
  if (!help && parsed.positionals.length === 0) throw new UsageError('give at least one URL or HTML file');
  const pageType = values['page-type'] as string | undefined;
  if (pageType !== undefined && !PAGE_TYPES.includes(pageType as PageType)) {
    throw new UsageError(`--page-type must be one of ${PAGE_TYPES.join(', ')}, got ${JSON.stringify(pageType)}`);
  }
  // Steps keep the order they were given in, across --click and --navigate.
  const steps: BrowserAction[] = [];
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'click') steps.push({ click: token.value });
    if (token.name === 'navigate') steps.push({ navigate: token.value });
  }
  const options: CheckOptions = {};
  if (pageType !== undefined) options.pageType = pageType as PageType;
  if (values['expect-anonymous']) options.anonymous = true;
  if (typeof values.csp === 'string') options.csp = values.csp;
  const timeoutMs = milliseconds(values.timeout as string | undefined, 'timeout');
  const settleMs = milliseconds(values.settle as string | undefined, 'settle');
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
  if (values.browser || steps.length > 0) {
    options.browser = { steps };
    if (typeof values.chromium === 'string') options.browser.executablePath = values.chromium;
    if (settleMs !== undefined) options.browser.settleMs = settleMs;
  }
  return { targets: parsed.positionals, json: values.json === true, help, options };
}
