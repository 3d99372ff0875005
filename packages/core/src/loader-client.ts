/**
 * Browser side of the loader: a framework that mounts the loader on the client (client-only app,
 * or the loader's first appearance after client-side navigation) cannot rely on the script
 * element it renders: React 18 never runs it, Vue runs it on every mount. So adapters add it here,
 * once per page view.
 */
import { SCRIPT_ATTRIBUTE } from './constants';

// One flag per page, shared by every copy of this module that a bundler may have made.
const LOADED = /* @__PURE__ */ Symbol.for('flocktory-ssr.loader');

/**
 * Adds `<script async src nonce data-flocktory="loader">` to `<head>` unless this page has it
 * already: added earlier here, or in the page with the same `src` or our marker (server HTML, or
 * hoisted by React 19). Returns whether it added one. Never throws into the app: elements named
 * like `document`'s members (`<img name="scripts">`) shadow them.
 */
export function ensureLoaderScript(loader: { src: string; nonce?: string | undefined }): boolean {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[LOADED] || typeof document === 'undefined') return false;
  holder[LOADED] = true;
  try {
    for (const script of Array.from(document.scripts)) {
      if (script.getAttribute('src') === loader.src || script.getAttribute(SCRIPT_ATTRIBUTE) === 'loader') return false;
    }
    const script = document.createElement('script');
    script.async = true;
    script.src = loader.src;
    if (loader.nonce) script.nonce = loader.nonce;
    script.setAttribute(SCRIPT_ATTRIBUTE, 'loader');
    document.head.appendChild(script);
    return true;
  } catch {
    // The page is not ours to break; Flocktory's loader stays out.
    return false;
  }
}

/** For tests: forget that this page added the loader. */
export function resetLoaderScript(): void {
  delete (globalThis as unknown as Record<symbol, boolean | undefined>)[LOADED];
}
