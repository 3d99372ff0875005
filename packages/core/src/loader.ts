/**
 * `@flocktory-ssr/core/loader`: the script Flocktory requires on every page. Its own entry, so pages
 * that only load it do not bundle the postcheckout validation.
 */
import { addIssue, explain } from './issues';
import { checkNonce, isNonce, settle, type FlocktoryOptions } from './options';
import { Invalid } from './reader';
import { text } from './value-rules';

export { isNonce } from './options';

export const DEFAULT_LOADER_SRC = 'https://api.flocktory.com/v2/loader.js';

export interface LoaderOptions extends FlocktoryOptions {
  /** Your Flocktory site id (digits). */
  siteId: string | number;
  /** Where loader.js is served from: an absolute http(s) URL, a protocol-relative one (`//host/…`) or a root-relative path. */
  src?: string;
}

export interface LoaderScript {
  /** The full `src`, with `site_id` appended; not yet HTML-escaped. */
  readonly src: string;
  readonly nonce: string | undefined;
}

// No quotes, spaces or angle brackets: the URL must stay one inert attribute value. The host ends
// where a `/`, `?` or `#` starts the rest, so the check is linear, whatever the length. The scheme
// may be left out (`//api.flocktory.com/v2/loader.js`, as Flocktory's Russian docs write it); a
// host is still required then (`///x` is refused), and no `\`, which browsers read as `/`.
const LOADER_SRC = /^(?:(?:https?:)?\/\/[^\s/?#"'<>`\\]+(?:[/?#][^\s"'<>`\\]*)?|\/(?!\/)[^\s"'<>`\\]*)$/i;
const LOADER_SRC_EXPECTED = 'expected https://host/…, http://host/…, //host/… or /path, without spaces, quotes, <, >, ` or \\';
// A `site_id` query parameter already in `src` (the first one wins in browsers' parsers).
const SITE_ID_PARAM = /^site_id(=|$)/;

// The last configuration whose loader had no issue at all, and the src it made: a server passes the
// same siteId, src and mode on every page, so then a call only checks its nonce. A configuration
// with any issue is never kept: it is checked and reported on every call.
let known: { siteId: unknown; src: unknown; mode: unknown; url: string } | undefined;

/**
 * The remembered loader for `options` when its configuration is the one kept and its nonce is
 * absent or valid; otherwise undefined, and buildLoader checks and reports everything. Outside
 * `settle`, so a page's repeated call allocates no issue list; an option that throws when read
 * falls through to buildLoader, which reads it again and reports it.
 */
function rememberedLoader(options: LoaderOptions): LoaderScript | undefined {
  if (!known) return undefined;
  try {
    const { siteId, src, mode, nonce } = options;
    if (known.siteId !== siteId || known.src !== src || known.mode !== mode) return undefined;
    if (nonce == null || nonce === '') return { src: known.url, nonce: undefined };
    return isNonce(nonce) ? { src: known.url, nonce } : undefined;
  } catch {
    return undefined;
  }
}

/** The main integration Flocktory requires on every page: `<script async src="…loader.js?site_id=ID">`. */
export function buildLoader(options: LoaderOptions): LoaderScript | null {
  return (
    rememberedLoader(options) ??
    settle(options, (issues) => {
      const nonce = checkNonce(options.nonce, issues);
      // Read once each, inside settle: a throwing getter becomes an issue, as before.
      const { siteId: given, src: givenSrc, mode } = options;
      // Read as every id is (trimmed text, or a number): one beyond 2^53 has already lost digits.
      const siteId = text(given);
      const src = givenSrc ?? DEFAULT_LOADER_SRC;
      if (typeof siteId !== 'string' || !/^\d{1,20}$/.test(siteId)) {
        const lostDigits = siteId instanceof Invalid && siteId.code === 'unsafe_integer' ? `; ${siteId.message}` : '';
        addIssue(
          issues,
          'siteId',
          'invalid_site_id',
          true,
          explain('invalid_site_id', `expected your site's id from Flocktory (digits)${lostDigits}`, given),
        );
      }
      if (typeof src !== 'string' || !LOADER_SRC.test(src)) {
        addIssue(issues, 'src', 'invalid_url', true, explain('invalid_url', LOADER_SRC_EXPECTED, src));
      }
      if (issues.length > 0) return undefined;
      // site_id belongs to the query, before any #fragment (which the server never sees).
      const hashAt = src.includes('#') ? src.indexOf('#') : src.length;
      const queryAt = src.indexOf('?');
      const path = queryAt < 0 || queryAt > hashAt ? src.slice(0, hashAt) : src.slice(0, queryAt);
      const params = path.length < hashAt ? src.slice(path.length + 1, hashAt).split('&') : [];
      const kept = params.filter((param) => !SITE_ID_PARAM.test(param));
      if (kept.length < params.length) {
        addIssue(issues, 'src', 'src_has_site_id', false, 'has a site_id query parameter: it was replaced by siteId');
      }
      kept.push(`site_id=${siteId as string}`);
      const url = `${path}?${kept.filter(Boolean).join('&')}${src.slice(hashAt)}`;
      if (issues.length === 0) known = { siteId: given, src: givenSrc, mode, url };
      return { src: url, nonce };
    })
  );
}
