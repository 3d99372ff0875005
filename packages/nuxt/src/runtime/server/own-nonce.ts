import { dropAddedNonce } from './drop-added-nonce';

interface RenderResponse {
  body?: unknown;
}
interface RenderContext {
  event: { context: { security?: { nonce?: string } } };
}
interface NitroAppLike {
  hooks: { hook(name: 'render:response', handler: (response: RenderResponse, context: RenderContext) => void): void };
}

/**
 * Nitro plugin: after every `render:html` hook (whichever module registered first), removes the
 * nonce nuxt-security added to scripts that already carry it (see `dropAddedNonce`).
 */
export default function flocktoryOwnNonce(nitroApp: NitroAppLike): void {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const nonce = event.context.security?.nonce;
    if (nonce && typeof response.body === 'string') response.body = dropAddedNonce(response.body, nonce);
  });
}
