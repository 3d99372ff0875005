/**
 * `FlocktoryPostcheckout` as Next.js users import it, from `@flocktory-ssr/next`, through React's
 * renderToString. (The App Router render with `nonce="auto"` needs a Next.js request: it is
 * covered in test/e2e against next-shop, whose script text is compared to the core's there.)
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { FlocktoryPostcheckout } from '@flocktory-ssr/next';

import type { Adapter } from './types';

export const nextPackageRenderToString: Adapter = {
  name: 'Next package (@flocktory-ssr/next) renderToString',
  kind: 'fragment',
  takesRootKeys: false,
  render(input, options) {
    // The whole input spread onto the props, as shops do.
    return renderToString(createElement(FlocktoryPostcheckout, { ...input, mode: options.mode, nonce: options.nonce, onError: options.onError }));
  },
};
