import { cspHash } from '@flocktory-ssr/core/csp-hash';
import { describe, expect, it } from 'vitest';

import { allowsExternal, allowsInline, hashSource } from '../src/csp/allows-script';
import { parsePolicies } from '../src/csp/policy';
import { checkHtml } from '../src/index';

const policy = (text: string) => parsePolicies(text, 'header')[0]!;
const LOADER = new URL('https://api.flocktory.com/v2/loader.js?site_id=1');
const PAGE = new URL('https://shop.example/thank-you');
const CODE = 'window.flocktory=window.flocktory||[];';

describe('inline scripts under a policy', () => {
  it.each([
    ["script-src 'nonce-abc'", 'abc', true],
    ["script-src 'nonce-abc'", 'xyz', false],
    ["script-src 'nonce-abc'", undefined, false],
    ["script-src 'unsafe-inline'", undefined, true],
    ["script-src 'unsafe-inline' 'nonce-abc'", undefined, false],
    ["script-src 'unsafe-inline' 'strict-dynamic'", undefined, false],
    ["default-src 'self'", undefined, false],
    ["script-src-elem 'unsafe-inline'; script-src 'none'", undefined, true],
    ["img-src 'self'", undefined, true],
  ])('%s, nonce %s → %s', (text, nonce, allowed) => {
    expect(allowsInline(policy(text), nonce, CODE).allowed).toBe(allowed);
  });

  it('allows a listed hash, computed as core computes it (base64 or base64url)', () => {
    expect(hashSource(CODE)).toBe(cspHash(CODE));
    expect(allowsInline(policy(`script-src ${cspHash(CODE)}`), undefined, CODE).allowed).toBe(true);
    expect(allowsInline(policy(`script-src ${cspHash(CODE).replace(/\+/g, '-').replace(/\//g, '_')}`), undefined, CODE).allowed).toBe(true);
    const blocked = allowsInline(policy(`script-src ${cspHash('other')}`), undefined, CODE);
    expect(blocked).toEqual({ allowed: false, reason: `no nonce or hash allows it, and its hash ${cspHash(CODE)} is not listed` });
  });
});

describe('the loader under a policy', () => {
  it.each([
    ['script-src https://api.flocktory.com', true],
    ['script-src api.flocktory.com', true],
    ['script-src *.flocktory.com', true],
    ['script-src https://*.flocktory.com', true],
    ['script-src https:', true],
    ['script-src *', true],
    ['script-src https://api.flocktory.com/v2/', true],
    ['script-src https://api.flocktory.com/v2/loader.js', true],
    ['script-src https://api.flocktory.com/v3/', false],
    ['script-src http://api.flocktory.com', true],
    ['script-src flocktory.com', false],
    ["script-src 'self'", false],
    ["script-src https://api.flocktory.com 'strict-dynamic' 'nonce-abc'", false],
    ["default-src 'none'", false],
  ])('%s → %s', (text, allowed) => {
    expect(allowsExternal(policy(text), undefined, LOADER, PAGE).allowed).toBe(allowed);
  });

  it("allows a loader with the nonce under 'strict-dynamic', and a same-origin stand-in under 'self'", () => {
    expect(allowsExternal(policy("script-src 'nonce-abc' 'strict-dynamic'"), 'abc', LOADER, PAGE).allowed).toBe(true);
    expect(allowsExternal(policy("script-src 'self'"), undefined, new URL('https://shop.example/stub/loader.js'), PAGE).allowed).toBe(true);
  });
});

describe('CSP on a page', () => {
  const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const snippet = `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: 'a@example.com'}, order: {id: '1', price: 1, items: [{id: 'a'}]}}]);</script>`;
  const loader = '<script async src="https://api.flocktory.com/v2/loader.js?site_id=1"></script>';
  const codes = (html: string, options = {}) => checkHtml(html, options).findings.map((item) => item.code);

  it('reads the response header; every one of several policies must allow', () => {
    expect(codes(page(loader, snippet), { csp: "script-src 'unsafe-inline' https://api.flocktory.com" })).toEqual([]);
    expect(codes(page(loader, snippet), { csp: "script-src 'unsafe-inline' https://api.flocktory.com, script-src 'self'" })).toEqual([
      'csp_blocks_loader',
      'csp_blocks_script',
    ]);
  });

  it('applies a <meta> policy only to the scripts after it', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'">`;
    expect(codes(page(loader + meta, snippet))).toEqual(['csp_blocks_script']);
  });

  it('reports what a report-only policy would block, as info', () => {
    const report = checkHtml(page(loader, snippet), { cspReportOnly: "script-src 'self'" });
    expect(report.findings.map((item) => `${item.severity} ${item.code}`)).toEqual(['info csp_report_only', 'info csp_report_only']);
  });
});

describe('which scripts get a CSP verdict', () => {
  it('a script that only mentions Flocktory in data (a framework payload) does not', () => {
    const html = `<!DOCTYPE html><html><head><script async nonce="n" src="https://api.flocktory.com/v2/loader.js?site_id=1"></script></head><body>
      <script>self.__next_f = self.__next_f || []; self.__next_f.push([1, "window.flocktory.push(...)"]);</script></body></html>`;
    expect(checkHtml(html, { csp: "script-src 'nonce-n' 'strict-dynamic'" }).findings).toEqual([]);
  });
});
