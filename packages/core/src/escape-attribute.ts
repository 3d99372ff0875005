/**
 * Escapes text for a double-quoted HTML attribute value. `&` and `"` are what the attribute
 * tokenizer reacts to; `'`, `<` and `>` are escaped too so the value is also safe if someone
 * copies it into single quotes or reads it with a naive parser. `'` is spelled `&#x27;` as React
 * spells it, so every adapter writes the same bytes (React's escaper cannot be changed). A raw CR
 * would be turned into LF by the parser's newline normalization; `&#13;` keeps it (marker values
 * hold none: `marker`).
 * U+0000 cannot be carried by HTML at all: the parser always reads it as U+FFFD.
 */
const UNSAFE_TEST = /[&"'<>\r]/;
const UNSAFE = /[&"'<>\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#x27;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

function entity(character: string): string {
  return ENTITIES[character] as string;
}

export function escapeAttribute(value: string): string {
  return UNSAFE_TEST.test(value) ? value.replace(UNSAFE, entity) : value;
}
