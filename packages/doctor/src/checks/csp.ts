import { allowsExternal, allowsInline, type Verdict } from '../csp/allows-script';
import { parsePolicies, type Policy } from '../csp/policy';
import { finding } from '../finding';
import { describeElement } from '../html/describe-element';
import type { PageDocument, PageElement } from '../html/parse-page';
import type { Finding, SourcePosition } from '../types';

export interface CspInput {
  /** The response's Content-Security-Policy header(s), joined with commas. */
  header?: string | undefined;
  /** Content-Security-Policy-Report-Only. */
  reportOnly?: string | undefined;
  pageUrl?: URL | undefined;
}

const before = (a: SourcePosition | undefined, b: SourcePosition | undefined) =>
  !!a && !!b && (a.line < b.line || (a.line === b.line && a.column < b.column));

/** `<meta http-equiv="Content-Security-Policy">` in <head>; each applies to elements after it. */
function metaPolicies(document: PageDocument): Array<{ policy: Policy; position: SourcePosition | undefined }> {
  return document.elements
    .filter((element) => element.tagName === 'meta' && element.inHead && !element.inTemplate)
    .filter((element) => (element.attributes['http-equiv'] ?? '').trim().toLowerCase() === 'content-security-policy')
    .flatMap((element) =>
      parsePolicies(element.attributes.content ?? '', 'meta').map((policy) => ({ policy, position: element.position })),
    );
}

function verdicts(element: PageElement, policies: Policy[], pageUrl: URL | undefined): Array<{ policy: Policy; verdict: Verdict }> {
  const nonce = element.attributes.nonce;
  if (!('src' in element.attributes)) return policies.map((policy) => ({ policy, verdict: allowsInline(policy, nonce, element.text) }));
  let url: URL;
  try {
    url = new URL(element.attributes.src!.trim(), pageUrl ?? 'https://page.invalid/');
  } catch {
    return [];
  }
  return policies.map((policy) => ({ policy, verdict: allowsExternal(policy, nonce, url, pageUrl) }));
}

/** Would each Flocktory script (loader and inline code) run under the page's policies? */
export function checkCsp(document: PageDocument, input: CspInput, loaders: PageElement[], scripts: PageElement[]): Finding[] {
  const headerPolicies = input.header ? parsePolicies(input.header, 'header') : [];
  const reportOnly = input.reportOnly ? parsePolicies(input.reportOnly, 'report-only') : [];
  const metas = metaPolicies(document);
  const findings: Finding[] = [];
  for (const element of [...loaders, ...scripts]) {
    const enforced = [...headerPolicies, ...metas.filter((meta) => before(meta.position, element.position)).map((meta) => meta.policy)];
    const at = { element: describeElement(element), position: element.position };
    const isLoader = loaders.includes(element);
    for (const { policy, verdict } of verdicts(element, [...enforced, ...reportOnly], input.pageUrl)) {
      if (verdict.allowed) continue;
      const from =
        policy.origin === 'meta'
          ? 'the <meta> policy'
          : policy.origin === 'header'
            ? 'the Content-Security-Policy header'
            : 'the report-only policy';
      const message = `${from} blocks this ${isLoader ? 'loader' : 'script'}: ${verdict.reason}`;
      if (policy.origin === 'report-only') findings.push(finding('csp_report_only', message, at));
      else findings.push(finding(isLoader ? 'csp_blocks_loader' : 'csp_blocks_script', message, at));
    }
  }
  return findings;
}
