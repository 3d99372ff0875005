import { buildPostcheckout, SCRIPT_ATTRIBUTE, type PostcheckoutInput, type PostcheckoutSnippet } from '@flocktory-ssr/core';
import { orderIdOfCode, pushPostcheckoutOnce } from '@flocktory-ssr/core/client';
import { computed, onMounted, toValue, watch, type ComputedRef, type defineComponent, type MaybeRefOrGetter, type VNode } from 'vue';

import type { PostcheckoutOptions } from './options';
import { scriptSsrRender } from './script-ssr-render';
import { rawInput } from './server-input';
import { inServerRender, useServerScript } from './server-script';

/**
 * The snippet for `input`, pushed from JavaScript once per order id after mount and whenever the
 * order changes. Pushes nothing for an order that was sent already (its inline script ran, an
 * earlier mount, a KeepAlive'd copy): the page-wide list in `@flocktory-ssr/core/client`, checked
 * at push time, decides. A server script that a CSP blocked never made it into that list, so its
 * order is pushed from here.
 */
export function usePostcheckoutSnippet(
  input: () => PostcheckoutInput | null | undefined,
  options: () => PostcheckoutOptions,
): ComputedRef<PostcheckoutSnippet | null> {
  const server = inServerRender();
  const snippet = computed(() => {
    const value = input();
    // Raw reads are a server build's saving (tsup.config.ts); proxies give the same values.
    return value ? buildPostcheckout(__FLOCKTORY_SERVER__ && server ? rawInput(value) : value, options()) : null;
  });
  // Nothing mounts on the server.
  if (server) return snippet;
  // Watching from mount on: `immediate` pushes the mounted order, later changes push after the
  // DOM update. Created in a hook, it still stops on unmount.
  onMounted(() => {
    watch(
      () => snippet.value?.data,
      (data) => data && pushPostcheckoutOnce(data, options().onError),
      { immediate: true, flush: 'post' },
    );
  });
  return snippet;
}

/**
 * Render function for the inline `<script>` (see `useServerScript`): the full script during SSR,
 * the server's element adopted while hydrating, else a comment.
 */
export function useSnippetScript(snippet: ComputedRef<PostcheckoutSnippet | null>): () => VNode {
  return useServerScript(
    'postcheckout',
    () => {
      const current = snippet.value;
      return (
        current && {
          attrs: { [SCRIPT_ATTRIBUTE]: 'postcheckout', nonce: current.nonce, innerHTML: current.code },
          key: current.data.order.id,
        }
      );
    },
    orderIdOfCode,
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
  const snippet = usePostcheckoutSnippet(
    () => toValue(input),
    () => toValue(options),
  );
  // Options only: `defineComponent` would return this same object, untouched. No attribute of the
  // parent's (`<component :is="Script" v-bind="x" />`) may reach the script; the server build writes
  // it through ssrRender, without a vnode (the browser build through the render function).
  const Script: UseFlocktoryPostcheckout['Script'] = {
    inheritAttrs: false,
    setup: () => useSnippetScript(snippet),
    ...(__FLOCKTORY_SERVER__ && { ssrRender: scriptSsrRender('postcheckout', () => snippet.value) }),
  };
  return { snippet, Script };
}
