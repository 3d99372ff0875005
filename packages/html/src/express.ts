import { resolveMode, type FlocktoryMode, type FlocktoryOptions } from '@flocktory-ssr/core';
import { helperStandIns, rendersHandlebars, setHelperStandIns, type AppEngines } from './handlebars';
import { checkConfig, createFlocktoryLocals, markerOptionsFor, type FlocktoryLocals } from './locals';

export type { FlocktoryLocals } from './locals';
export { registerHandlebarsHelpers, type HandlebarsLike } from './handlebars';

/** The part of Express's response we use; Express 4 and 5 responses fit. */
export interface ResponseWithLocals {
  locals: Record<string, any>;
  /** The app, whose locals Express merges under the response's; its engines say whether it renders Handlebars. */
  app?: { locals?: Record<string, any> } & AppEngines;
}

export interface FlocktoryExpressOptions<Req = any, Res extends ResponseWithLocals = ResponseWithLocals> {
  /**
   * Your Flocktory site id (digits), usually `process.env.FLOCKTORY_SITE_ID`: unset (`undefined`,
   * `null`, `''`), strict mode throws at startup and safe mode reports it once (pages get no loader).
   */
  siteId: string | number | undefined | null;
  /** Where loader.js is served from; default Flocktory's own. */
  loaderSrc?: string;
  mode?: FlocktoryMode;
  onError?: FlocktoryOptions['onError'];
  /**
   * The request's CSP nonce, read each time a view renders one of our scripts (markers carry no
   * nonce and never read it). Default: `res.locals.cspNonce`, then
   * `res.locals.nonce` (the names helmet's docs use for the nonce your CSP middleware sets).
   */
  nonce?: (req: Req, res: Res) => string | null | undefined;
}

// `res.locals.flocktory` is typed in every Express app that uses the middleware (Express 4 and 5
// read their `Locals` from this global namespace).
declare global {
  namespace Express {
    interface Locals {
      /** Set by `flocktory()` from `@flocktory-ssr/html/express`. */
      flocktory: FlocktoryLocals;
    }
  }
}

function defaultNonce(_req: unknown, res: ResponseWithLocals): unknown {
  return res.locals.cspNonce ?? res.locals.nonce;
}

/**
 * Express middleware: sets `res.locals.flocktory` (see FlocktoryLocals) with the site id and the
 * request's nonce applied, so views write `<%- flocktory.postcheckout(purchase) %>`.
 * A missing or bad site id or loaderSrc is found here, at startup: strict mode throws, safe mode
 * reports it once (onError, default one console.error line) and pages get no loader.
 */
export function flocktory<Req = any, Res extends ResponseWithLocals = ResponseWithLocals>(
  options: FlocktoryExpressOptions<Req, Res>,
): (req: Req, res: Res, next: (error?: unknown) => void) => void {
  const config = { siteId: options.siteId, loaderSrc: options.loaderSrc, mode: options.mode, onError: options.onError };
  // Checked once here; the loader's bytes up to the nonce are made once too.
  const loader = checkConfig(config);
  const strict = resolveMode(config.mode) === 'strict';
  const readNonce = (options.nonce ?? defaultNonce) as (req: Req, res: Res) => unknown;
  const markerOptions = markerOptionsFor(config);
  // Handlebars apps only (rendersHandlebars): they say so when registerHandlebarsHelpers was forgotten.
  const standIns = helperStandIns(strict, { once: false });
  return function flocktoryMiddleware(req, res, next) {
    // Closures, not prototype methods: `const { postcheckout } = res.locals.flocktory` keeps working.
    res.locals.flocktory = createFlocktoryLocals(config, () => readNonce(req, res), loader, markerOptions);
    if (rendersHandlebars(res.app)) setHelperStandIns(res.locals, standIns, res.app?.locals);
    next();
  };
}
