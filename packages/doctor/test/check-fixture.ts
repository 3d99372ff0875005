import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { checkHtml, type CheckHtmlOptions, type Finding, type PageReport } from '../src/index';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function checkFixture(name: string, options: CheckHtmlOptions = {}): PageReport {
  return checkHtml(readFileSync(fixturePath(name), 'utf8'), { target: name, ...options });
}

/** `severity code path` of every error and warning, sorted: what a fixture's expectations compare. */
export const problems = (findings: readonly Finding[]): string[] =>
  findings
    .filter((item) => item.severity !== 'info')
    .map((item) => `${item.severity} ${item.code}${item.path ? ` ${item.path}` : ''}`)
    .sort();
