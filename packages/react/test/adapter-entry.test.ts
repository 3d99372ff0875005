// @vitest-environment node
/**
 * `@flocktory-ssr/react/adapter` (built): the main entry without the loader and the page view, for
 * adapters that render their own. The main entry re-exports its file, so either entry gives the
 * same component instances, from `import` and from `require`.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as adapterEsm from '../dist/adapter.js';
import * as mainEsm from '../dist/index.js';

const require = createRequire(import.meta.url);
const ONLY_IN_MAIN = ['FlocktoryLoader', 'FlocktoryPageView'];
type Entry = Record<string, unknown>;

const namesOf = (entry: Entry) => Object.keys(entry).filter((name) => name !== 'default' && name !== '__esModule');

describe('@flocktory-ssr/react/adapter', () => {
  it.each([
    ['import', mainEsm, adapterEsm],
    ['require', require('../dist/index.cjs'), require('../dist/adapter.cjs')],
  ] as [string, Entry, Entry][])(
    '%s: every value of the main entry but the loader and page view, the same instances',
    (_, main, adapter) => {
      expect(namesOf(main)).toEqual(expect.arrayContaining(ONLY_IN_MAIN));
      expect(namesOf(adapter).sort()).toEqual(
        namesOf(main)
          .filter((name) => !ONLY_IN_MAIN.includes(name))
          .sort(),
      );
      for (const name of namesOf(adapter)) expect(adapter[name], name).toBe(main[name]);
    },
  );
});
