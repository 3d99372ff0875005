/** The report's data model: what `checkPages` returns and `--json` prints. */

export type Severity = 'error' | 'warning' | 'info';

/** Where in the page a finding is: 1-based line and column of the HTML source. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface Finding {
  severity: Severity;
  /** Stable, snake_case; the README lists every code. */
  code: string;
  /** What is wrong, with the value found. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** The element, shortened: `<script src="…">`, `<div class="i-flocktory" …>`. */
  element?: string;
  /** A payload path (`order.price`) or an attribute name (`data-fl-user-email`). */
  path?: string;
  position?: SourcePosition;
  /** `html` from the static check, `browser` from `--browser`. */
  source: 'html' | 'browser';
}

/** What kind of page this is, when the caller knows; some rules depend on it. */
export type PageType = 'category' | 'product' | 'cart' | 'thank-you' | 'other';

export interface PageExpectations {
  /** The page was fetched while logged out: a user marker with someone's e-mail is a leak. */
  anonymous?: boolean;
  pageType?: PageType;
}

export interface LoaderInfo {
  src: string;
  siteId: string | null;
  async: boolean;
  inHead: boolean;
  /** `script-element`: a `<script src>`; `inline-script`: a URL in an inline script that adds it. */
  via: 'script-element' | 'inline-script';
  position?: SourcePosition;
}

export type MarkerKind = 'user' | 'category' | 'item' | 'exchange' | 'unknown';

export interface MarkerInfo {
  kind: MarkerKind;
  attributes: Record<string, string>;
  position?: SourcePosition;
}

export interface PushInfo {
  command: string;
  /** The payload as far as it is known statically; computed parts are `{ $dynamic: "source" }`. */
  payload: unknown;
  /** `ours` when the script is one of flocktory-ssr's (data-flocktory attributes). */
  origin: 'ours' | 'hand-written' | 'browser';
  position?: SourcePosition;
}

/** One step of the `--browser` run and what it observed. */
export interface BrowserStep {
  /** `load <url>`, `click <selector>`, `navigate <url>`. */
  action: string;
  pushes: unknown[];
  markers: MarkerInfo[];
  cspViolations: Array<{ directive: string; blockedURI: string; sample: string }>;
  consoleErrors: string[];
}

export interface PageReport {
  /** The URL or file as given. */
  target: string;
  /** HTTP status; absent for files. */
  status?: number;
  bytes: number;
  /** Could not check this page (fetch failed, file missing, browser failed): the reason. */
  failure?: string;
  expectations: PageExpectations;
  loaders: LoaderInfo[];
  markers: MarkerInfo[];
  pushes: PushInfo[];
  browser?: BrowserStep[];
  findings: Finding[];
}

export interface ReportSummary {
  pages: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Pages that could not be checked. */
  failed: number;
}

export interface Report {
  pages: PageReport[];
  /** Findings about the pages together (one site id across all of them). */
  findings: Finding[];
  /** Every distinct site id found, in order of appearance. */
  siteIds: string[];
  summary: ReportSummary;
  /** 0: no errors; 1: errors found; 2: a page could not be checked. */
  exitCode: 0 | 1 | 2;
}
