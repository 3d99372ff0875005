import { buildPostcheckout, ORDER_ATTRIBUTE, type PostcheckoutInput, type PostcheckoutSnippet } from '@flocktory-ssr/core';
import { markOrderSent, pushPostcheckoutOnce, seedFromDocument } from '@flocktory-ssr/core/client';
import {
  computed,
  createCommentVNode,
  defineComponent,
  h,
  onMounted,
  toValue,
  watch,
  type ComputedRef,
  type MaybeRefOrGetter,
  type VNode,
} from 'vue';

import type { PostcheckoutOptions } from './options';
import { isServerRendering, serverScriptAttribute } from './render-context';

// Orders whose inline script came with the server HTML already ran while the page was parsed.
// Recorded now, before Vue renders anything, so they are never pushed a second time.
seedFromDocument();

/**
 * The snippet for `input`, pushed from JavaScript once per order id after mount and whenever the
 * order changes. Pushes nothing for an order that was sent already (server HTML, an earlier mount,
 * a KeepAlive'd copy): the shared registry in `@flocktory-ssr/core/client` decides.
 */
export function usePostcheckoutSnippet(
  input: () => PostcheckoutInput | null | undefined,
  options: () => PostcheckoutOptions,
): ComputedRef<PostcheckoutSnippet | null> {
  const snippet = computed(() => {
    const value = input();
    return value ? buildPostcheckout(value, options()) : null;
  });
  let mounted = false;
  const push = (): void => {
    const current = snippet.value;
    if (mounted && current) pushPostcheckoutOnce(current.data);
  };
  onMounted(() => {
    mounted = true;
    push();
  });
  watch(() => snippet.value?.data.order.id, push, { flush: 'post' });
  return snippet;
}

/**
 * Render function for the `<script>`: the full inline script during SSR; while hydrating, an
 * empty script vnode that adopts the server's element (already run, never run again, and an
 * empty client vnode could not run anything even if Vue created it); otherwise a comment.
 * Vue would execute a script it creates on the client, on every mount, so it never gets code.
 */
export function useScriptRenderer(snippet: () => PostcheckoutSnippet | null): () => VNode {
  const ssr = isServerRendering();
  let serverOrder = ssr ? null : serverScriptAttribute(ORDER_ATTRIBUTE);
  if (serverOrder !== null) markOrderSent(serverOrder);
  return () => {
    const current = snippet();
    if (current && ssr) {
      return h('script', { [ORDER_ATTRIBUTE]: current.data.order.id, nonce: current.nonce, innerHTML: current.code });
    }
    if (current && current.data.order.id === serverOrder) return h('script', { [ORDER_ATTRIBUTE]: serverOrder });
    // Once the server's element is gone it must never come back as a new (client-made) element.
    serverOrder = null;
    return createCommentVNode();
  };
}

export interface UseFlocktoryPostcheckout {
  /** The validated snippet (null when there is no input or, in safe mode, the order is invalid). */
  snippet: ComputedRef<PostcheckoutSnippet | null>;
  /** Place `<component :is="Script" />` in the template to server-render the inline script. */
  Script: ReturnType<typeof defineComponent>;
}

/**
 * For `<script setup>` pages: pushes the order exactly once per page view (client navigation,
 * remounts), and returns `Script`, a component that server-renders the inline script.
 */
export function useFlocktoryPostcheckout(
  input: MaybeRefOrGetter<PostcheckoutInput | null | undefined>,
  options: MaybeRefOrGetter<PostcheckoutOptions> = {},
): UseFlocktoryPostcheckout {
  const snippet = usePostcheckoutSnippet(() => toValue(input), () => toValue(options));
  const Script = defineComponent({
    setup: () => useScriptRenderer(() => snippet.value),
  });
  return { snippet, Script };
}
