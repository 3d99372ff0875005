import { renderLoader, renderPostcheckout, type LoaderOptions } from '@flocktory-ssr/html';

import type { LoaderAdapter } from './loader-types';
import type { Adapter } from './types';

export const htmlRenderPostcheckout: Adapter = {
  name: 'html renderPostcheckout',
  kind: 'fragment',
  render: (input, options) => renderPostcheckout(input, options),
};

export const htmlRenderLoader: LoaderAdapter = {
  name: 'html renderLoader',
  render: (options) => renderLoader(options as LoaderOptions),
};
