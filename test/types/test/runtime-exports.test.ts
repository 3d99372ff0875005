/**
 * Every name a package's .d.ts exports as a value exists at run time, from `import` and from
 * `require` (types that promise `FlocktoryValidationError` while the JavaScript lacks it make
 * Node throw "does not provide an export named"). And each adapter is a complete entry point: it
 * exports every value of the core it is built on.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { declaredValueExports } from '../src/declared-values';
import { entries } from '../src/entries';
import { runtimeExports } from '../src/runtime-exports';

const here = fileURLToPath(new URL('..', import.meta.url));
const all = entries();
const esm = runtimeExports(
  all.map((entry) => entry.specifier),
  'esm',
  here,
);
const cjsEntries = all.filter((entry) => entry.cjsTypes);
const cjs = runtimeExports(
  cjsEntries.map((entry) => entry.specifier),
  'cjs',
  here,
);

describe('declared value exports exist at run time', () => {
  it.each(all.map((entry) => [entry.specifier, entry] as const))('import %s', (specifier, entry) => {
    const declared = declaredValueExports(entry.esmTypes);
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((name) => !esm[specifier]!.includes(name))).toEqual([]);
  });

  it.each(cjsEntries.map((entry) => [entry.specifier, entry] as const))('require %s', (specifier, entry) => {
    const declared = declaredValueExports(entry.cjsTypes!);
    expect(declared.filter((name) => !cjs[specifier]!.includes(name))).toEqual([]);
  });
});

describe('each adapter re-exports every value of the core', () => {
  const core = [...esm['@flocktory-ssr/core']!, ...esm['@flocktory-ssr/core/loader']!];
  it.each(['@flocktory-ssr/html', '@flocktory-ssr/react', '@flocktory-ssr/next', '@flocktory-ssr/next/app', '@flocktory-ssr/vue'])(
    '%s',
    (specifier) => {
      expect(core.filter((name) => !esm[specifier]!.includes(name))).toEqual([]);
      expect(core.filter((name) => !(cjs[specifier] ?? []).includes(name))).toEqual([]);
    },
  );
});
