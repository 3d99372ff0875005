import type { Finding, PageReport, Report } from '../types';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function formatFinding(item: Finding): string[] {
  const where = [
    item.path,
    item.position ? `line ${item.position.line}:${item.position.column}` : undefined,
    item.source === 'browser' ? 'browser' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [`  ${item.severity.padEnd(7)} ${item.code}${where ? `  (${where})` : ''}`, `          ${item.message}`];
  if (item.element) lines.push(`          at ${item.element}`);
  lines.push(`          fix: ${item.fix}`);
  return lines;
}

function overview(page: PageReport): string[] {
  const lines: string[] = [];
  const loaders = page.loaders.map(
    (loader) => `site_id ${loader.siteId ?? '(none)'}${loader.via === 'inline-script' ? ' (added by a script)' : ''}`,
  );
  lines.push(`  loader: ${loaders.length ? loaders.join(', ') : 'none'}`);
  if (page.markers.length) lines.push(`  markers: ${page.markers.map((marker) => marker.kind).join(', ')}`);
  if (page.pushes.length) lines.push(`  pushes: ${page.pushes.map((push) => `${push.command} (${push.origin})`).join(', ')}`);
  for (const step of page.browser ?? []) {
    const pushed = step.pushes.map((entry) => (Array.isArray(entry) ? String(entry[0]) : '?'));
    lines.push(
      `  browser, ${step.action}: pushed ${pushed.length ? pushed.join(', ') : 'nothing'}; ${plural(step.markers.length, 'marker')}`,
    );
  }
  return lines;
}

/** The report for a person: grouped by page, errors first, each finding with its fix. */
export function formatText(report: Report): string {
  const { summary } = report;
  const lines: string[] = [
    `flocktory-doctor: ${plural(summary.pages, 'page')}, ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info`,
  ];
  for (const page of report.pages) {
    const facts = [
      page.status !== undefined ? `HTTP ${page.status}` : undefined,
      page.bytes ? `${(page.bytes / 1024).toFixed(1)} KB` : undefined,
    ].filter(Boolean);
    lines.push('', `${page.target}${facts.length ? ` (${facts.join(', ')})` : ''}`);
    if (page.failure) lines.push(`  could not check: ${page.failure}`);
    else lines.push(...overview(page));
    if (page.findings.length === 0) lines.push('  no findings');
    for (const item of page.findings) lines.push(...formatFinding(item));
  }
  if (report.findings.length) {
    lines.push('', 'all pages');
    for (const item of report.findings) lines.push(...formatFinding(item));
  }
  if (report.siteIds.length) lines.push('', `site id${report.siteIds.length > 1 ? 's' : ''}: ${report.siteIds.join(', ')}`);
  const verdict = report.exitCode === 2 ? 'some pages could not be checked' : report.exitCode === 1 ? 'errors found' : 'no errors';
  lines.push(`exit code ${report.exitCode}: ${verdict}`);
  return `${lines.join('\n')}\n`;
}
