import type { Page } from 'playwright-core';

/** Adds `<script src nonce>` to the page's head, as a loader arriving late would; resolves once it ran. */
export function loadScript(page: Page, src: string, nonce: string): Promise<void> {
  return page.evaluate(
    ([url, scriptNonce]) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.nonce = scriptNonce;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`${url} did not load`));
        document.head.append(script);
      }),
    [src, nonce] as const,
  );
}
