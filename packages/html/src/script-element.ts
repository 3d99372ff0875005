import { escapeAttribute } from './escape-attribute';

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
