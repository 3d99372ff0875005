import { marker, type MarkerAttributes } from './markers';
import { settle, type FlocktoryOptions } from './options';
import { type Invalid, optional, readRequired, readValue, required, schema, type Rule } from './reader';
import type { IdInput } from './types';
import { flag, id, text } from './value-rules';

/**
 * A product page's product. The docs' rule for the optional attributes: "if you do not support an
 * optional attribute at all, leave it out; if you support it but a product lacks the value, render
 * it as an empty string". So `undefined` (or the key left out) means "not supported": no
 * attribute; `null` (or blank text) means "supported, this product has none": `""`.
 */
export interface ItemViewInput {
  /** The offer id in your product feed; the same id as in cart events and postcheckout. */
  id: IdInput;
  /** The product's category id in your feed. */
  categoryId?: IdInput | null;
  /** The brand or maker's name. */
  vendor?: string | null;
  /** In stock: sent as "true" / "false" (the strings "true" and "false" are accepted too). */
  available?: boolean | 'true' | 'false' | null;
}

/**
 * An optional attribute the shop supports: `undefined` → left out; `null`, blank or unusable → ""
 * (an unusable value is reported, not fatal).
 */
function supported<T extends string>(rule: (value: unknown) => T | Invalid | undefined): Rule<T | ''> {
  return (value, issues, parentPath, key) => (value === undefined ? undefined : (readValue(rule, value, issues, parentPath, key) ?? ''));
}

const ITEM_VIEW = /* @__PURE__ */ schema(() => ({
  id: required(id),
  categoryId: optional(supported(id)),
  vendor: optional(supported(text)),
  available: optional(supported(flag)),
}));

/**
 * The product page's marker, on product pages only:
 * `<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="…"
 * data-fl-item-category-id="…" data-fl-item-vendor="…" data-fl-item-available="true">`
 * (https://flocktory.github.io/en/integration/precheckout/; the Latin spelling of "category", as in
 * the docs' code samples). Strict mode throws on any problem; safe mode returns null without a
 * usable id and reports to `onError`.
 */
export function buildItemView(item: ItemViewInput, options: FlocktoryOptions = {}): MarkerAttributes | null {
  return settle(options, (issues) => {
    const data = readRequired(ITEM_VIEW, item, issues, 'item');
    if (!data) return undefined;
    const attributes: [string, string][] = [
      ['data-fl-action', 'track-item-view'],
      ['data-fl-item-id', data.id],
    ];
    if (data.categoryId !== undefined) attributes.push(['data-fl-item-category-id', data.categoryId]);
    if (data.vendor !== undefined) attributes.push(['data-fl-item-vendor', data.vendor]);
    if (data.available !== undefined) attributes.push(['data-fl-item-available', data.available]);
    return marker(attributes);
  });
}
