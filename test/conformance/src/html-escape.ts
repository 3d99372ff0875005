/**
 * Attribute-value escaping for the reference renderer (the core has none: rendering is the
 * adapters' job). CR is kept as `&#13;`, else the parser would read it as LF.
 */
const ATTRIBUTE_UNSAFE = /[&"<>'\r]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '\r': '&#13;' };

export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_UNSAFE, (character) => ENTITIES[character] as string);
}
