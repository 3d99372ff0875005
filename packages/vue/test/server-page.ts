import { createSSRApp, type Component } from 'vue';
import { renderToString } from 'vue/server-renderer';

/**
 * What the HTTP + HTML parsing round trip does to a page: UTF-8 turns lone surrogates into
 * U+FFFD; the parser's input stream turns CR and CRLF into LF and NUL into U+FFFD.
 */
function asBrowserParses(html: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(html)).replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');
}

/**
 * What a browser does with server HTML: parse it, run its inline scripts once (innerHTML alone
 * runs nothing here) unless a CSP `blocked` them, hide nonces from the DOM (`nonce=""`), then the
 * app's module runs.
 */
export async function loadServerPage(app: () => Component, options: { hideNonce?: boolean; blocked?: boolean } = {}): Promise<HTMLElement> {
  const html = await renderToString(createSSRApp(app()));
  const container = document.createElement('div');
  container.id = 'app';
  container.innerHTML = asBrowserParses(html);
  document.body.appendChild(container);
  for (const script of Array.from(container.querySelectorAll('script'))) {
    if (script.textContent && !options.blocked) new Function(script.textContent)();
    if (options.hideNonce && script.hasAttribute('nonce')) script.setAttribute('nonce', '');
  }
  return container;
}
