/**
 * One test page: the adapter's server render inside a small document, with Flocktory's loader
 * stand-in (which records every push) and the client bundle, all under a strict nonce CSP.
 */
import { loaderStubSource } from '@flocktory-ssr/loader-stub';

import { ROOT_ELEMENT_ID, STATE_ELEMENT_ID, type AppState } from './app-state';
import type { BodyPart } from './adapter';

/** The page's CSP nonce, and one the CSP refuses. */
export const PAGE_NONCE = 'Y29udHJhY3QtcGFnZS1ub25jZQ==';
export const WRONG_NONCE = 'bm90LXRoZS1wYWdlLW5vbmNl';

export const CSP = `script-src 'nonce-${PAGE_NONCE}'; object-src 'none'; base-uri 'none'`;

export type PagePart = { html: string } | { script: 'bundle' | 'loader' };

export interface TestPage {
  /** The document in parse order: HTML, and the external scripts the parser runs where they are. */
  parts: PagePart[];
  /** Whether the page loads the loader stand-in itself (else a `loadLoader` step adds it later). */
  loaderInPage: boolean;
}

// `<` escaped, so no state text can end the data block.
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The document around an adapter's body parts; the app's root element holds the first part. */
export function testPage(state: AppState, body: BodyPart[], options: { loader: 'end' | 'late' }): TestPage {
  const parts: PagePart[] = [
    {
      html:
        `<!doctype html><html><head><meta charset="utf-8"><title>contract</title></head><body>` +
        `<script type="application/json" id="${STATE_ELEMENT_ID}">${jsonForScript(state)}</script>`,
    },
  ];
  body.forEach((part, index) => {
    if ('bundle' in part) parts.push({ script: 'bundle' });
    else parts.push({ html: index === 0 ? `<div id="${ROOT_ELEMENT_ID}">${part.html}</div>` : part.html });
  });
  if (options.loader === 'end') parts.push({ script: 'loader' });
  parts.push({ html: '</body></html>' });
  return { parts, loaderInPage: options.loader === 'end' };
}

/** The loader stand-in's source (apps/loader-stub): records pushes in `window.__flocktoryStub.pushes`. */
export const LOADER_SOURCE = loaderStubSource;
export const LOADER_PATH = '/flocktory-stub/loader.js';

/** The page as one HTML document for a real browser: external scripts by URL, with the page's nonce. */
export function pageHtml(page: TestPage, bundleUrl: string): string {
  return page.parts
    .map((part) =>
      'html' in part ? part.html : `<script src="${part.script === 'bundle' ? bundleUrl : LOADER_PATH}" nonce="${PAGE_NONCE}"></script>`,
    )
    .join('');
}
