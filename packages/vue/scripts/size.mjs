// Client cost of @flocktory-ssr/vue: esbuild --minify, gzip -9, vue external; with and without
// @flocktory-ssr/core (validation + serializer, which every adapter shares and React pays too).
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const core = ['@flocktory-ssr/core', '@flocktory-ssr/core/client'];
// dist/browser is what a browser gets (the `browser` export condition); dist/index.js, with the
// server render, is what servers load.
const cases = [
  ['whole package, core external', "export * from './dist/browser/index.js';", core],
  ['FlocktoryPostcheckout only, core external', "export { FlocktoryPostcheckout } from './dist/browser/index.js';", core],
  ['whole package, core bundled', "export * from './dist/browser/index.js';", []],
  ['server build: whole package, core external', "export * from './dist/index.js';", core],
];
for (const [name, contents, external] of cases) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['vue', ...external],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
  });
  const code = result.outputFiles[0].contents;
  console.log(`${name}: ${code.length} B min, ${gzipSync(code, { level: 9 }).length} B min+gzip`);
}
