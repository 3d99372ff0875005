/**
 * The JSON of normalized postcheckout data, written field by field: the same bytes as
 * `escapeJsonForScript(JSON.stringify(data))` for anything `readPostcheckout` returns, in about half
 * the time (V8's generic JSON.stringify costs ~80 ns a property). That holds because the reader
 * builds each object in its schema's order (normalize.ts), never stores `undefined`, and its
 * numbers are finite (JSON would write `null` for the others). A field added to a schema must be
 * added here too: core's tests compare this with JSON.stringify on data with every field.
 * Data from anywhere else goes through JSON.stringify: see `postcheckoutCode`.
 */
import { batchedListJson, ITEMS_PER_BATCH } from './batched-json';
import { jsonText } from './json-text';
import type { PostcheckoutData, PostcheckoutItem } from './types';

/** `,"name":value` (`key` is `,"name":`, written out: no string made for it per call), or nothing for an absent field. */
function field(key: string, value: string | number | undefined): string {
  return value === undefined ? '' : key + (typeof value === 'string' ? jsonText(value) : value);
}

const itemJson = (item: PostcheckoutItem): string =>
  '{"id":' +
  jsonText(item.id) +
  field(',"title":', item.title) +
  field(',"price":', item.price) +
  field(',"image":', item.image) +
  field(',"count":', item.count) +
  '}';

/**
 * The items without brackets. Past one batch, JSON.stringify's: this writer's many small strings
 * stay alive until the text is done, which costs more than it saves on a large order (1.7× on
 * 10,000 items), while batches stay few and flat.
 */
const itemsJson = (items: readonly PostcheckoutItem[]): string =>
  items.length > ITEMS_PER_BATCH
    ? batchedListJson(items)
    : items.reduce((json, item, index) => json + (index ? ',' : '') + itemJson(item), '');

// Concatenation only: map and join, or slice, would copy the pieces into a flat string each time.
export const normalizedJson = ({ user, order, spot }: PostcheckoutData): string =>
  '{"user":{' +
  (user.name === undefined ? '' : '"name":' + jsonText(user.name) + ',') +
  '"email":' +
  jsonText(user.email) +
  field(',"sex":', user.sex) +
  '},"order":{"id":' +
  jsonText(order.id) +
  field(',"price":', order.price) +
  field(',"custom_field":', order.custom_field) +
  ',"items":[' +
  itemsJson(order.items) +
  ']}' +
  field(',"spot":', spot) +
  '}';
