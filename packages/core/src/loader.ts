import { checkNonce, settle, type FlocktoryOptions } from './options';

export const DEFAULT_LOADER_SRC = 'https://api.flocktory.com/v2/loader.js';

export interface LoaderOptions extends FlocktoryOptions {
  /** Your Flocktory site id (digits). */
  siteId: string | number;
  /** Where loader.js is served from: an absolute http(s) URL or a root-relative path. */
  src?: string;
}

export interface LoaderScript {
  /** The full `src`, with `site_id` appended; not yet HTML-escaped. */
  readonly src: string;
  readonly nonce: string | undefined;
}

const SITE_ID = /^\d{1,20}$/;
// No quotes, spaces or angle brackets: the URL must stay one inert attribute value.
const LOADER_SRC = /^(?:https?:\/\/[^\s/?#"'<>`\\]+|\/(?!\/))[^\s"'<>`\\]*$/i;

/** The main integration Flocktory requires on every page: `<script async src="…loader.js?site_id=ID">`. */
export function buildLoader(options: LoaderOptions): LoaderScript | null {
  return settle(options, (issues) => {
    const nonce = checkNonce(options.nonce, issues);
    const siteId = typeof options.siteId === 'number' ? String(options.siteId) : options.siteId;
    const src = options.src ?? DEFAULT_LOADER_SRC;
    if (typeof siteId !== 'string' || !SITE_ID.test(siteId.trim())) {
      issues.push({ path: 'siteId', code: 'invalid_site_id', message: 'must be your numeric Flocktory site id', fatal: true });
    }
    if (typeof src !== 'string' || !LOADER_SRC.test(src)) {
      issues.push({ path: 'src', code: 'invalid_url', message: 'must be an http(s) URL or a path starting with "/"', fatal: true });
    }
    if (issues.length > 0) return undefined;
    // site_id belongs to the query, before any #fragment (which the server never sees).
    const hashAt = src.indexOf('#');
    const base = hashAt < 0 ? src : src.slice(0, hashAt);
    const fragment = hashAt < 0 ? '' : src.slice(hashAt);
    const separator = base.includes('?') ? '&' : '?';
    return { src: `${base}${separator}site_id=${siteId.trim()}${fragment}`, nonce };
  });
}
