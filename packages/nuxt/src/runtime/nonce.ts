import { useNuxtApp } from '#imports';
import { BODY_SCRIPT } from './body-script-flag';

interface RequestContext {
  security?: { nonce?: string };
  [BODY_SCRIPT]?: boolean;
}

/** This request's event context (undefined on the client). Needs a Nuxt context. */
function requestContext(): RequestContext | undefined {
  return useNuxtApp().ssrContext?.event?.context as RequestContext | undefined;
}

/**
 * nuxt-security's nonce for this request, if it made one (undefined on the client, which has no
 * request). Needs a Nuxt context: call it in `setup()`, a plugin or a render.
 */
export function requestNonce(): string | undefined {
  return requestContext()?.security?.nonce || undefined;
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

/** `ownNonce` for an inline script in the page's body: also marks the request as having one. */
export function bodyScriptNonce(given: string | null | undefined): string | null | undefined {
  const context = requestContext();
  if (context) context[BODY_SCRIPT] = true;
  return context?.security?.nonce || given;
}
