import { escapeJsonForScript } from './serialize';

// Code units that JSON.stringify escapes (`"`, `\`, controls, surrogates: a lone one is escaped, and
// a pair is left to it too) or escapeJsonForScript does (`<`, U+2028, U+2029). Text without them
// is its own JSON, so the common case costs one scan and no JSON.stringify call.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what JSON escapes.
const NEEDS_ESCAPE = /["\\<\u0000-\u001f\u2028\u2029\ud800-\udfff]/;

/** `text` as a JSON string that is safe inside an inline `<script>`: the same bytes as `escapeJsonForScript(JSON.stringify(text))`. */
export function jsonText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? escapeJsonForScript(JSON.stringify(text)) : '"' + text + '"';
}
