/**
 * A small app's use of every entry, as TypeScript source. Type-level only (nothing is run): what
 * must compile does, and each `@ts-expect-error` proves a type is really checked, not `any` or
 * `{}` (what an unresolved import inside a package's .d.ts silently turns props into).
 */
export type Format = 'esm' | 'cjs';

/** Entries this consumer imports: the resolution test fails when a package gains one not here. */
export const CONSUMED = [
  '@flocktory-ssr/core',
  '@flocktory-ssr/core/loader',
  '@flocktory-ssr/core/client',
  '@flocktory-ssr/core/csp-hash',
  '@flocktory-ssr/core/mappers',
  '@flocktory-ssr/core/bridge',
  '@flocktory-ssr/core/markup',
  '@flocktory-ssr/html',
  '@flocktory-ssr/html/express',
  '@flocktory-ssr/react',
  '@flocktory-ssr/react/adapter',
  '@flocktory-ssr/next',
  '@flocktory-ssr/next/app',
  '@flocktory-ssr/vue',
  '@flocktory-ssr/nuxt',
];

export function consumerSource(format: Format): string {
  // A Nuxt module is ESM only, as Nuxt loads it; CommonJS consumers never import it.
  const nuxt =
    format === 'esm'
      ? `
import flocktoryNuxt, { type FlocktoryUserResolver, type ModuleOptions } from '@flocktory-ssr/nuxt';
export const resolveUser: FlocktoryUserResolver = (event: { path: string }) => (event.path.includes('signed-in') ? { email: 'ann@example.com' } : null);
// @ts-expect-error a resolver returns a user object or null
export const badResolver: FlocktoryUserResolver = () => 'ann@example.com';
export const nuxtOptions: ModuleOptions = { siteId: 1234, mode: 'safe', reInit: false, user: '~~/server/flocktory-user' };
// @ts-expect-error mode is 'strict' or 'safe'
export const nuxtBadMode: ModuleOptions = { mode: 'loose' };
export { flocktoryNuxt };
`
      : '';
  return `import {
  buildItemView,
  buildPostcheckout,
  buildUpdateCart,
  buildUser,
  FlocktoryValidationError,
  resolveMode,
  type CartLineInput,
  type FlocktoryMode,
  type ItemViewInput,
  type MarkerAttributes,
  type PostcheckoutInput,
} from '@flocktory-ssr/core';
import { buildLoader, type LoaderOptions } from '@flocktory-ssr/core/loader';
import { addToCart, ensureLoaderScript, pushPostcheckoutOnce, reInitAfterNavigation, updateCart } from '@flocktory-ssr/core/client';
import { cspHash } from '@flocktory-ssr/core/csp-hash';
import { fromGa4AddToCart, fromGa4Purchase } from '@flocktory-ssr/core/mappers';
import { bridgeDataLayer } from '@flocktory-ssr/core/bridge';
import { escapeAttribute, markerHtml } from '@flocktory-ssr/core/markup';
import { FlocktoryValidationError as HtmlError, renderLoader, renderPostcheckout, renderUpdateCart, renderUser } from '@flocktory-ssr/html';
import { flocktory, registerHandlebarsHelpers, type FlocktoryLocals } from '@flocktory-ssr/html/express';
import {
  buildPostcheckout as reactBuild,
  FlocktoryCategoryView,
  FlocktoryExchange,
  FlocktoryItemView,
  FlocktoryLoader,
  FlocktoryPageView,
  FlocktoryPostcheckout,
  FlocktoryUpdateCart,
  FlocktoryUser,
  useFlocktoryCart,
  type FlocktoryCart,
} from '@flocktory-ssr/react';
import type * as reactMain from '@flocktory-ssr/react';
import * as reactAdapter from '@flocktory-ssr/react/adapter';
import type * as nextApp from '@flocktory-ssr/next/app';
import { FlocktoryItemView as NextItemView, FlocktoryLoader as NextLoader, FlocktoryPageView as PagesPageView, FlocktoryValidationError as NextError, nonceFromHeaders } from '@flocktory-ssr/next';
import {
  FlocktoryLoader as AppLoader,
  FlocktoryPageView as AppPageView,
  FlocktoryPostcheckout as AppPostcheckout,
  FlocktoryUpdateCart as AppUpdateCart,
  getNonce,
} from '@flocktory-ssr/next/app';
import { FlocktoryPostcheckout as VuePostcheckout, normalizePostcheckout, useFlocktoryPostcheckout } from '@flocktory-ssr/vue';
import { FlocktoryCategoryView as VueCategoryView, FlocktoryExchange as VueExchange, FlocktoryItemView as VueItemView, FlocktoryPageView as VuePageView, FlocktoryUpdateCart as VueUpdateCart, FlocktoryUser as VueUser, flocktoryRouter, useFlocktoryCart as useVueFlocktoryCart, type AfterEachRouter } from '@flocktory-ssr/vue';
import type { ComponentProps } from 'react';
import type { Response } from 'express';

const input: PostcheckoutInput = { user: { email: 'ann@example.com' }, order: { id: 1, price: '2 999,00', items: [{ id: 'a', count: 1 }] } };
// @ts-expect-error order is required
export const noOrder: PostcheckoutInput = { user: { email: 'ann@example.com' } };
const mode: FlocktoryMode = resolveMode(undefined);
export const code: string | undefined = buildPostcheckout(input, { mode })?.code;
export const isError = (error: unknown): boolean => error instanceof FlocktoryValidationError || error instanceof HtmlError || error instanceof NextError;

const loaderOptions: LoaderOptions = { siteId: 1234 };
export const src: string | undefined = buildLoader(loaderOptions)?.src;
// @ts-expect-error siteId is required
export const noSiteId: LoaderOptions = {};
export const pushed: boolean = pushPostcheckoutOnce(buildPostcheckout(input)!.data);
export const added: boolean = ensureLoaderScript({ src: '/loader.js' });
export const hash: string = cspHash('x');
export const mapped: PostcheckoutInput = fromGa4Purchase({ transaction_id: 'T1', value: 10, items: [{ item_id: 'a' }] }, { email: 'ann@example.com' }, { mode: 'safe' });
// @ts-expect-error the buyer is required: GA4 carries no personal data
export const mappedNoUser = fromGa4Purchase({ transaction_id: 'T1', value: 10, items: [] });
export const stopBridge: () => void = bridgeDataLayer([]);

export const userMarker: MarkerAttributes | null = buildUser({ phone: '+7 999 888 77 66' });
// @ts-expect-error an e-mail, a phone or an id is required
export const anonymousMarker = buildUser({ name: 'Ann' });
const product: ItemViewInput = { id: 7, available: true };
export const itemMarker = buildItemView(product);
export const itemHtml: string = itemMarker ? markerHtml(itemMarker) : escapeAttribute('');
// @ts-expect-error markerHtml takes the builders' attributes, not null
markerHtml(null);
const cart: CartLineInput[] = [{ id: 'a', price: '1 200', count: 1 }];
// @ts-expect-error a cart line's price is required
export const noPrice: CartLineInput = { id: 'a', count: 1 };
export const cartCode: string | undefined = buildUpdateCart(cart)?.code;
export const clientPushes: boolean = addToCart({ id: 'a', count: 1 }) && updateCart(cart) && reInitAfterNavigation();
// @ts-expect-error addToCart's count is required
addToCart({ id: 'a' });
export const forwarded: boolean[] = fromGa4AddToCart({}).map((item) => addToCart(item));
export const markers: string = renderUser({ email: 'ann@example.com' }) + renderUpdateCart(cart);

export const html: string = renderPostcheckout(input) + renderLoader({ siteId: '1' });
export const middleware = flocktory({ siteId: '1234' });
registerHandlebarsHelpers({ registerHelper() {} });
// Declaration merging: Express's own Response knows res.locals.flocktory.
export const locals = (res: Response): FlocktoryLocals => res.locals.flocktory;

export const loaderProps: ComponentProps<typeof FlocktoryLoader> = { siteId: '1234', nonce: 'abc' };
// @ts-expect-error siteId is required
export const loaderNoSite: ComponentProps<typeof FlocktoryLoader> = { nonce: 'abc' };
export const postcheckoutProps: ComponentProps<typeof FlocktoryPostcheckout> = { ...input, mode: 'safe' };
// @ts-expect-error user is required
export const postcheckoutNoUser: ComponentProps<typeof FlocktoryPostcheckout> = { order: input.order };
export const reactBuilt = reactBuild(input);
export const userProps: ComponentProps<typeof FlocktoryUser> = { user: null, mode: 'safe' };
// @ts-expect-error an e-mail, a phone or an id is required
export const userNoAddress: ComponentProps<typeof FlocktoryUser> = { user: { name: 'Ann' } };
export const categoryProps: ComponentProps<typeof FlocktoryCategoryView> = { id: 42, onError: (error) => void error.issues };
// @ts-expect-error id is required
export const categoryNoId: ComponentProps<typeof FlocktoryCategoryView> = {};
export const itemProps: ComponentProps<typeof FlocktoryItemView> = { id: 'a', categoryId: null, vendor: 'Nike', available: false };
// @ts-expect-error available is a boolean, "true"/"false" or null
export const itemBadAvailable: ComponentProps<typeof FlocktoryItemView> = { id: 'a', available: 1 };
export const exchangeProps: ComponentProps<typeof FlocktoryExchange> = { spot: 'thanks', user: { email: 'ann@example.com' } };
export const updateCartProps: ComponentProps<typeof FlocktoryUpdateCart> = { items: cart, nonce: 'abc' };
// @ts-expect-error items is required
export const updateCartNoItems: ComponentProps<typeof FlocktoryUpdateCart> = {};
export const pageViewProps: ComponentProps<typeof FlocktoryPageView> = { page: '/cart' };
// @ts-expect-error page is required
export const pageViewNoPage: ComponentProps<typeof FlocktoryPageView> = {};
export function useCart(): boolean {
  const cartCommands: FlocktoryCart = useFlocktoryCart({ onError: (error) => void error.issues });
  // @ts-expect-error addToCart's count is required
  cartCommands.addToCart({ id: 'a' });
  return cartCommands.addToCart({ id: 'a', count: 1 }) && cartCommands.updateCart(cart) && cartCommands.attachToProfile({ tier: 'gold' });
}

export const nextLoader: ComponentProps<typeof NextLoader> = { siteId: 1 };
// @ts-expect-error siteId is required
export const nextLoaderNoSite: ComponentProps<typeof NextLoader> = {};
export const appLoader: ComponentProps<typeof AppLoader> = { siteId: 1, nonce: 'auto' };
// @ts-expect-error order is required
export const appNoOrder: ComponentProps<typeof AppPostcheckout> = { user: input.user };
export const nonce: Promise<string | undefined> = getNonce();
export const nextItem: ComponentProps<typeof NextItemView> = { id: 'a' };
export const pagesPageView: ComponentProps<typeof PagesPageView> = { page: '/cart?step=2' };
export const appUpdateCart: ComponentProps<typeof AppUpdateCart> = { items: cart, nonce: 'auto' };
// The App Router's page view reads the route itself.
export const appPageView: ComponentProps<typeof AppPageView> = {};
/** true when A and B are each assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// next/app re-exports react's adapter entry: the same types as react's main entry.
export const sameAsReact: [
  Same<nextApp.FlocktoryPostcheckoutProps, reactMain.FlocktoryPostcheckoutProps>,
  Same<nextApp.FlocktoryUserProps, reactMain.FlocktoryUserProps>,
  Same<nextApp.FlocktoryUpdateCartProps, reactMain.FlocktoryUpdateCartProps>,
  Same<nextApp.FlocktoryLoaderProps, reactMain.FlocktoryLoaderProps>,
  Same<nextApp.FlocktoryPageViewProps, reactMain.FlocktoryPageViewProps>,
  Same<nextApp.FlocktoryCart, reactMain.FlocktoryCart>,
  Same<typeof nextApp.FlocktoryExchange, typeof reactMain.FlocktoryExchange>,
  Same<typeof reactAdapter.useFlocktoryCart, typeof useFlocktoryCart>,
] = [true, true, true, true, true, true, true, true];
// @ts-expect-error the adapter entry has no loader: an adapter renders its own
export const adapterLoader = reactAdapter.FlocktoryLoader;
export const fromHeaders: string | undefined = nonceFromHeaders({ 'content-security-policy': "script-src 'nonce-abc'" });

export const vueProps: InstanceType<typeof VuePostcheckout>['$props'] = { ...input };
// @ts-expect-error order is required
export const vueNoOrder: InstanceType<typeof VuePostcheckout>['$props'] = { user: input.user };
export const composable = useFlocktoryPostcheckout(() => input).snippet;
export const issues = normalizePostcheckout(input).issues;

export const vueUser: InstanceType<typeof VueUser>['$props'] = { user: null, mode: 'safe' };
// @ts-expect-error user is an object or null
export const vueUserText: InstanceType<typeof VueUser>['$props'] = { user: 'ann@example.com' };
export const vueCategory: InstanceType<typeof VueCategoryView>['$props'] = { id: 3, onError: (error: FlocktoryValidationError) => void error };
// @ts-expect-error id is required
export const vueNoCategory: InstanceType<typeof VueCategoryView>['$props'] = {};
export const vueItem: InstanceType<typeof VueItemView>['$props'] = { id: 'a', categoryId: null, vendor: 'Nike', available: 'false' };
// @ts-expect-error available is a boolean, "true", "false" or null
export const vueItemAvailability: InstanceType<typeof VueItemView>['$props'] = { id: 'a', available: 1 };
export const vueExchange: InstanceType<typeof VueExchange>['$props'] = { spot: 'thank_you' };
export const vueCart: InstanceType<typeof VueUpdateCart>['$props'] = { items: cart, nonce: 'abc' };
// @ts-expect-error items are required
export const vueNoCart: InstanceType<typeof VueUpdateCart>['$props'] = { nonce: 'abc' };
export const vuePage: InstanceType<typeof VuePageView>['$props'] = { page: '/p/1' };
const vueCartCommands = useVueFlocktoryCart({ onError: (error) => void error.issues });
export const vueAdded: boolean = vueCartCommands.addToCart({ id: 'a', count: 1 }) && vueCartCommands.updateCart(cart);
// @ts-expect-error removeFromCart's count is required
vueCartCommands.removeFromCart({ id: 'a' });
const router: AfterEachRouter = { afterEach: () => () => {} };
export const stopRouter: () => void = flocktoryRouter(router);
${nuxt}`;
}
