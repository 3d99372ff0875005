/**
 * The default mode of the built package, the way apps load it: Node without NODE_ENV (how many
 * hosts start a production build), Node with it, and a bundle where Vite replaced
 * `import.meta.env.DEV`. Run in child processes and fresh V8 contexts, because Vitest itself sets
 * NODE_ENV and import.meta.env.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

// One line for the whole report, whatever the number of issues.
const LOGGED = 'safe logged: Invalid Flocktory data: order: required';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

// Prints the default mode and what one bad order does under it (logged: the one line the log gets).
const probe = (load: string) => `
  const core = ${load};
  let outcome;
  const log = console.error;
  console.error = (...args) => (outcome = 'logged: ' + args.join(' '));
  try { core.buildPostcheckout({ user: { email: 'a@b.co' } }); } catch (error) { outcome = 'threw ' + error.name; }
  console.error = log;
  console.log(core.resolveMode(undefined) + ' ' + outcome);
`;

function runNode(format: 'esm' | 'cjs', nodeEnv: string | undefined): string {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  const code =
    format === 'esm' ? probe(`await import(${JSON.stringify(dist('index.js'))})`) : probe(`require(${JSON.stringify(dist('index.cjs'))})`);
  const args = format === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  return execFileSync(process.execPath, args, { env, encoding: 'utf8', timeout: 20_000 }).trim();
}

/** The file bundled for a browser (no `process`), with `import.meta.env.DEV` replaced as Vite does. */
function runBundled(file: string, viteDev: boolean | undefined): string {
  const define: Record<string, string> = viteDev === undefined ? {} : { 'import.meta.env.DEV': String(viteDev) };
  const bundle = buildSync({
    stdin: { contents: `import * as core from ${JSON.stringify(file)}; globalThis.core = core;`, resolveDir: dist('') },
    bundle: true,
    format: 'iife',
    // Not 'browser': esbuild would define process.env.NODE_ENV there.
    platform: 'neutral',
    define,
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  const lines: string[] = [];
  runInNewContext(
    bundle + probe('globalThis.core'),
    { console: { log: (line: string) => lines.push(line), error: () => {} } },
    { timeout: 5_000 },
  );
  return lines.join('\n');
}

describe('default mode of the built package', () => {
  it.each(['esm', 'cjs'] as const)('%s without NODE_ENV: safe, and the problem is logged', (format) => {
    expect(runNode(format, undefined)).toBe(LOGGED);
  });

  it.each(['esm', 'cjs'] as const)('%s with NODE_ENV=production: safe', (format) => {
    expect(runNode(format, 'production')).toBe(LOGGED);
  });

  it.each([
    ['esm', 'development'],
    ['esm', 'test'],
    ['cjs', 'development'],
    ['cjs', 'test'],
  ] as const)('%s with NODE_ENV=%s: strict', (format, nodeEnv) => {
    expect(runNode(format, nodeEnv)).toBe('strict threw FlocktoryValidationError');
  });

  it('in a browser bundle with no process and no Vite: safe', () => {
    expect(runBundled(dist('index.js'), undefined)).toBe(LOGGED);
  });

  it("in a browser bundle where Vite's import.meta.env.DEV is true: strict; false: safe", () => {
    expect(runBundled(dist('index.js'), true)).toBe('strict threw FlocktoryValidationError');
    expect(runBundled(dist('index.js'), false)).toBe(LOGGED);
  });

  it('the CommonJS build has no import.meta (it would be empty there): safe', () => {
    expect(runBundled(dist('index.cjs'), true)).toBe(LOGGED);
  });
});
