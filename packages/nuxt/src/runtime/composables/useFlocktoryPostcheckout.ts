import {
  useFlocktoryPostcheckout as useVuePostcheckout,
  type PostcheckoutOptions,
  type UseFlocktoryPostcheckout,
} from '@flocktory-ssr/vue';
import type { PostcheckoutInput } from '@flocktory-ssr/core';
import { toValue, type MaybeRefOrGetter } from 'vue';

import { bodyScriptNonce } from '../nonce';
import { configuredMode } from '../options';

/**
 * Pushes the order exactly once per page view; render the returned `Script` component
 * (`<component :is="Script" />`) to also put the inline script into the server HTML.
 */
export function useFlocktoryPostcheckout(
  input: MaybeRefOrGetter<PostcheckoutInput | null | undefined>,
  options: MaybeRefOrGetter<PostcheckoutOptions> = {},
): UseFlocktoryPostcheckout {
  const mode = configuredMode();
  return useVuePostcheckout(input, () => {
    const given = toValue(options);
    return { ...given, mode: given.mode ?? mode, nonce: bodyScriptNonce(given.nonce) };
  });
}
