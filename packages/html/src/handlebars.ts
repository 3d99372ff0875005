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
