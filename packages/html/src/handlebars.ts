import { logIssues } from '@flocktory-ssr/core';
import type { FlocktoryLocals } from './locals';

/** The part of a Handlebars instance we use (`handlebars`, or `exphbs.create().handlebars`). */
export interface HandlebarsLike {
  registerHelper(name: string, helper: (...args: any[]) => unknown): void;
  SafeString?: new (html: string) => unknown;
}

interface HelperOptions {
  data?: { root?: { flocktory?: unknown } };
  hash?: Record<string, unknown>;
}

function findLocals(options: HelperOptions | undefined, helper: string): FlocktoryLocals {
  const locals = options?.data?.root?.flocktory as FlocktoryLocals | undefined;
  if (!locals || typeof locals.postcheckout !== 'function') {
    // A wiring mistake, not bad order data: say exactly what is missing.
    throw new Error(
      `${helper}: no "flocktory" in the template data. Add app.use(flocktory({ siteId })) from ` +
        '@flocktory-ssr/html/express before rendering, and render with res.render().',
    );
  }
  return locals;
}

/**
 * A marker helper's input: its one argument (`{{{helper product}}}`) and its hash arguments
 * (`{{{helper id=product.sku vendor=product.brand}}}`), the hash's defined values over a copy of the
 * argument (`{{{helper product vendor="Nike"}}}`); `whenNone()` without either. A hash whose values
 * are all undefined (`name=user.name email=user.email` for an anonymous visitor) adds nothing: with
 * no argument, the input is undefined.
 */
function inputOf(args: unknown[], whenNone: () => unknown): unknown {
  const hash = (args[args.length - 1] as HelperOptions | undefined)?.hash ?? {};
  const keys = Object.keys(hash);
  if (args.length < 2 && keys.length === 0) return whenNone();
  const given = args.length >= 2 ? args[0] : undefined;
  const defined = keys.filter((key) => hash[key] !== undefined);
  if (defined.length === 0) return given;
  // Data properties, never assignments: a `__proto__` key stays a key, for core to refuse.
  const values = Object.fromEntries(defined.map((key) => [key, hash[key]]));
  if (args.length < 2) return values;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return given;
  try {
    // Its prototype kept: core still tells plain data from a class instance.
    return Object.setPrototypeOf({ ...given, ...values }, Object.getPrototypeOf(given));
  } catch {
    // A throwing getter or Proxy: core reads the argument itself and reports it.
    return given;
  }
}

type MarkerMethod = 'user' | 'categoryView' | 'itemView' | 'exchange';

/**
 * Registers `{{{flocktoryPostcheckout purchase}}}`, `{{{flocktoryLoader}}}`, `{{{flocktoryUser user}}}`,
 * `{{{flocktoryCategoryView category}}}`, `{{{flocktoryItemView product}}}`, `{{{flocktoryExchange …}}}`
 * and `{{{flocktoryUpdateCart items}}}`. Each reads `res.locals.flocktory`, which Express view
 * engines merge into the template's root data, and returns a SafeString, so they also work with
 * double braces. The marker helpers also take hash arguments, alone or over the object: `{{{flocktoryItemView id=p.sku vendor=p.brand}}}`.
 */
export function registerHandlebarsHelpers(handlebars: HandlebarsLike): void {
  const raw = (html: string): unknown => (handlebars.SafeString ? new handlebars.SafeString(html) : html);
  const last = (args: unknown[]) => args[args.length - 1] as HelperOptions;

  handlebars.registerHelper('flocktoryPostcheckout', (...args: unknown[]) => {
    if (args.length < 2) throw new Error('flocktoryPostcheckout: pass the purchase, {{{flocktoryPostcheckout purchase}}}');
    return raw(findLocals(last(args), 'flocktoryPostcheckout').postcheckout(args[0] as never));
  });

  handlebars.registerHelper('flocktoryLoader', (...args: unknown[]) => raw(findLocals(last(args), 'flocktoryLoader').loader()));

  function marker(helper: string, method: MarkerMethod, usage: string | undefined): void {
    handlebars.registerHelper(helper, (...args: unknown[]) => {
      const input = inputOf(args, () => {
        // A wiring mistake, not bad data: say how to call it. Without `usage`, no input is fine.
        if (usage) throw new Error(`${helper}: pass ${usage}`);
        return undefined;
      });
      return raw(findLocals(last(args), helper)[method](input as never));
    });
  }
  marker('flocktoryUser', 'user', 'the user, {{{flocktoryUser user}}} (undefined or null for an anonymous visitor)');
  marker(
    'flocktoryCategoryView',
    'categoryView',
    'the category, {{{flocktoryCategoryView category}}} or {{{flocktoryCategoryView id=category.id}}}',
  );
  marker('flocktoryItemView', 'itemView', 'the product, {{{flocktoryItemView product}}} or {{{flocktoryItemView id=product.id}}}');
  // No input: the banner for an anonymous visitor.
  marker('flocktoryExchange', 'exchange', undefined);

  handlebars.registerHelper('flocktoryUpdateCart', (...args: unknown[]) => {
    if (args.length < 2) throw new Error('flocktoryUpdateCart: pass the cart items, {{{flocktoryUpdateCart cart.items}}}');
    return raw(findLocals(last(args), 'flocktoryUpdateCart').updateCart(args[0] as never));
  });
}

/** A stand-in ran: strict mode throws; safe mode says so once per middleware (core's one log line). */
function forgotten(helper: string, strict: boolean, reported: { once: boolean }): void {
  const error = new Error(
    `{{{${helper}}}} was rendered without registerHandlebarsHelpers(handlebars) from @flocktory-ssr/html/express. ` +
      'Call it once at startup with the Handlebars instance your view engine uses (express-handlebars: ' +
      'exphbs.create().handlebars). Inside {{#each}} or {{#with}} blocks, where only registered helpers are found, ' +
      'Handlebars fails with "Missing helper" for one given an argument and renders nothing for one without.',
  );
  if (strict) throw error;
  if (reported.once) return;
  reported.once = true;
  try {
    logIssues(error);
  } catch {
    // No console: nothing left to tell.
  }
}

