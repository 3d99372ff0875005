import type { FlocktoryLocals } from './locals';

/** The part of a Handlebars instance we use (`handlebars`, or `exphbs.create().handlebars`). */
export interface HandlebarsLike {
  registerHelper(name: string, helper: (...args: any[]) => unknown): void;
  SafeString?: new (html: string) => unknown;
}

interface HelperOptions {
  data?: { root?: { flocktory?: unknown } };
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
 * Registers `{{{flocktoryPostcheckout purchase}}}` and `{{{flocktoryLoader}}}`. Both read
 * `res.locals.flocktory`, which Express view engines merge into the template's root data, and
 * return a SafeString, so they also work with double braces.
 */
export function registerHandlebarsHelpers(handlebars: HandlebarsLike): void {
  const raw = (html: string): unknown => (handlebars.SafeString ? new handlebars.SafeString(html) : html);

  handlebars.registerHelper('flocktoryPostcheckout', (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    if (args.length < 2) throw new Error('flocktoryPostcheckout: pass the purchase, {{{flocktoryPostcheckout purchase}}}');
    return raw(findLocals(options, 'flocktoryPostcheckout').postcheckout(args[0] as never));
  });

  handlebars.registerHelper('flocktoryLoader', (...args: unknown[]) => {
    const options = args[args.length - 1] as HelperOptions;
    return raw(findLocals(options, 'flocktoryLoader').loader());
  });
}

/**
 * Locals named like the helpers, set by the middleware. Handlebars looks a name up in the
 * template data only when no helper of that name is registered, so these run exactly when
 * `registerHandlebarsHelpers` was forgotten, where the loader would otherwise render nothing, on
 * every page, silently. Strict mode throws; safe mode reports once (console.error) and still
 * renders (at the template root; inside `{{#each}}`/`{{#with}}` only registered helpers are found).
 */
export function helperStandIns(locals: FlocktoryLocals, strict: boolean, reported: { once: boolean }) {
  const complain = (helper: string): void => {
    const error = new Error(
      `{{{${helper}}}} was rendered without registerHandlebarsHelpers(handlebars) from @flocktory-ssr/html/express. ` +
        'Call it once at startup with the Handlebars instance your view engine uses (express-handlebars: ' +
        'exphbs.create().handlebars); inside {{#each}} or {{#with}} blocks nothing would render at all.',
    );
    if (strict) throw error;
    if (reported.once) return;
    reported.once = true;
    try {
      console.error(error);
    } catch {
      // No console: nothing left to tell.
    }
  };
  return {
    flocktoryLoader(): string {
      complain('flocktoryLoader');
      return locals.loader();
    },
    flocktoryPostcheckout(...args: unknown[]): string {
      complain('flocktoryPostcheckout');
      // Handlebars passes its options object last: one argument means no purchase was given.
      return args.length < 2 ? '' : locals.postcheckout(args[0] as never);
    },
  };
}
