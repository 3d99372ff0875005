import { buildLoader } from '@flocktory-ssr/core/loader';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { loaderScript } from '../src/runtime/loader-script';

const config = { siteId: '42', loaderSrc: '/flocktory-stub/loader.js', mode: 'safe' };
const built = (nonce: string | null | undefined, from = config, onError?: () => void) =>
  buildLoader({ siteId: from.siteId, src: from.loaderSrc || undefined, mode: from.mode as 'safe', nonce, onError });

afterEach(() => vi.restoreAllMocks());

describe('loaderScript (buildLoader for the module config)', () => {
  it('gives what buildLoader gives, request after request, for every kind of nonce', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let request = 0; request < 3; request++) {
      for (const nonce of ['ab+c/d==', 'x-y_z', undefined, null, '']) expect(loaderScript(config, nonce)).toEqual(built(nonce));
    }
    expect(errors).not.toHaveBeenCalled();
    // Not base64: no loader, and reported on each request, as buildLoader does.
    expect(loaderScript(config, '"><script>')).toBeNull();
    expect(loaderScript(config, '"><script>')).toBeNull();
    expect(errors).toHaveBeenCalledTimes(2);
  });

  it('follows a changed config', () => {
    const other = { ...config, siteId: '7', loaderSrc: '' };
    expect(loaderScript(config, 'n1')!.src).toBe('/flocktory-stub/loader.js?site_id=42');
    expect(loaderScript(other, 'n1')).toEqual(built('n1', other));
    expect(loaderScript(config, 'n1')!.src).toBe('/flocktory-stub/loader.js?site_id=42');
  });

  it('logs a config with an issue once per process, not once per request; a bad nonce every time', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ownSiteId = { ...config, loaderSrc: '/loader.js?site_id=2' };
    for (let request = 0; request < 3; request++) {
      expect(loaderScript(ownSiteId, 'n1')).toEqual(built('n1', ownSiteId, () => {}));
    }
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(
      /^\[@flocktory-ssr\/nuxt\] Flocktory loader config: src: .*site_id.*\(logged once per process\)$/,
    );
    const badSite = { ...config, siteId: 'abc' };
    expect(loaderScript(badSite, 'n1')).toBeNull();
    expect(loaderScript(badSite, 'n1')).toBeNull();
    expect(errors).toHaveBeenCalledTimes(2);
    expect(String(errors.mock.calls[1]![0])).toContain('siteId: ');
    // Not the configuration's issue: reported on each request.
    expect(loaderScript(badSite, '"><script>')).toBeNull();
    expect(loaderScript(badSite, '"><script>')).toBeNull();
    expect(errors).toHaveBeenCalledTimes(4);
  });
});
