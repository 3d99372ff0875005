import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_LOADER_SRC, FlocktoryValidationError, renderLoader } from '../src/index';
import { parseSingleScript } from '@flocktory-ssr/test-support';

describe('renderLoader', () => {
  it("renders Flocktory's loader with the site id", () => {
    const html = renderLoader({ siteId: '1234' });
    expect(html).toBe('<script async src="https://api.flocktory.com/v2/loader.js?site_id=1234"></script>');
    const script = parseSingleScript(html);
    expect(script.attributes).toEqual({ async: '', src: `${DEFAULT_LOADER_SRC}?site_id=1234` });
    expect(script.text).toBe('');
  });

  it('accepts a numeric site id, an own src and a nonce', () => {
    const script = parseSingleScript(renderLoader({ siteId: 42, src: '/flocktory-stub/loader.js', nonce: 'n0nce' }));
    expect(script.names).toEqual(['async', 'src', 'nonce']);
    expect(script.attributes).toEqual({ async: '', src: '/flocktory-stub/loader.js?site_id=42', nonce: 'n0nce' });
  });

  it("accepts a protocol-relative src, as Flocktory's Russian docs write it", () => {
    expect(renderLoader({ siteId: '1234', src: '//api.flocktory.com/v2/loader.js' })).toBe(
      '<script async src="//api.flocktory.com/v2/loader.js?site_id=1234"></script>',
    );
  });

  it('escapes & in the src attribute', () => {
    const html = renderLoader({ siteId: '7', src: 'https://cdn.example/loader.js?v=1&amp=2' });
    expect(html).toBe('<script async src="https://cdn.example/loader.js?v=1&amp;amp=2&amp;site_id=7"></script>');
    expect(parseSingleScript(html).attributes.src).toBe('https://cdn.example/loader.js?v=1&amp=2&site_id=7');
  });

  it('renders nothing for a bad site id or src in safe mode, and throws in strict mode', () => {
    const onError = vi.fn();
    expect(renderLoader({ siteId: 'abc', mode: 'safe', onError })).toBe('');
    expect(renderLoader({ siteId: '1', src: 'javascript:alert(1)', mode: 'safe', onError })).toBe('');
    expect(renderLoader({ siteId: '1', src: '///evil.example/x.js', mode: 'safe', onError })).toBe('');
    expect(onError).toHaveBeenCalledTimes(3);
    expect(() => renderLoader({ siteId: '', mode: 'strict' })).toThrow(FlocktoryValidationError);
  });

  it('refuses a numeric site id beyond 2^53 (it already lost digits) instead of rendering another site id', () => {
    const onError = vi.fn();
    expect(renderLoader({ siteId: 12345678901234567890, mode: 'safe', onError })).toBe('');
    expect(String(onError.mock.calls[0]![0].message)).toMatch(
      /siteId: invalid site id: .*pass it as a string \(received 12345678901234567000\)/,
    );
    expect(renderLoader({ siteId: '12345678901234567890' })).toContain('?site_id=12345678901234567890"');
  });
});
