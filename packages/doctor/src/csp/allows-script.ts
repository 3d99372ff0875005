import { createHash } from 'node:crypto';

import { scriptSources, type Policy } from './policy';

export interface Verdict {
  allowed: boolean;
  /** Why, in words, for the report. */
  reason: string;
}

const keyword = (sources: readonly string[], word: string) => sources.some((source) => source.toLowerCase() === word);
const nonces = (sources: readonly string[]) =>
  sources.map((source) => /^'nonce-(.+)'$/i.exec(source)?.[1]).filter((nonce): nonce is string => !!nonce);
// base64url and base64 spell the same digest.
const toBase64 = (value: string) => value.replace(/-/g, '+').replace(/_/g, '/');

/** The `'sha256-…'` source for a script's text (what the page must list to allow it by hash). */
export const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function hashListed(sources: readonly string[], text: string): boolean {
  for (const source of sources) {
    const match = /^'(sha256|sha384|sha512)-([A-Za-z0-9+/_=-]+)'$/i.exec(source);
    if (match && createHash(match[1]!.toLowerCase()).update(text, 'utf8').digest('base64') === toBase64(match[2]!)) return true;
  }
  return false;
}

function nonceVerdict(sources: readonly string[], nonce: string | undefined): Verdict | undefined {
  const listed = nonces(sources);
  if (nonce !== undefined && listed.includes(nonce)) return { allowed: true, reason: 'its nonce matches' };
  if (listed.length === 0) return undefined;
  return {
    allowed: false,
    reason: nonce === undefined ? 'it has no nonce attribute' : `its nonce ${JSON.stringify(nonce)} is not the policy's`,
  };
}

/** Whether an inline script with this nonce attribute and text may run under `policy`. */
export function allowsInline(policy: Policy, nonce: string | undefined, text: string): Verdict {
  const sources = scriptSources(policy);
  if (!sources) return { allowed: true, reason: 'the policy does not restrict scripts' };
  const byNonce = nonceVerdict(sources, nonce);
  if (byNonce?.allowed) return byNonce;
  if (hashListed(sources, text)) return { allowed: true, reason: 'its hash is listed' };
  // A nonce, a hash or 'strict-dynamic' in the list switches 'unsafe-inline' off.
  const strict =
    nonces(sources).length > 0 || sources.some((source) => /^'sha(256|384|512)-/i.test(source)) || keyword(sources, "'strict-dynamic'");
  if (keyword(sources, "'unsafe-inline'") && !strict) return { allowed: true, reason: "the policy allows 'unsafe-inline'" };
  const why = byNonce?.reason ?? 'no nonce or hash allows it';
  return { allowed: false, reason: `${why}, and its hash ${hashSource(text)} is not listed` };
}

function matchesHost(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return host === pattern;
}

/** One host-source or scheme-source against a URL (CSP's "does url match expression"). */
function matchesSource(source: string, url: URL, page: URL | undefined): boolean {
  const lower = source.toLowerCase();
  if (lower === '*') return /^(https?|wss?|ftp):$/.test(url.protocol);
  if (lower === "'self'") return page !== undefined && page.origin === url.origin;
  const scheme = /^([a-z][a-z0-9+.-]*):$/.exec(lower);
  if (scheme) return url.protocol === `${scheme[1]}:` || (scheme[1] === 'http' && url.protocol === 'https:');
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(\/[^?#]*)?$/.exec(lower);
  if (!match || match[2]!.startsWith("'")) return false;
  const [, sourceScheme, host, , path] = match;
  if (sourceScheme && url.protocol !== `${sourceScheme}:` && !(sourceScheme === 'http' && url.protocol === 'https:')) return false;
  if (!sourceScheme && page && page.protocol !== url.protocol && !(page.protocol === 'http:' && url.protocol === 'https:')) return false;
  if (!matchesHost(host!, url.hostname)) return false;
  if (!path || path === '/') return true;
  return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
}

/** Whether `<script src=url nonce=…>` may load under `policy`. */
export function allowsExternal(policy: Policy, nonce: string | undefined, url: URL, page: URL | undefined): Verdict {
  const sources = scriptSources(policy);
  if (!sources) return { allowed: true, reason: 'the policy does not restrict scripts' };
  const byNonce = nonceVerdict(sources, nonce);
  if (byNonce?.allowed) return byNonce;
  if (keyword(sources, "'strict-dynamic'")) {
    return { allowed: false, reason: `${byNonce?.reason ?? 'it has no nonce'}, and 'strict-dynamic' ignores host sources` };
  }
  if (sources.some((source) => matchesSource(source, url, page))) return { allowed: true, reason: `${url.host} is allowed` };
  return {
    allowed: false,
    reason: `${byNonce ? `${byNonce.reason}, and ` : ''}${url.origin} is not in ${JSON.stringify(sources.join(' '))}`,
  };
}
