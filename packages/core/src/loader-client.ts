/**
 * Browser side of the loader: a framework that mounts the loader on the client (client-only app,
 * or the loader's first appearance after client-side navigation) cannot rely on the script
 * element it renders: React 18 never runs it, Vue runs it on every mount. So adapters add it here,
 * once per page view.
 */

// One flag per page, shared by every copy of this module that a bundler may have made.
const LOADED = Symbol.for('flocktory-ssr.loader');

/** `<script data-flocktory="loader">` marks a loader this module added. */
export const LOADER_MARKER = 'data-flocktory';

/**
 * Adds `<script async src nonce>` to `<head>` unless this page has it already: added earlier
 * here, or in the page already with the same `src` (server HTML, or hoisted by React 19).
 * Returns whether it added one.
 */
export function ensureLoaderScript(loader: { src: string; nonce?: string | undefined }): boolean {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (holder[LOADED] || typeof document === 'undefined') return false;
  holder[LOADED] = true;
  for (const script of Array.from(document.scripts)) {
    if (script.getAttribute('src') === loader.src || script.getAttribute(LOADER_MARKER) === 'loader') return false;
  }
  const script = document.createElement('script');
  script.async = true;
  script.src = loader.src;
  if (loader.nonce) script.nonce = loader.nonce;
  script.setAttribute(LOADER_MARKER, 'loader');
  document.head.appendChild(script);
  return true;
}

/** For tests: forget that this page added the loader. */
export function resetLoaderScript(): void {
  delete (globalThis as unknown as Record<symbol, boolean | undefined>)[LOADED];
}