/** A marker stand-in's input: Handlebars passes its options object last, so one argument means none. */
const markerInput = (args: unknown[]): never => inputOf(args, () => undefined) as never;

/**
 * The request's locals for a stand-in, found as the registered helpers find them: in the root data
 * of the options object Handlebars passes last. Null when it is not there (not called by Handlebars).
 */
function rootLocals(args: unknown[]): FlocktoryLocals | null {
  const locals = (args[args.length - 1] as HelperOptions | undefined)?.data?.root?.flocktory as FlocktoryLocals | undefined;
  return locals && typeof locals.postcheckout === 'function' ? locals : null;
}

type StandIn = (...args: unknown[]) => string;

/** The helpers' names, under which setHelperStandIns puts a stand-in each. */
const STAND_IN_NAMES = [
  'flocktoryLoader',
  'flocktoryPostcheckout',
  'flocktoryUser',
  'flocktoryCategoryView',
  'flocktoryItemView',
  'flocktoryExchange',
  'flocktoryUpdateCart',
] as const;

/** The stand-ins, named like the helpers; see setHelperStandIns. */
export type HelperStandIns = Readonly<Record<(typeof STAND_IN_NAMES)[number], StandIn>>;

const madeStandIns = new WeakSet<StandIn>();

/**
 * Whether `value` is one of the stand-ins below. A view that reads a local the app sets only
 * sometimes (`flocktoryUser`, while signed in) finds a stand-in there the rest of the time, which
 * means "not set": `flocktory.user(flocktoryUser)` renders nothing for it, as for `undefined`.
 */
export function isHelperStandIn(value: unknown): boolean {
  return typeof value === 'function' && madeStandIns.has(value as StandIn);
}

/**
 * Functions named like the helpers, made once per middleware. Handlebars looks a name up in the
 * template data only when no helper of that name is registered, so these run exactly when
 * `registerHandlebarsHelpers` was forgotten, where the loader would otherwise render nothing, on
 * every page, silently. Strict mode throws; safe mode reports once (one console.error line) and still
 * renders (at the template root; inside `{{#each}}`/`{{#with}}` only registered helpers are found),
 * from the request's locals in the template's root data, as the helpers read them.
 */
export function helperStandIns(strict: boolean, reported: { once: boolean }): HelperStandIns {
  const standIn = (helper: string, render: (locals: FlocktoryLocals, args: unknown[]) => string): StandIn => {
    const made: StandIn = (...args) => {
      forgotten(helper, strict, reported);
      const locals = rootLocals(args);
      return locals ? render(locals, args) : '';
    };
    madeStandIns.add(made);
    return made;
  };
  return {
    flocktoryLoader: standIn('flocktoryLoader', (locals) => locals.loader()),
    flocktoryPostcheckout: standIn('flocktoryPostcheckout', (locals, args) =>
      args.length < 2 ? '' : locals.postcheckout(args[0] as never),
    ),
    flocktoryUser: standIn('flocktoryUser', (locals, args) => locals.user(markerInput(args))),
    flocktoryCategoryView: standIn('flocktoryCategoryView', (locals, args) => locals.categoryView(markerInput(args))),
    flocktoryItemView: standIn('flocktoryItemView', (locals, args) => locals.itemView(markerInput(args))),
    flocktoryExchange: standIn('flocktoryExchange', (locals, args) => locals.exchange(markerInput(args))),
    flocktoryUpdateCart: standIn('flocktoryUpdateCart', (locals, args) => (args.length < 2 ? '' : locals.updateCart(args[0] as never))),
  };
}

/** The part of an Express app that says which view engines it renders with. */
export interface AppEngines {
  settings?: Record<string, unknown>;
  engines?: Record<string, unknown>;
}

// `hbs`, `.hbs`, `handlebars`, `.Handlebars`: the names express-handlebars and hbs register under.
const HANDLEBARS_ENGINE = /^\.?(?:hbs|handlebars)$/i;

/**
 * Whether `app` may render Handlebars views, the only place a stand-in belongs: in an EJS or Pug view
 * a local the app sets only sometimes (`flocktoryUser`, while signed in) would be our function the
 * rest of the time. Yes when its `view engine` setting or one of its registered engines is hbs or
 * handlebars, and when there is no app to ask. Asked on every request, as engines may be registered
 * after app.use (Express registers one lazily, at its first render; the setting covers that): a
 * few property reads.
 */
export function rendersHandlebars(app: AppEngines | undefined): boolean {
  if (!app) return true;
  const engine = app.settings?.['view engine'];
  if (typeof engine === 'string' && HANDLEBARS_ENGINE.test(engine)) return true;
  for (const name in app.engines) if (HANDLEBARS_ENGINE.test(name)) return true;
  return false;
}

/**
 * Sets the stand-ins on `target` (the response's locals) under each name that neither `target` nor
 * `inherited` (the app's locals, which Express merges under the response's) has yet. Those names
 * are the app's: `flocktoryUser` is what a shop may call its own user data (our express-shop does),
 * and a stand-in there would hand the view a function where it expects the user.
 */
export function setHelperStandIns(target: Record<string, unknown>, standIns: HelperStandIns, inherited?: Record<string, unknown>): void {
  for (const name of STAND_IN_NAMES) {
    if (target[name] === undefined && inherited?.[name] === undefined) target[name] = standIns[name];
  }
}
