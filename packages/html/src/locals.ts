import {
  FlocktoryValidationError,
  logIssues,
  resolveMode,
  type CartLineInput,
  type CategoryViewInput,
  type ExchangeInput,
  type FlocktoryMode,
  type FlocktoryOptions,
  type ItemViewInput,
  type PostcheckoutInput,
  type UserInput,
} from '@flocktory-ssr/core';
import { buildLoader } from '@flocktory-ssr/core/loader';
import { isHelperStandIn } from './handlebars';
import { prepareLoader } from './loader';
import { renderCategoryView, renderExchange, renderItemView, renderUser } from './markers';
import { renderPostcheckout } from './postcheckout';
import { renderUpdateCart } from './update-cart';

/** What views find at `res.locals.flocktory` (and, in Handlebars, at the template root). */
export interface FlocktoryLocals {
  /** `<script async src="…loader.js?site_id=…" nonce="…">`: put it on every page. */
  loader(options?: FlocktoryOptions): string;
  /**
   * The postcheckout `<script>` for one purchase, `{ user, order, spot? }`, or `''` (safe mode,
   * bad data). Per-call options override the middleware's.
   */
  postcheckout(purchase: PostcheckoutInput, options?: FlocktoryOptions): string;
  /** The signed-in user's marker for every page; `''` for an anonymous visitor (`null`/`undefined`). */
  user(user: UserInput | null | undefined, options?: FlocktoryOptions): string;
  /** The category page's marker, `{ id }`. */
  categoryView(category: CategoryViewInput, options?: FlocktoryOptions): string;
  /** The product page's marker, `{ id, categoryId?, vendor?, available? }`. */
  itemView(item: ItemViewInput, options?: FlocktoryOptions): string;
  /** The Exchange banner's marker, `{ user?, spot? }`, where the banner should appear. */
  exchange(input?: ExchangeInput | null, options?: FlocktoryOptions): string;
  /** The whole cart as an inline `<script>` (with the request's nonce). */
  updateCart(items: readonly CartLineInput[], options?: FlocktoryOptions): string;
}

export interface FlocktoryLocalsConfig {
  siteId: string | number | undefined | null;
  loaderSrc?: string;
  mode?: FlocktoryMode;
  onError?: FlocktoryOptions['onError'];
}

/**
 * The middleware's options with the request's nonce, then the call's: later options win, but an
 * explicit `undefined` never erases an earlier value. One object, made only by the call that uses it.
 */
function optionsFor(config: FlocktoryLocalsConfig, nonce: unknown, override: FlocktoryOptions | undefined): FlocktoryOptions {
  const options: FlocktoryOptions = { mode: config.mode, onError: config.onError, nonce: nonce as string | undefined };
  if (!override) return options;
  if (override.mode !== undefined) options.mode = override.mode;
  if (override.onError !== undefined) options.onError = override.onError;
  if (override.nonce !== undefined) options.nonce = override.nonce;
  return options;
}

/**
 * The request's nonce for a script. A `nonce(req, res)` option that throws (`res.locals.csp.nonce`
 * on a route where the CSP middleware did not run) must not turn the page into a 500 in production:
 * safe mode reports it (each time) and the script renders without a nonce; strict mode throws it.
 */
function nonceOf(readNonce: () => unknown, config: FlocktoryLocalsConfig, override: FlocktoryOptions | undefined): unknown {
  try {
    return readNonce();
  } catch (error) {
    const options = optionsFor(config, undefined, override);
    if (resolveMode(options.mode) === 'strict') throw error;
    let thrown = '';
    try {
      thrown = `: ${error}`;
    } catch {
      // A hostile `toString`: say only that it threw.
    }
    const message = `could not be read: the nonce option threw${thrown}; the script was rendered without a nonce`;
    report(options.onError, new FlocktoryValidationError([{ path: 'nonce', code: 'unreadable', message, fatal: false }]));
    return undefined;
  }
}

