// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureLoaderScript, resetLoaderScript } from '../src/client';

const SRC = 'https://api.flocktory.com/v2/loader.js?site_id=42';
const loaders = () => Array.from(document.querySelectorAll('script')).filter((script) => script.getAttribute('src') === SRC);

beforeEach(() => {
  resetLoaderScript();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('ensureLoaderScript', () => {
  it('adds one async script with the nonce to <head>, once per page', () => {
    expect(ensureLoaderScript({ src: SRC, nonce: 'bm9uY2U=' })).toBe(true);
    expect(ensureLoaderScript({ src: SRC, nonce: 'bm9uY2U=' })).toBe(false);
    const [script, ...rest] = loaders();
    expect(rest).toHaveLength(0);
    expect(script!.parentNode).toBe(document.head);
    expect((script as HTMLScriptElement).async).toBe(true);
    expect((script as HTMLScriptElement).nonce).toBe('bm9uY2U=');
    expect(script!.getAttribute('data-flocktory')).toBe('loader');
  });

  it('adds none when the page has a script with the same src (server HTML, React 19 hoisting)', () => {
    document.body.innerHTML = `<script async src="${SRC.replace('&', '&amp;')}"></script>`;
    expect(ensureLoaderScript({ src: SRC })).toBe(false);
    expect(loaders()).toHaveLength(1);
  });

  it('adds none when a loader this module added is there (another copy of the module)', () => {
    document.head.innerHTML = '<script data-flocktory="loader" src="/other/loader.js"></script>';
    expect(ensureLoaderScript({ src: SRC })).toBe(false);
    expect(loaders()).toHaveLength(0);
  });
});
