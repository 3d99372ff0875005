/**
 * JSON that is safe as the text of an inline `<script>`.
 *
 * Inside script data the HTML tokenizer only reacts to `<` (`</script`, `<!--`, `<script`), so
 * escaping every `<` as `\u003c` keeps any string, keys included, from ending the element or
 * entering the comment-like escaped states. U+2028/U+2029 are escaped for engines older than
 * ES2019, where they end a string literal. Lone surrogates are already escaped by
 * JSON.stringify (ES2019 well-formed output). `<` can only occur inside JSON strings, so a
 * global replace never touches structure, and the result is still valid JSON.
 */
const UNSAFE_TEST = /[<\u2028\u2029]/;
const UNSAFE = /[<\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

function escapeCharacter(character: string): string {
  return ESCAPES[character] as string;
}

/** Escapes already-made JSON for an inline script. */
export function escapeJsonForScript(json: string): string {
  return UNSAFE_TEST.test(json) ? json.replace(UNSAFE, escapeCharacter) : json;
}

/** `JSON.stringify` whose output can be placed in an inline `<script>` as is. */
export function serializeForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('serializeForScript: value has no JSON form');
  return escapeJsonForScript(json);
}
