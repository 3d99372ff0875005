export { checkPages, type BrowserOptions, type CheckOptions, type PageInput } from './check-pages';
export { checkHtml, type CheckHtmlOptions } from './check-html';
export { formatText } from './report/format-text';
export type { BrowserAction } from './browser/steps';
export { CODES, type FindingCode } from './codes';
export { MARKER_RULES } from './rules/marker-rules';
export type {
  BrowserStep,
  Finding,
  LoaderInfo,
  MarkerInfo,
  MarkerKind,
  PageExpectations,
  PageReport,
  PageType,
  PushInfo,
  Report,
  ReportSummary,
  Severity,
  SourcePosition,
} from './types';
