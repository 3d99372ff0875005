import { checkClobber } from './checks/clobber';
import { checkCsp } from './checks/csp';
import { checkLoaders, loaderElements } from './checks/loader';
import { checkMarkers } from './checks/markers';
import { checkPagePushes } from './checks/page-pushes';
import { checkScripts } from './checks/scripts';
import { parsePage } from './html/parse-page';
import type { PageExpectations, PageReport } from './types';

export interface CheckHtmlOptions extends PageExpectations {
  /** What to call the page in the report (a URL or file name). */
  target?: string;
  /** The page's URL: resolves relative loader URLs and CSP's 'self'. */
  url?: string;
  /** The response's Content-Security-Policy header (several joined with commas). */
  csp?: string;
  /** The response's Content-Security-Policy-Report-Only header. */
  cspReportOnly?: string;
  status?: number;
}

function pageUrl(url: string | undefined): URL | undefined {
  try {
    return url ? new URL(url) : undefined;
  } catch {
    return undefined;
  }
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every static check on one page's HTML. Never runs the page's code. */
export function checkHtml(html: string, options: CheckHtmlOptions = {}): PageReport {
  const expectations: PageExpectations = {};
  if (options.anonymous !== undefined) expectations.anonymous = options.anonymous;
  if (options.pageType !== undefined) expectations.pageType = options.pageType;
  const document = parsePage(html);
  const scripts = checkScripts(document);
  const loaders = checkLoaders(document, scripts.inlineLoaders);
  const markers = checkMarkers(document, expectations);
  const csp = checkCsp(
    document,
    { header: options.csp, reportOnly: options.cspReportOnly, pageUrl: pageUrl(options.url) },
    loaderElements(document),
    scripts.scripts,
  );
  const findings = [
    ...loaders.findings,
    ...markers.findings,
    ...scripts.findings,
    ...checkPagePushes(scripts.pushes, expectations, 'html'),
    ...checkClobber(document, scripts.pushes),
    ...csp,
  ];
  // Stable order: by severity, then by place in the page.
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.position?.line ?? 0) - (b.position?.line ?? 0));
  const report: PageReport = {
    target: options.target ?? options.url ?? '(html)',
    bytes: Buffer.byteLength(html),
    expectations,
    loaders: loaders.loaders,
    markers: markers.markers,
    pushes: scripts.pushes,
    findings,
  };
  if (options.status !== undefined) report.status = options.status;
  return report;
}
