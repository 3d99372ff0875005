import { execFileSync } from 'node:child_process';

/**
 * What Node itself gives a consumer for each specifier: the export names of `import()` (ESM) or of
 * `require()` (CJS), read in a child process (no test runner in between).
 */
export function runtimeExports(specifiers: string[], format: 'esm' | 'cjs', cwd: string): Record<string, string[]> {
  const load = format === 'esm' ? 'await import(specifier)' : 'require(specifier)';
  const code = `
    const names = {};
    for (const specifier of ${JSON.stringify(specifiers)}) {
      const module = ${load};
      names[specifier] = Object.keys(module).filter((name) => name !== '__esModule' && name !== 'module.exports').sort();
    }
    console.log(JSON.stringify(names));
  `;
  const args = format === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  const output = execFileSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return JSON.parse(output.trim().split('\n').pop()!) as Record<string, string[]>;
}
