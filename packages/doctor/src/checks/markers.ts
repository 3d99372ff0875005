import { finding, type FindingDetails } from '../finding';
import { describeElement } from '../html/describe-element';
import type { PageDocument, PageElement } from '../html/parse-page';
import { EXCHANGE_ANONYMOUS_EMAIL } from '../rules/email';
import { markerKind, validateMarker } from '../rules/marker-rules';
import type { Finding, MarkerInfo, PageExpectations } from '../types';

interface Marker {
  info: MarkerInfo;
  element: PageElement;
  at: FindingDetails;
}

const isMarker = (element: PageElement) => (element.attributes.class ?? '').split(/\s+/).includes('i-flocktory');

function email(marker: Marker): string {
  return (marker.info.attributes['data-fl-user-email'] ?? '').trim();
}

/** The page-level rules: how many of each, which page, which visitor. */
function checkPage(markers: Marker[], expect: PageExpectations, findings: Finding[]): void {
  const of = (kind: MarkerInfo['kind']) => markers.filter((marker) => marker.info.kind === kind);
  const users = of('user');
  const categories = of('category');
  const items = of('item');
  const productPage = expect.pageType === 'product' || items.length > 0;

  for (const user of users) {
    if (expect.anonymous && email(user) !== '') {
      findings.push(
        finding('user_marker_anonymous', `a user marker with ${JSON.stringify(email(user))} on a page fetched logged out`, user.at),
      );
    } else if (email(user) === '' && 'data-fl-user-email' in user.info.attributes) {
      findings.push(
        finding('user_marker_empty', 'a user marker with an empty e-mail: Flocktory sees no user', {
          ...user.at,
          path: 'data-fl-user-email',
        }),
      );
    }
  }
  const emails = [...new Set(users.map(email).filter(Boolean))];
  if (emails.length > 1)
    findings.push(finding('user_marker_conflict', `user markers for ${emails.length} different users: ${emails.join(', ')}`, users[1]!.at));
  else if (users.length > 1)
    findings.push(finding('user_marker_duplicate', `${users.length} user markers for the same user`, users[1]!.at));

  for (const exchange of of('exchange')) {
    const address = email(exchange).toLowerCase();
    if (expect.anonymous && address !== '' && address !== EXCHANGE_ANONYMOUS_EMAIL) {
      findings.push(
        finding(
          'exchange_marker_anonymous',
          `an Exchange marker with ${JSON.stringify(email(exchange))} on a page fetched logged out`,
          exchange.at,
        ),
      );
    }
    if (address === EXCHANGE_ANONYMOUS_EMAIL && (exchange.info.attributes['data-fl-user-name'] ?? '').trim() !== '') {
      findings.push(finding('exchange_name_with_fallback', `a name with ${EXCHANGE_ANONYMOUS_EMAIL}`, exchange.at));
    }
  }

  if (categories.length > 1) {
    findings.push(finding('category_marker_duplicate', `${categories.length} category markers on one page`, categories[1]!.at));
  }
  for (const category of categories) {
    if (productPage) {
      const why = expect.pageType === 'product' ? 'this is a product page' : 'the page has an item marker, so it is a product page';
      findings.push(finding('category_marker_on_product_page', `a category marker, but ${why}`, category.at));
    } else if (expect.pageType && expect.pageType !== 'category') {
      findings.push(finding('category_marker_wrong_page', `a category marker on a ${expect.pageType} page`, category.at));
    }
  }
  if (expect.pageType && expect.pageType !== 'product') {
    for (const item of items) findings.push(finding('item_marker_wrong_page', `an item marker on a ${expect.pageType} page`, item.at));
  } else if (items.length > 1) {
    findings.push(finding('item_marker_duplicate', `${items.length} item markers on one page`, items[1]!.at));
  }
}

/** Every `.i-flocktory` marker, checked on its own (rules table) and against the page. */
export function checkMarkers(document: PageDocument, expect: PageExpectations): { markers: MarkerInfo[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const markers: Marker[] = [];
  for (const element of document.elements) {
    if (!isMarker(element)) continue;
    const kind = markerKind(element.attributes);
    const info: MarkerInfo = { kind, attributes: { ...element.attributes } };
    if (element.position) info.position = element.position;
    const at: FindingDetails = { element: describeElement(element), position: element.position };
    if (element.inTemplate) {
      findings.push(finding('marker_in_template', 'this marker is inside <template>', at));
      continue;
    }
    markers.push({ info, element, at });
    if (kind === 'unknown') {
      const action = element.attributes['data-fl-action'];
      if (action === undefined)
        findings.push(finding('marker_no_data', 'an .i-flocktory element without data-fl-action or user attributes', at));
      else
        findings.push(
          finding('marker_unknown_action', `data-fl-action=${JSON.stringify(action)} is not documented`, { ...at, path: 'data-fl-action' }),
        );
      continue;
    }
    for (const issue of validateMarker(kind, element.attrs)) {
      // An empty e-mail on the user marker is how some shops render a logged-out visitor: one
      // finding for it (user_marker_empty, below), not two.
      if (
        kind === 'user' &&
        issue.code === 'marker_attribute_required' &&
        (element.attributes[issue.attribute] ?? '').trim() === '' &&
        issue.attribute in element.attributes
      )
        continue;
      findings.push(finding(issue.code, issue.message, { ...at, path: issue.attribute }));
    }
  }
  checkPage(markers, expect, findings);
  return { markers: markers.map((marker) => marker.info), findings };
}
