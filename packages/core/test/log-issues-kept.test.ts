/**
 * The default report survives builds that strip `console.*` calls as debug output: nuxt-security
 * sets esbuild's `drop: ['console']` on every production build by default (removeLoggers), and a
 * shop's browser bundle holds core. A dropped order must not be reported to nobody.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { expect, it } from 'vitest';

it("logIssues still logs in a bundle built with esbuild's drop: ['console']", async () => {
  const entry = fileURLToPath(new URL('../src/issues.ts', import.meta.url));
  const result = await build({
    stdin: {
      contents: `import { logIssues, FlocktoryValidationError } from ${JSON.stringify(entry)};
        logIssues(new FlocktoryValidationError([{ path: 'order.id', code: 'duplicate_order', message: 'was pushed', fatal: true }]));`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    drop: ['console'],
    write: false,
  });
  const logged: unknown[] = [];
  const console = { error: (...args: unknown[]) => logged.push(args) };
  vm.runInNewContext(result.outputFiles[0]!.text, { console });
  expect(logged).toEqual([['Invalid Flocktory data: order.id: was pushed']]);
});
