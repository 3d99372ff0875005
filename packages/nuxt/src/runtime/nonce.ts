import { useNuxtApp } from '#imports';

/**
 * nuxt-security's nonce for this request, if it made one (undefined on the client, which has no
 * request). Needs a Nuxt context: call it in `setup()`, a plugin or a render.
 */
export function requestNonce(): string | undefined {
  const security = (useNuxtApp().ssrContext?.event?.context as { security?: { nonce?: string } } | undefined)?.security;
  return security?.nonce || undefined;
}

/**
 * The nonce our scripts carry: nuxt-security's for this request when it made one, else the one
 * given. We render it ourselves rather than rely on nuxt-security's `render:html` rewrite, which
 * pairs `"` characters across the whole body: one unbalanced `"` in the page above a script (a
 * `v-html` block, order data) leaves that script without a nonce, and the CSP then blocks it.
 * Where the rewrite does reach our script it adds a second, equal nonce; the server plugin
 * (`server/own-nonce`) removes that copy.
 */
export function ownNonce(given: string | null | undefined): string | null | undefined {
  return requestNonce() || given;
}
