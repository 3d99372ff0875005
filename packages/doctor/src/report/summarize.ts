import type { Finding, PageReport, Report } from '../types';

/** Counts and the exit code: 2 when a page could not be checked, else 1 on any error, else 0. */
export function summarize(pages: PageReport[], findings: Finding[], siteIds: string[]): Report {
  const all = [...findings, ...pages.flatMap((page) => page.findings)];
  const count = (severity: Finding['severity']) => all.filter((item) => item.severity === severity).length;
  const summary = {
    pages: pages.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    failed: pages.filter((page) => page.failure !== undefined).length,
  };
  const exitCode = summary.failed > 0 ? 2 : summary.errors > 0 ? 1 : 0;
  return { pages, findings, siteIds, summary, exitCode };
}
