/**
 * Patching by intent: find a function by name (not a line number) and change what it does, so a
 * mutant still applies after the code around it moves. Every helper returns the new source, or
 * null when the intent cannot be found (the runner then says so loudly).
 */

/** The index of the `{` that opens function `name`'s body, and its parameter names; null if not found. */
export function findFunction(source, name) {
  const match = new RegExp(`function\\s+${name}\\s*(<[^>]*>)?\\s*\\(`).exec(source);
  if (!match) return null;
  let at = match.index + match[0].length;
  const paramsStart = at;
  for (let depth = 1; depth > 0 && at < source.length; at++) {
    if (source[at] === '(') depth++;
    else if (source[at] === ')') depth--;
  }
  const params = source
    .slice(paramsStart, at - 1)
    .split(',')
    .map((param) => /^\s*([A-Za-z_$][\w$]*)/.exec(param)?.[1])
    .filter(Boolean);
  // The body starts at the first `{` after the parameters that is not part of an arrow type.
  const open = source.indexOf('{', at);
  if (open < 0) return null;
  return { open, params };
}

/** Inserts `code(params)` as the first statement of function `name`. */
export function atFunctionStart(source, name, code) {
  const found = findFunction(source, name);
  if (!found) return null;
  return source.slice(0, found.open + 1) + '\n  ' + code(found.params) + '\n' + source.slice(found.open + 1);
}

/** Replaces every match of `pattern` (a global RegExp); null when there is none. */
export function replaceAll(source, pattern, replacement) {
  if (!pattern.global) throw new Error('replaceAll needs a global pattern');
  const matches = source.match(pattern);
  if (!matches) return null;
  return source.replace(pattern, replacement);
}

/** Mutated sources skip type checks: a mutant only has to run. */
export function untyped(source) {
  return source === null ? null : `// @ts-nocheck\n${source}`;
}
