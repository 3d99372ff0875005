import type { FlocktoryMode } from '@flocktory-ssr/core';

import { useRuntimeConfig } from '#imports';

/** The module's `mode` option, if one was set. */
export function configuredMode(): FlocktoryMode | undefined {
  const mode = useRuntimeConfig().public.flocktory?.mode;
  return mode === 'strict' || mode === 'safe' ? mode : undefined;
}
