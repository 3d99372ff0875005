import { parse, type Node, type Program } from 'acorn';

import type { SourcePosition } from '../types';

export type ScriptParse =
  | { ok: true; program: Program }
  /** `line` is 1-based and `column` 0-based within the script text (acorn's convention). */
  | { ok: false; message: string; line: number; column: number; offset: number };

/** Parses script text as the browser would (never runs it). */
export function parseScript(code: string, module: boolean, sourceFile?: string): ScriptParse {
  try {
    return {
      ok: true,
      program: parse(code, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script', locations: true, sourceFile }),
    };
  } catch (error) {
    const { loc, pos } = error as { loc?: { line: number; column: number }; pos?: number };
    // acorn appends " (line:column)" to its message; the report gives the page's position instead.
    const message = String((error as Error).message).replace(/ \(\d+:\d+\)( in .*)?$/, '');
    return { ok: false, message, line: loc?.line ?? 1, column: loc?.column ?? 0, offset: pos ?? 0 };
  }
}

/** A position inside a script (acorn: 1-based line, 0-based column) as a position in the page. */
export function pagePosition(scriptStart: SourcePosition | undefined, line: number, column: number): SourcePosition | undefined {
  if (!scriptStart) return undefined;
  return line === 1
    ? { line: scriptStart.line, column: scriptStart.column + column }
    : { line: scriptStart.line + line - 1, column: column + 1 };
}

/**
 * The source text of nodes from several scripts: each script is parsed with its index as
 * `sourceFile`, which acorn puts on every node's `loc.source`.
 */
export function sourceReader(codes: readonly string[]): (node: Node) => string {
  return (node) => codes[Number(node.loc?.source ?? 0)]?.slice(node.start, node.end) ?? '';
}
