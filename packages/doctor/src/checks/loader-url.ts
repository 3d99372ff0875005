/** How a loader URL is recognised and read. */

export interface LoaderUrl {
  src: string;
  /** The raw `site_id` value, or null when there is none. */
  siteId: string | null;
  host: string | null;
  protocol: string | null;
}

const FLOCKTORY_HOST = /(^|\.)flocktory\.com$/i;

/** Flocktory's loader (any flocktory.com host), or a stand-in/proxy: `…/loader.js?site_id=…`. */
export function isLoaderUrl(src: string): boolean {
  const url = parseUrl(src);
  if (!url) return false;
  if (!/\/loader\.js$/i.test(url.pathname)) return false;
  return FLOCKTORY_HOST.test(url.hostname) || /[?&]site_id=/.test(src);
}

function parseUrl(src: string): URL | null {
  try {
    // A base for root-relative and protocol-relative sources; its host is never reported.
    return new URL(src.trim(), 'https://page.invalid/');
  } catch {
    return null;
  }
}

export function readLoaderUrl(src: string): LoaderUrl {
  const url = parseUrl(src);
  // Read from the raw text: URL parsing would hide a space after "site_id=" that breaks the loader.
  const match = /[?&]site_id=([^&#]*)/.exec(src);
  const relative = url?.hostname === 'page.invalid';
  return {
    src,
    siteId: match ? match[1]! : null,
    host: url && !relative ? url.hostname : null,
    protocol: url && !relative && !src.trim().startsWith('//') ? url.protocol : null,
  };
}

export const isFlocktoryHost = (host: string | null): boolean => host !== null && FLOCKTORY_HOST.test(host);
