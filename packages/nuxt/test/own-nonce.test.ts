/**
 * The module's nonce plugin around nuxt-security's rewrite, with a stand-in for that rewrite (it
 * prepends the nonce to every `<script` of each part, as nuxt-security's `injectNonceToTags`
 * does, when nuxt-security made a nonce for the request). Hooks run in the order they were added, as Nitro's do.
 */
import { describe, expect, it } from 'vitest';

import flocktoryOwnNonce from '../src/runtime/server/own-nonce';

type Html = Record<'head' | 'bodyPrepend' | 'body' | 'bodyAppend', unknown[]>;
type Handler = (html: Html, context: { event: { context: Record<string, unknown> } }) => void;

const N = 'bm9uY2U=';
const ours = (kind: string) => `<script data-flocktory="${kind}" nonce="${N}">push()</script>`;

/** A Nitro app with our plugin, then nuxt-security's rewrite; renders `html` for a request. */
function nitroWithRewrite() {
  const hooks: Record<string, Array<(...args: never[]) => void>> = {};
  const app = { hooks: { hook: (name: string, handler: (...args: never[]) => void) => void (hooks[name] ??= []).push(handler) } };
  flocktoryOwnNonce(app as never);
  const rewritten: string[] = [];
  app.hooks.hook('render:html', ((html, { event }) => {
    if (!event.context.security) return;
    for (const section of ['head', 'bodyPrepend', 'body', 'bodyAppend'] as const) {
      html[section] = html[section].map((part) => {
        if (typeof part !== 'string' || !part.includes('<script')) return part;
        rewritten.push(part);
        return part.replaceAll('<script', `<script nonce="${N}"`);
      });
    }
  }) as Handler);
  return {
    rewritten,
    render(html: Html, context: Record<string, unknown>): string {
      for (const handler of hooks.request ?? []) (handler as () => void)();
      for (const handler of hooks['render:html'] ?? []) (handler as Handler)(html, { event: { context } });
      return [...html.head, ...html.bodyPrepend, ...html.body, ...html.bodyAppend].join('');
    },
  };
}

const page = (body: string): Html => ({
  head: [`<script data-hid="flocktory-loader" src="/l.js" async nonce="${N}" data-flocktory="loader"></script>`],
  bodyPrepend: [],
  body: [body, '<div id="teleports"></div>'],
  bodyAppend: ['<script type="module" src="/_nuxt/entry.js"></script>'],
});

describe('our nonce plugin with nuxt-security', () => {
  it('gives our body scripts parts of their own before the rewrite, and one nonce after it', () => {
    const nitro = nitroWithRewrite();
    const body = `<main><p>"</p>${ours('postcheckout')}<ul>${'<li>Товар</li>'.repeat(50)}</ul>${ours('update-cart')}</main>`;
    const html = nitro.render(page(body), { security: { nonce: N }, flocktoryBodyScript: true });
    // The rewrite only had to edit our scripts, the head and Nuxt's scripts, never the body's text.
    expect(nitro.rewritten.filter((part) => part.includes('<main>') || part.includes('<li>'))).toEqual([]);
    expect(html).toBe(
      `<script data-hid="flocktory-loader" src="/l.js" async nonce="${N}" data-flocktory="loader"></script>` +
        `${body}<div id="teleports"></div><script nonce="${N}" type="module" src="/_nuxt/entry.js"></script>`,
    );
  });

  it('leaves the body whole on a page without a script of ours in it, and everything alone without a nonce', () => {
    const nitro = nitroWithRewrite();
    const body = '<main><script type="application/ld+json">{}</script></main>';
    expect(nitro.render(page(body), { security: { nonce: N } })).toContain(`<main><script nonce="${N}" type="application/ld+json">`);
    expect(nitro.rewritten).toContain(body);
    const without = nitroWithRewrite();
    const parts = page(`<main>${ours('postcheckout')}</main>`);
    const same = structuredClone(parts);
    without.render(parts, { flocktoryBodyScript: true });
    expect(parts.body).toEqual(same.body);
  });
});
