/**
 * Every documented entry type-checks in a consumer under each `moduleResolution` that apps use:
 * `node` (node10: what Next 14 and 15 write into the tsconfig they generate), `node16`,
 * `nodenext` and `bundler`, from ESM and from CommonJS files, against the built packages.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { compile } from '../src/compile';
import { CONSUMED, consumerSource } from '../src/consumer';
import { entries } from '../src/entries';

const dir = fileURLToPath(new URL('../.consumers/resolution', import.meta.url));
const files = {
  'esm/package.json': '{ "type": "module" }',
  'esm/index.ts': consumerSource('esm'),
  'cjs/package.json': '{ "type": "commonjs" }',
  'cjs/index.ts': consumerSource('cjs'),
};

const { ModuleKind, ModuleResolutionKind } = ts;
const settings: Array<[string, ts.CompilerOptions]> = [
  ['node10, module commonjs', { module: ModuleKind.CommonJS, moduleResolution: ModuleResolutionKind.Node10 }],
  ['node10, module esnext', { module: ModuleKind.ESNext, moduleResolution: ModuleResolutionKind.Node10 }],
  ['node16', { module: ModuleKind.Node16, moduleResolution: ModuleResolutionKind.Node16 }],
  ['nodenext', { module: ModuleKind.NodeNext, moduleResolution: ModuleResolutionKind.NodeNext }],
  ['bundler', { module: ModuleKind.ESNext, moduleResolution: ModuleResolutionKind.Bundler }],
];

describe('a consumer of every entry type-checks', () => {
  it('imports every published entry', () => {
    expect(
      entries()
        .map((entry) => entry.specifier)
        .sort(),
    ).toEqual([...CONSUMED].sort());
  });

  it.each(settings)('moduleResolution %s (ESM and CJS files)', (_name, options) => {
    expect(compile(dir, files, options)).toEqual([]);
  });
});
