import { scriptsOf } from '@flocktory-ssr/test-support';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { flocktory, registerHandlebarsHelpers } from '../src/express';
import { buildPostcheckout } from '../src/index';
import { docsExample } from './support/fixtures';

function setup() {
  const handlebars = Handlebars.create();
  registerHandlebarsHelpers(handlebars);
  const res = { locals: { cspNonce: 'abc' } as Record<string, unknown> };
  flocktory({ siteId: 9 })({}, res, () => {});
  return { handlebars, locals: res.locals };
}

describe('registerHandlebarsHelpers', () => {
  it('returns raw HTML, with triple or double braces', () => {
    const { handlebars, locals } = setup();
    for (const source of ['{{{flocktoryPostcheckout purchase}}}', '{{flocktoryPostcheckout purchase}}']) {
      const html = handlebars.compile(source)({ ...locals, purchase: docsExample });
      const scripts = scriptsOf(html, 'document');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.text).toBe(buildPostcheckout(docsExample)!.code);
      expect(scripts[0]?.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: 'abc' });
    }
  });

  it('finds flocktory at the root from inside {{#each}} and {{#with}} blocks', () => {
    const { handlebars, locals } = setup();
    const html = handlebars.compile(
      '{{#with shop}}{{#each purchases}}{{{flocktoryPostcheckout this}}}{{/each}}{{{flocktoryLoader}}}{{/with}}',
    )({
      ...locals,
      shop: { purchases: [docsExample] },
    });
    expect(scriptsOf(html, 'document').map((script) => script.names[0])).toEqual(['data-flocktory', 'async']);
  });

  it('names the missing middleware instead of rendering nothing', () => {
    const { handlebars } = setup();
    expect(() => handlebars.compile('{{{flocktoryPostcheckout purchase}}}')({ purchase: docsExample })).toThrow(
      /no "flocktory" in the template data/,
    );
    expect(() => handlebars.compile('{{{flocktoryPostcheckout}}}')({})).toThrow(/pass the purchase/);
  });
});
