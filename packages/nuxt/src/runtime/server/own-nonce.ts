import { dropAddedNonce } from './drop-added-nonce';

type Section = 'head' | 'bodyPrepend' | 'body' | 'bodyAppend';
const SECTIONS: readonly Section[] = ['head', 'bodyPrepend', 'body', 'bodyAppend'];

type HtmlContext = Record<Section, unknown[]>;
interface RenderContext {
  event: { context: { security?: { nonce?: string } } };
}
interface NitroAppLike {
  hooks: {
    hook(name: 'request', handler: () => void): void;
    hook(name: 'render:html', handler: (html: HtmlContext, context: RenderContext) => void): void;
  };
}

/**
 * Nitro plugin: after nuxt-security's `render:html` rewrite, removes the nonce it added to scripts
 * that already carry it (see `dropAddedNonce`). It works on the page's parts before Nitro joins them,
 * not on the finished body: a string edit of the whole body would have V8 copy the page once more
 * per request (~226 KB for a 113 KB page of Cyrillic text). Hooks run in the order they were added,
 * so ours is added at the first request, after every plugin's own, whichever module was listed first.
 */
export default function flocktoryOwnNonce(nitroApp: NitroAppLike): void {
  let added = false;
  nitroApp.hooks.hook('request', () => {
    if (added) return;
    added = true;
    nitroApp.hooks.hook('render:html', (html, { event }) => {
      const nonce = event.context.security?.nonce;
      if (!nonce) return;
      for (const section of SECTIONS) {
        const parts = html[section];
        for (let index = 0; index < parts.length; index++) {
          const part = parts[index];
          if (typeof part === 'string') parts[index] = dropAddedNonce(part, nonce);
        }
      }
    });
  });
}
