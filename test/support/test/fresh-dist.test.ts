import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { assertFreshDist } from '../src/fresh-dist';

// A workspace like ours: an e2e suite that uses an app (private, built by its framework), which uses
// `adapter`, which uses `core`; both built with tsup.
let root: string;
const BUILT = new Date('2026-01-01T12:00:00Z');
const LATER = new Date('2026-01-01T12:05:00Z');
const EARLIER = new Date('2026-01-01T11:00:00Z');

function write(path: string, text: string, time = EARLIER): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, time, time);
}

function library(name: string, dependencies: Record<string, string> = {}): void {
  const exports = { '.': { import: './dist/index.js', require: './dist/index.cjs' }, './package.json': './package.json' };
  write(`packages/${name}/package.json`, JSON.stringify({ name: `@x/${name}`, scripts: { build: 'tsup' }, exports, dependencies }));
  write(`packages/${name}/src/index.ts`, 'export {};');
  write(`packages/${name}/tsup.config.ts`, 'export default {};');
  write(`packages/${name}/dist/index.js`, '', BUILT);
  write(`packages/${name}/dist/index.cjs`, '', BUILT);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fresh-dist-'));
  write('pnpm-workspace.yaml', "packages:\n  - packages/*\n  - 'apps/*'\n  - test/e2e\n");
  library('core');
  library('adapter', { '@x/core': 'workspace:^', react: '^19.0.0' });
  write(
    'apps/shop/package.json',
    JSON.stringify({ name: '@x/shop', private: true, scripts: { build: 'next build' }, dependencies: { '@x/adapter': 'workspace:*' } }),
  );
  write('apps/shop/src/page.ts', '', LATER);
  write('test/e2e/package.json', JSON.stringify({ name: '@x/e2e', private: true, devDependencies: { '@x/shop': 'workspace:*' } }));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const suite = () => join(root, 'test/e2e');

describe('assertFreshDist', () => {
  it('passes when every dist is newer than its sources (a private app is built by its own tests, not checked here)', () => {
    expect(() => assertFreshDist(suite())).not.toThrow();
  });

  it('names a dependency of a dependency whose src changed after its build, with the command that rebuilds it', () => {
    write('packages/core/src/index.ts', 'export const changed = 1;', LATER);
    expect(() => assertFreshDist(suite())).toThrow(
      /@x\/core: packages\/core\/src\/index\.ts changed ~5 min after its dist\/ was built; rebuild it: pnpm --filter @x\/core build/,
    );
  });

  it('counts the build config as a source', () => {
    write('packages/adapter/tsup.config.ts', 'export default { minify: true };', LATER);
    expect(() => assertFreshDist(suite())).toThrow(/@x\/adapter: packages\/adapter\/tsup\.config\.ts changed/);
  });

  it('reports a missing entry of the exports map', () => {
    rmSync(join(root, 'packages/core/dist/index.cjs'));
    expect(() => assertFreshDist(suite())).toThrow(/@x\/core: packages\/core\/dist\/index\.cjs is missing/);
  });

  it('checks the package under test itself only when asked (its own tests import src/)', () => {
    write('packages/adapter/src/index.ts', 'export const changed = 1;', LATER);
    const adapter = join(root, 'packages/adapter');
    expect(() => assertFreshDist(adapter)).not.toThrow();
    expect(() => assertFreshDist(adapter, { own: true })).toThrow(/@x\/adapter: packages\/adapter\/src\/index\.ts changed/);
  });
});
