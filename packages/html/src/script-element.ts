import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';
import { escapeAttribute } from '@flocktory-ssr/core/markup';

/** `name="value"` pairs, or `name` alone for a boolean attribute (`true`); `undefined` is left out. */
export type ScriptAttributes = ReadonlyArray<readonly [name: string, value: string | true | undefined]>;

/**
 * One `<script>` element. Attribute names are ours (constants); every value is escaped. `text`
 * must already be safe as script data: core's serializer guarantees that for snippet code.
 */
export function scriptElement(attributes: ScriptAttributes, text = ''): string {
  let html = '<script';
  for (const [name, value] of attributes) {
    if (value === undefined) continue;
    html += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${html}>${text}</script>`;
}

/**
 * An inline script of ours, `<script data-flocktory="KIND" nonce="…">CODE</script>`: what
 * scriptElement makes of those attributes, written straight out, as every page renders one.
 * `kind` is one of our constants (nothing to escape); the nonce is escaped; `code` is core's.
 */
export function inlineScript(kind: 'postcheckout' | 'update-cart', nonce: string | undefined, code: string): string {
  return `<script ${SCRIPT_ATTRIBUTE}="${kind}"${nonce === undefined ? '' : ` nonce="${escapeAttribute(nonce)}"`}>${code}</script>`;
}
