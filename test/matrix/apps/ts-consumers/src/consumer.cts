// Every documented entry, required from CommonJS (TypeScript emits require()); each must resolve
// with real types (not `any`). The Nuxt module is ESM-only, like the nuxt.config.ts that uses it.
import { createElement } from 'react';
import { buildPostcheckout, FlocktoryValidationError, type PostcheckoutInput } from '@flocktory-ssr/core';
import { buildLoader } from '@flocktory-ssr/core/loader';
import * as client from '@flocktory-ssr/core/client';
import { cspHash } from '@flocktory-ssr/core/csp-hash';
import { escapeAttribute, markerHtml } from '@flocktory-ssr/core/markup';
import { renderLoader, renderPostcheckout } from '@flocktory-ssr/html';
import { flocktory, registerHandlebarsHelpers } from '@flocktory-ssr/html/express';
import { FlocktoryLoader, FlocktoryPostcheckout } from '@flocktory-ssr/react';
import { FlocktoryLoader as NextLoader, nonceFromHeaders } from '@flocktory-ssr/next';
import { FlocktoryPostcheckout as AppPostcheckout, getNonce } from '@flocktory-ssr/next/app';
import type { FlocktoryLoader as VueLoader, FlocktoryPostcheckout as VuePostcheckout } from '@flocktory-ssr/vue';

/** `never` when T is `any`: an entry whose types silently failed to resolve does not type-check. */
type Typed<T> = 0 extends 1 & T ? never : T;

const purchase: PostcheckoutInput = { user: { email: 'ada@example.com' }, order: { id: 7, price: '2 999,00', items: [{ id: 'sku-1' }] } };
// @ts-expect-error an order needs items
const noItems: PostcheckoutInput = { user: { email: 'ada@example.com' }, order: { id: 7, price: 1 } };

export const core = [
  buildPostcheckout(purchase, { mode: 'safe' })?.code,
  buildLoader({ siteId: 42 })?.src,
  cspHash('x'),
  markerHtml([['class', 'i-flocktory']]) + escapeAttribute('"'),
  noItems,
  FlocktoryValidationError,
];
export const registry: Typed<typeof client> = client;
export const html: string = renderLoader({ siteId: 42 }) + renderPostcheckout(purchase);
export const middleware = flocktory({ siteId: 42 });
// @ts-expect-error the site id is required
flocktory({});
registerHandlebarsHelpers({ registerHelper() {} });

export const react = [
  createElement(FlocktoryLoader, { siteId: '42' }),
  createElement(FlocktoryPostcheckout, purchase),
  createElement(NextLoader, { siteId: '42', nonce: nonceFromHeaders({}) }),
  createElement(AppPostcheckout, { ...purchase, nonce: 'auto' }),
  // @ts-expect-error the site id is required
  createElement(FlocktoryLoader, {}),
];
export const nonce: Promise<string | undefined> = getNonce();

export const vueProps: InstanceType<typeof VuePostcheckout>['$props'] = { user: purchase.user, order: purchase.order };
// @ts-expect-error the site id is required
export const vueLoaderProps: InstanceType<typeof VueLoader>['$props'] = {};
