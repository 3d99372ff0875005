/**
 * The Express views of `adapters.ts` without the HTTP round trip, for the property runs: the
 * middleware fills `res.locals` as in a request, then the compiled view renders with Express's
 * merged locals. (HTTP itself is covered by test/markers.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ejs from 'ejs';
import handlebars from 'handlebars';
import pug from 'pug';
import { flocktory, registerHandlebarsHelpers } from '@flocktory-ssr/html/express';

import { htmlRender } from './adapters';
import type { Point, PointAdapter, PointRenderOptions } from './points';

const views = fileURLToPath(new URL('../../views', import.meta.url));
const hbs = handlebars.create();
registerHandlebarsHelpers(hbs);
const compiled = {
  ejs: ejs.compile(readFileSync(`${views}/markers.ejs`, 'utf8')),
  pug: pug.compileFile(`${views}/markers.pug`),
  hbs: hbs.compile(readFileSync(`${views}/markers.hbs`, 'utf8')),
};
let currentOnError: PointRenderOptions['onError'];
const middlewares = {
  strict: flocktory({ siteId: 42, mode: 'strict', onError: (error) => currentOnError?.(error) }),
  safe: flocktory({ siteId: 42, mode: 'safe', onError: (error) => currentOnError?.(error) }),
};

function render(engine: keyof typeof compiled, point: Point, input: unknown, options: PointRenderOptions): string {
  const res = { locals: { cspNonce: options.nonce } as Record<string, unknown> };
  middlewares[options.mode]({}, res, (error) => {
    if (error) throw error;
  });
  currentOnError = options.onError;
  try {
    return compiled[engine]({ ...res.locals, point, input, is: { [point]: true } });
  } finally {
    currentOnError = undefined;
  }
}

function inProcess(engine: keyof typeof compiled, label: string): PointAdapter {
  return { name: `Express middleware + ${label} view (in process)`, kind: 'document', transport: 'string', render: (point, input, options) => render(engine, point, input, options) };
}

export const inProcessPointAdapters: PointAdapter[] = [htmlRender, inProcess('ejs', 'EJS'), inProcess('pug', 'Pug'), inProcess('hbs', 'Handlebars')];
