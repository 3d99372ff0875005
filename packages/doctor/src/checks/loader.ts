import { finding, quote } from '../finding';
import { describeElement } from '../html/describe-element';
import type { PageDocument, PageElement } from '../html/parse-page';
import { scriptKind } from '../html/script-type';
import type { Finding, LoaderInfo, SourcePosition } from '../types';
import { isFlocktoryHost, isLoaderUrl, readLoaderUrl } from './loader-url';

/** A loader URL found in an inline script that adds the loader itself (tag-manager style). */
export interface InlineLoader {
  src: string;
  /** The site id is appended at run time: it cannot be read. */
  computed: boolean;
  position: SourcePosition | undefined;
}

const isMarkedLoader = (element: PageElement) =>
  element.attributes['data-flocktory'] === 'loader' || 'data-flocktory-loader' in element.attributes;

export function loaderElements(document: PageDocument): PageElement[] {
  return document.elements.filter(
    (element) =>
      element.tagName === 'script' &&
      !element.inTemplate &&
      'src' in element.attributes &&
      (isLoaderUrl(element.attributes.src!) || isMarkedLoader(element)),
  );
}

function checkOne(element: PageElement, findings: Finding[]): LoaderInfo {
  const src = element.attributes.src!;
  const url = readLoaderUrl(src);
  const at = { element: describeElement(element), position: element.position };
  const info: LoaderInfo = {
    src,
    siteId: url.siteId,
    async: 'async' in element.attributes,
    inHead: element.inHead,
    via: 'script-element',
  };
  if (element.position) info.position = element.position;
  checkSiteId(url.siteId, at, findings);
  if (scriptKind(element.attributes.type) === null) {
    findings.push(finding('loader_wrong_type', `type=${quote(element.attributes.type)}: the browser never runs this script`, at));
  }
  if (!info.async) findings.push(finding('loader_not_async', 'the loader has no async attribute: it blocks the page while it loads', at));
  if (!info.inHead) findings.push(finding('loader_not_in_head', 'the loader is in <body>; Flocktory asks for <head>', at));
  if (url.protocol === 'http:') findings.push(finding('loader_insecure', `loaded over plain http: ${quote(src)}`, at));
  if (url.host !== null && !isFlocktoryHost(url.host)) {
    findings.push(finding('loader_other_host', `loaded from ${url.host}, not Flocktory's api.flocktory.com`, at));
  }
  return info;
}

function checkSiteId(siteId: string | null, at: { element?: string; position?: SourcePosition | undefined }, findings: Finding[]): void {
  const details = { element: at.element, position: at.position, path: 'site_id' };
  if (siteId === null || siteId === '') findings.push(finding('loader_site_id_missing', 'the loader URL has no site_id', details));
  else if (!/^\d+$/.test(siteId)) findings.push(finding('loader_site_id_invalid', `site_id=${quote(siteId)} is not a number`, details));
}

/** Every loader on the page (elements and script-added URLs) and what is wrong with them. */
export function checkLoaders(document: PageDocument, inline: readonly InlineLoader[]): { loaders: LoaderInfo[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const loaders = loaderElements(document).map((element) => checkOne(element, findings));
  for (const { src, computed, position } of inline) {
    const siteId = computed ? null : readLoaderUrl(src).siteId;
    const info: LoaderInfo = { src, siteId, async: true, inHead: true, via: 'inline-script' };
    if (position) info.position = position;
    loaders.push(info);
    if (!computed) checkSiteId(siteId, { position }, findings);
    findings.push(finding('loader_in_script', `an inline script adds the loader ${quote(src)}`, { position }));
  }
  if (loaders.length === 0) {
    findings.push(finding('loader_missing', 'no Flocktory loader (…/v2/loader.js?site_id=…) on this page'));
  } else if (loaders.length > 1) {
    const ids = [...new Set(loaders.map((loader) => loader.siteId ?? '(none)'))];
    if (ids.length > 1) {
      findings.push(finding('loader_site_id_conflict', `${loaders.length} loaders with different site ids: ${ids.join(', ')}`));
    } else {
      findings.push(finding('loader_duplicate', `the loader is included ${loaders.length} times (site_id ${ids[0]})`));
    }
  }
  return { loaders, findings };
}
