import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nonceFromCsp, nonceFromHeaders } from '../src';

// Next.js's own parser, to check that we read the nonce exactly as Next.js does for its scripts.
const { getScriptNonceFromHeader } = createRequire(import.meta.url)('next/dist/server/app-render/get-script-nonce-from-header') as {
  getScriptNonceFromHeader(header: string): string | undefined;
};

const DOCS_POLICY =
  "default-src 'self'; script-src 'self' 'nonce-YWJjZGVm' 'strict-dynamic'; style-src 'self' 'nonce-YWJjZGVm'; object-src 'none'";

const CASES: Array<[string, string | undefined]> = [
  [DOCS_POLICY, 'YWJjZGVm'],
  ["default-src 'self' 'nonce-ZGVmYXVsdA=='", 'ZGVmYXVsdA=='],
  ["script-src 'nonce-bad\"><x' 'nonce-Z29vZA'", 'Z29vZA'],
  ["script-src 'self'; default-src 'nonce-aWdub3JlZA'", undefined],
  ["style-src 'nonce-c3R5bGU='", undefined],
  ["script-src   'strict-dynamic'   'nonce-c3BhY2Vz'  ", 'c3BhY2Vz'],
  ['', undefined],
];

describe('nonceFromCsp', () => {
  it.each(CASES)('%s → %s, as Next.js reads it', (header, nonce) => {
    expect(nonceFromCsp(header)).toBe(nonce);
    expect(nonceFromCsp(header)).toBe(getScriptNonceFromHeader(header));
  });

  it('accepts a missing header', () => {
    expect(nonceFromCsp(undefined)).toBeUndefined();
    expect(nonceFromCsp(null)).toBeUndefined();
  });
});

describe('nonceFromHeaders', () => {
  it('reads Fetch Headers, Node request headers, and the report-only policy as a fallback', () => {
    expect(nonceFromHeaders(new Headers({ 'Content-Security-Policy': DOCS_POLICY }))).toBe('YWJjZGVm');
    expect(nonceFromHeaders({ 'content-security-policy': DOCS_POLICY })).toBe('YWJjZGVm');
    expect(nonceFromHeaders({ 'content-security-policy-report-only': "script-src 'nonce-cmVwb3J0'" })).toBe('cmVwb3J0');
    expect(nonceFromHeaders({})).toBeUndefined();
  });
});
