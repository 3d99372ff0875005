import { BODY_SCRIPT } from '../body-script-flag';
import { dropAddedNonce } from './drop-added-nonce';
import { splitOurScripts } from './split-our-scripts';

type HtmlContext = Record<'head' | 'bodyPrepend' | 'body' | 'bodyAppend', unknown[]>;
interface RenderContext {
  event: { context: { security?: { nonce?: string }; [BODY_SCRIPT]?: boolean } };
}
interface NitroAppLike {
  hooks: {
    hook(name: 'request', handler: () => void): void;
    hook(name: 'render:html', handler: (html: HtmlContext, context: RenderContext) => void): void;
  };
}

// Small parts of the page, searched whole; the body only in the parts that are our scripts.
const SMALL_SECTIONS = ['head', 'bodyPrepend', 'bodyAppend'] as const;

/** Each string part of `parts` through `edit`. */
function editParts(parts: unknown[], edit: (part: string) => string): void {
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (typeof part === 'string') parts[index] = edit(part);
  }
}

/**
 * Nitro plugin for nuxt-security's nonce rewrite (`render:html`), which adds its nonce to every
 * `<script` though ours carry it already (see `../nonce`). The module lists this plugin first.
 * - Before the rewrite: on a page where our components put a script in the body, that script
 *   becomes a part of the body of its own (`splitOurScripts`). The rest of the body then holds no
 *   `<script` the rewrite must edit, so it is not copied for our sake: on a 100 KB body that copy
 *   cost the rewrite ~0.2 ms, about as much as the rest of our work on the page.
 * - After the rewrite (a hook added at the first request, so after every plugin's own, whichever
 *   module was listed first): the nonce it added is removed from our scripts (`dropAddedNonce`),
 *   in the page's small sections and in the body's parts that start with a script.
 */
export default function flocktoryOwnNonce(nitroApp: NitroAppLike): void {
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    if (event.context.security?.nonce && event.context[BODY_SCRIPT]) html.body = splitOurScripts(html.body);
  });
  let added = false;
  nitroApp.hooks.hook('request', () => {
    if (added) return;
    added = true;
    nitroApp.hooks.hook('render:html', (html, { event }) => {
      const nonce = event.context.security?.nonce;
      if (!nonce) return;
      const drop = (part: string) => dropAddedNonce(part, nonce);
      for (const section of SMALL_SECTIONS) editParts(html[section], drop);
      const rewritten = `<script nonce="${nonce}"`;
      editParts(html.body, (part) => (part.startsWith(rewritten) ? drop(part) : part));
    });
  });
}