/**
 * The Exchange input with a stand-in user (a local the app sets only while signed in, found
 * unset: see isHelperStandIn) left out, so it renders the anonymous visitor's banner, as `user()`
 * renders nothing for it. Anything else as it is: core reads it, and reports what it cannot read.
 */
function withoutStandInUser(input: ExchangeInput | null | undefined): ExchangeInput | null | undefined {
  try {
    if (input && isHelperStandIn(input.user)) return { ...input, user: undefined };
  } catch {
    // A throwing getter: core reads it again and reports it.
  }
  return input;
}

/** Passes a problem to `onError` (default: core's one log line); a throwing handler never crashes the app. */
export function report(onError: ((error: FlocktoryValidationError) => void) | undefined, error: FlocktoryValidationError): void {
  try {
    (onError ?? logIssues)(error);
  } catch {
    // Nothing left to tell.
  }
}

/**
 * The middleware's site id and loaderSrc, checked once at startup. Strict mode throws there, not on
 * the first page; safe mode reports once (not on every page) and the loader then renders nothing.
 * Returns the pages' loader (prepareLoader, which checks only the nonce), or null when it cannot render.
 */
export function checkConfig(config: FlocktoryLocalsConfig): ((options: FlocktoryOptions) => string) | null {
  const { siteId } = config;
  const mode = resolveMode(config.mode);
  if (siteId === undefined || siteId === null || siteId === '') {
    // Usually `siteId: process.env.FLOCKTORY_SITE_ID` where the variable is not set.
    const error = new FlocktoryValidationError([
      {
        path: 'siteId',
        code: 'required',
        message:
          `is missing (received ${JSON.stringify(siteId) ?? 'undefined'}): pass your Flocktory site id (digits), ` +
          'e.g. flocktory({ siteId: process.env.FLOCKTORY_SITE_ID }), and set that variable where the app starts. ' +
          'Until then pages get no loader.',
        fatal: true,
      },
    ]);
    if (mode === 'strict') throw error;
    report(config.onError, error);
    return null;
  }
  const loader = buildLoader({ siteId, src: config.loaderSrc, mode, onError: config.onError });
  return loader && prepareLoader(siteId, config.loaderSrc, loader.src);
}

/**
 * The middleware's options for markers, which are not scripts and never read a nonce: one object
 * for every call without options of its own (core never changes the options it is given).
 */
export function markerOptionsFor(config: FlocktoryLocalsConfig): (override: FlocktoryOptions | undefined) => FlocktoryOptions {
  const shared: FlocktoryOptions = { mode: config.mode, onError: config.onError };
  return (override) => (override ? optionsFor(config, undefined, override) : shared);
}

/**
 * The per-request object; `readNonce` is called at render time, after any CSP middleware ran (by
 * every script's call, as the nonce may change). `loader` is what checkConfig returned: null
 * when the loader cannot render: `loader()` then renders `''` (already reported).
 * `markerOptions` is markerOptionsFor(config), made once per middleware.
 */
export function createFlocktoryLocals(
  config: FlocktoryLocalsConfig,
  readNonce: () => unknown,
  loader: ((options: FlocktoryOptions) => string) | null,
  markerOptions: (override: FlocktoryOptions | undefined) => FlocktoryOptions,
): FlocktoryLocals {
  return {
    loader(options) {
      return loader ? loader(optionsFor(config, nonceOf(readNonce, config, options), options)) : '';
    },
    postcheckout(purchase, options) {
      return renderPostcheckout(purchase, optionsFor(config, nonceOf(readNonce, config, options), options));
    },
    user(user, options) {
      // An anonymous visitor: nothing to render, nothing to report.
      return user == null || isHelperStandIn(user) ? '' : renderUser(user, markerOptions(options));
    },
    categoryView(category, options) {
      return renderCategoryView(category, markerOptions(options));
    },
    itemView(item, options) {
      return renderItemView(item, markerOptions(options));
    },
    exchange(input, options) {
      return renderExchange(withoutStandInUser(input), markerOptions(options));
    },
    updateCart(items, options) {
      return renderUpdateCart(items, optionsFor(config, nonceOf(readNonce, config, options), options));
    },
  };
}
