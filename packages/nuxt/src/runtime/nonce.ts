import { useNuxtApp } from '#imports';

/**
 * The nonce to render ourselves. When nuxt-security made a nonce for this request, it adds
 * `nonce="…"` to every `<script` of the server HTML (ours too) in its `render:html` hook, and a
 * second nonce attribute would only duplicate it: so then none; otherwise the one given.
 */
export function ownNonce(given: string | null | undefined): string | null | undefined {
  const security = (useNuxtApp().ssrContext?.event?.context as { security?: { nonce?: string } } | undefined)?.security;
  return security?.nonce ? undefined : given;
}
