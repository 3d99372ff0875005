// Measures what this package ships to the browser: each 'use client' module with its share of the
// core, minified and gzipped, React excluded (the page has it anyway). Fails over the 1 KB budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET = 1024;
let failed = false;
for (const file of ['postcheckout-script', 'loader-script']) {
  const entry = fileURLToPath(new URL(`../dist/${file}.js`, import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['react', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  console.log(`client code (${file} + core share): ${code.length} B minified, ${gzipped} B min+gzip (budget ${BUDGET} B)`);
  failed ||= gzipped > BUDGET;
}
if (failed) process.exit(1);
