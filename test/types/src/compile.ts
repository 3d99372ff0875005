import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Writes `files` (relative path → text) under `dir` and type-checks them as one program with
 * `options` on top of strict defaults. Returns every diagnostic, formatted; [] means it compiles.
 */
export function compile(dir: string, files: Record<string, string>, options: ts.CompilerOptions): string[] {
  const roots: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    if (/\.[cm]?tsx?$/.test(path)) roots.push(file);
  }
  const program = ts.createProgram(roots, {
    strict: true,
    noEmit: true,
    // Libraries' own declarations are not ours to check, but their resolution is: an import our
    // .d.ts cannot resolve surfaces as wrong props in the consumer, which the consumer checks.
    skipLibCheck: true,
    esModuleInterop: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    ...options,
  });
  const host: ts.FormatDiagnosticsHost = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => dir,
    getNewLine: () => '\n',
  };
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.formatDiagnostic(diagnostic, host).trim());
}
