/**
 * `FlocktoryPostcheckout` as Next.js users import it, from `@flocktory-ssr/next`, through React's
 * renderToString. (The App Router render with `nonce="auto"` needs a Next.js request: it is
 * covered in test/e2e against next-shop, whose script text is compared to the core's there.)
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { FlocktoryPostcheckout } from '@flocktory-ssr/next';
import type { PostcheckoutInput } from '@flocktory-ssr/core';

import type { Adapter } from './types';

export const nextPackageRenderToString: Adapter = {
  name: 'Next package (@flocktory-ssr/next) renderToString',
  kind: 'fragment',
  transport: 'string',
  keepsCarriageReturn: false,
  takesRootKeys: false,
  render(input, options) {
    const { user, order, spot } = input as PostcheckoutInput & { spot?: string | null };
    return renderToString(
      createElement(FlocktoryPostcheckout, { user, order, ...(spot === undefined ? {} : { spot }), mode: options.mode, nonce: options.nonce, onError: options.onError }),
    );
  },
};
