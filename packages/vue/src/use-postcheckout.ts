import { buildPostcheckout, ORDER_ATTRIBUTE, type PostcheckoutInput, type PostcheckoutSnippet } from '@flocktory-ssr/core';
import { markOrderSent, pushPostcheckoutOnce, seedFromDocument } from '@flocktory-ssr/core/client';
import {
  computed,
  onMounted,
  toValue,
  watch,
  type ComputedRef,
  type defineComponent,
  type MaybeRefOrGetter,
  type VNode,
} from 'vue';

import type { PostcheckoutOptions } from './options';
import { useServerScript } from './server-script';

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
  // Watching from mount on (never on the server): `immediate` pushes the mounted order, later
  // changes push after the DOM update. Created in a hook, it still stops on unmount.
  onMounted(() => {
    watch(() => snippet.value?.data, (data) => data && pushPostcheckoutOnce(data), { immediate: true, flush: 'post' });
  });
  return snippet;
}

/**
 * Render function for the inline `<script>` (see `useServerScript`): the full script during SSR,
 * the server's element adopted while hydrating (and its order marked sent), else a comment.
 */
export function useSnippetScript(snippet: ComputedRef<PostcheckoutSnippet | null>): () => VNode {
  return useServerScript(
    ORDER_ATTRIBUTE,
    () => {
      const current = snippet.value;
      return current && { [ORDER_ATTRIBUTE]: current.data.order.id, nonce: current.nonce, innerHTML: current.code };
    },
    markOrderSent,
  );
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
  // Options only: `defineComponent` would return this same object, untouched.
  const Script: UseFlocktoryPostcheckout['Script'] = { setup: () => useSnippetScript(snippet) };
  return { snippet, Script };
}
