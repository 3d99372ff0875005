import { checkMarkers } from '../checks/markers';
import { checkPagePushes } from '../checks/page-pushes';
import { checkPush } from '../checks/push';
import { finding } from '../finding';
import type { PageDocument, PageElement } from '../html/parse-page';
import type { Finding, PageExpectations, PushInfo } from '../types';
import type { BrowserRun } from './run-page';

/** The markers a step saw, as a document the static marker checks can read. */
function markerDocument(markers: BrowserRun['steps'][number]['markers']): PageDocument {
  const elements: PageElement[] = markers.map((marker) => {
    const attrs = Object.entries(marker.attributes).map(([name, value]) => ({ name, value }));
    return {
      tagName: 'div',
      attrs,
      attributes: marker.attributes,
      position: undefined,
      endOffset: 0,
      inHead: false,
      inTemplate: false,
      text: '',
      textPosition: undefined,
      textOffset: -1,
      endTagOffset: -1,
    };
  });
  return { html: '', elements };
}

const key = (item: Finding) => `${item.code}\u0000${item.message}`;

/**
 * What the browser run shows: each push checked like a static one, markers present after each step
 * (findings the static check already made are not repeated), CSP violations, console errors.
 */
export function browserFindings(run: BrowserRun, expect: PageExpectations, staticFindings: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  const known = new Set(staticFindings.map(key));
  const pushes: PushInfo[] = [];
  // The page type describes the page loaded; after a navigation step it is another page.
  let stepExpect = expect;
  for (const step of run.steps) {
    if (step.action.startsWith('navigate')) stepExpect = { ...(expect.anonymous !== undefined ? { anonymous: expect.anonymous } : {}) };
    const at = { source: 'browser' as const, element: step.action };
    for (const entry of step.pushes) {
      const pair = Array.isArray(entry) && typeof entry[0] === 'string' ? (entry as [string, unknown]) : undefined;
      pushes.push({ command: pair?.[0] ?? '(malformed)', payload: pair?.[1], origin: 'browser' });
      findings.push(...checkPush(pair?.[0], pair?.[1], at));
    }
    for (const item of checkMarkers(markerDocument(step.markers), stepExpect).findings) {
      if (known.has(key(item))) continue;
      known.add(key(item));
      findings.push({ ...item, source: 'browser', element: `${item.element ?? ''} after ${step.action}`.trim() });
    }
    for (const violation of step.cspViolations) {
      findings.push(
        finding(
          'browser_csp_violation',
          `${violation.directive} blocked ${!violation.blockedURI || violation.blockedURI === 'inline' ? 'an inline script' : violation.blockedURI}${violation.sample ? ` (${JSON.stringify(violation.sample.slice(0, 40))})` : ''}`,
          at,
        ),
      );
    }
    // Chromium also logs each CSP violation as a console error: reported above.
    for (const error of step.consoleErrors.filter((text) => !/Content Security Policy directive/.test(text)))
      findings.push(finding('browser_console_error', JSON.stringify(error).slice(0, 300), at));
  }
  findings.push(...checkPagePushes(pushes, expect, 'browser'));
  if (!run.replaced)
    findings.push(finding('browser_no_loader_object', "after load, window.flocktory is still the page's own queue", { source: 'browser' }));
  return findings;
}
