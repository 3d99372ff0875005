import type { FlocktoryMode, FlocktoryValidationError } from '@flocktory-ssr/core';
import type { PropType } from 'vue';

/** Options of the composable: the core's options for one snippet. */
export interface PostcheckoutOptions {
  mode?: FlocktoryMode;
  nonce?: string | null;
  onError?: (error: FlocktoryValidationError) => void;
}

/** Props shared by both components. `onError` doubles as the `error` event (`@error`). No defaults: absent props are undefined. */
export const commonProps = {
  /** CSP nonce; rendered on the server only (browsers hide it from the DOM anyway). */
  nonce: String as PropType<string | null>,
  mode: String as PropType<FlocktoryMode>,
  onError: Function as PropType<(error: FlocktoryValidationError) => void>,
} as const;

/** `props` and the common ones; called `/* @__PURE__ *\/` (see withMarkerOptions). */
export function withCommonProps<P extends object>(props: P): P & typeof commonProps {
  return { ...props, ...commonProps };
}
