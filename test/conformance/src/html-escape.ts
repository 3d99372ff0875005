/**
 * Attribute-value escaping for the reference renderer, written apart from core/markup's
 * escapeAttribute (which the adapters use), so comparing with the reference checks that one too.
 * CR is kept as `&#13;`, else the parser would read it as LF; `'` is React's `&#x27;`, which every
 * adapter writes.
 */
const ATTRIBUTE_UNSAFE = /[&"<>'\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#x27;', '\r': '&#13;' };

export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_UNSAFE, (character) => ENTITIES[character] as string);
}
