/** Bundles one package entry as a production app would, and weighs it minified and gzipped. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const require = createRequire(import.meta.url);

/** The ESM file an `exports` entry points to for a browser (`browser`, then `import`, else `default`). */
function exportTarget(exportsMap, entry) {
  let target = typeof exportsMap === 'string' ? (entry === '.' ? exportsMap : undefined) : exportsMap?.[entry];
  while (target && typeof target === 'object') target = target.browser ?? target.import ?? target.default;
  return target;
}

/**
 * `{ file }` of the built entry, or `{ missing }` saying why there is none. `entry` is a subpath of
 * the package's `exports`, or a file inside the package (`./dist/…`) that only its own entries load.
 */
export function locate(packageName, entry) {
  let manifestPath;
  try {
    manifestPath = require.resolve(`${packageName}/package.json`);
  } catch {
    return { missing: `${packageName} is not a dependency of the bench package` };
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const target = entry.startsWith('./dist/') ? entry : exportTarget(manifest.exports, entry);
  if (!target) return { missing: `${packageName} has no "${entry}" export` };
  const file = join(dirname(manifestPath), target);
  return existsSync(file) ? { file } : { missing: `${file} is not built` };
}

// Package exports and fields as a browser bundler resolves them.
const RESOLVE = { conditions: ['browser', 'import', 'default'], mainFields: ['browser', 'module', 'main'] };

/** The names `file` exports (types are gone from the built JavaScript). */
async function exportNames(file, external) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    ...RESOLVE,
    external,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs)[0].exports;
}

/**
 * What an app ships when it uses every export of `file` (or only `imports`, when given): bundled,
 * minified, gzipped. Measured through an app that imports and uses them, as size-limit does,
 * because an app's bundle keeps the code of each export but not the export names of the library's
 * own entry. Also returns the minified code, for checks of what it must not contain.
 */
export async function minGzipSize(file, external, imports) {
  const names = imports ?? (await exportNames(file, external));
  const result = await build({
    stdin: {
      contents: `import { ${names.map((name, index) => `${name} as e${index}`).join(', ')} } from ${JSON.stringify(file)};\nconsole.log(${names.map((_, index) => `e${index}`).join(', ')});`,
      resolveDir: dirname(file),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    ...RESOLVE,
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, code: new TextDecoder().decode(code) };
}
