import { addIssue, type FlocktoryIssue } from './issues';
import { collect } from './options';
import { own, readObject, type PlainObject } from './read-object';
import { readEmail } from './email';
import { readField } from './read-values';
import type { PostcheckoutData, PostcheckoutItem, PostcheckoutOrder, PostcheckoutUser } from './types';

export interface NormalizeResult {
  /** Present unless a required field is unusable. */
  data: PostcheckoutData | undefined;
  /** Every problem found; those with `fatal: false` concern dropped optional fields. */
  issues: readonly FlocktoryIssue[];
}

// The documented fields of each object; any other key is reported and never sent.
// One reader per object, not one loop over field tables: that loop made buildPostcheckout 16% slower
// (its stores into the result see every table's keys; bench/README.md), and every render pays for
// it; the tables saved 130 B.
// Readers return non-empty values or undefined. A required value that is missing always comes
// with a fatal issue, and `readPostcheckout` then drops the whole data, so objects are built without
// checking that their required fields are there.
const ROOT_KEYS = ['user', 'order', 'spot'];
const USER_KEYS = ['name', 'email', 'sex', 'phone', 'id'];
const ORDER_KEYS = ['id', 'price', 'custom_field', 'items'];
const ITEM_KEYS = ['id', 'title', 'price', 'image', 'count'];

/** More items than any real order has; the bound keeps a hostile `length` (2e7 holes) from costing seconds. */
export const MAX_ITEMS = 10_000;

export function readUser(value: unknown, issues: FlocktoryIssue[], ancestors: unknown[]): PostcheckoutUser | undefined {
  const user = readObject(value, 'user', issues, USER_KEYS, ancestors);
  if (!user) return undefined;
  const name = readField(user, 'user', 'name', issues) as string | undefined;
  const email = readEmail(user, issues)!;
  const sex = readField(user, 'user', 'sex', issues) as PostcheckoutUser['sex'];
  const result: PostcheckoutUser = name ? { name, email } : { email };
  if (sex) result.sex = sex;
  return result;
}

function readItem(value: unknown, path: string, issues: FlocktoryIssue[], ancestors: unknown[]): PostcheckoutItem | undefined {
  const item = readObject(value, path, issues, ITEM_KEYS, ancestors);
  if (!item) return undefined;
  const id = readField(item, path, 'id', issues, true) as string;
  const title = readField(item, path, 'title', issues) as string | undefined;
  const price = readField(item, path, 'price', issues) as number | undefined;
  const image = readField(item, path, 'image', issues) as string | undefined;
  const count = readField(item, path, 'count', issues) as number | undefined;
  // The common case in one literal: one allocation instead of four property additions per item.
  if (title && price != null && image && count) return { id, title, price, image, count };
  const result: PostcheckoutItem = { id };
  if (title) result.title = title;
  if (price != null) result.price = price;
  if (image) result.image = image;
  if (count) result.count = count;
  return result;
}

function readItems(value: unknown, issues: FlocktoryIssue[], ancestors: unknown[]): PostcheckoutItem[] | undefined {
  const path = 'order.items';
  if (!Array.isArray(value)) return addIssue(issues, path, value == null ? 'required' : 'invalid_type', true);
  // Read once: a Proxy may answer anything, and a sparse array may claim any length.
  const length: number = value.length;
  // Not above 0 (a Proxy's -1 or "many" too): no item could be read.
  if (!(length > 0)) return addIssue(issues, path, 'empty_items', true);
  if (!(length <= MAX_ITEMS)) return addIssue(issues, path, 'too_many_items', true, `has ${length} items, more than ${MAX_ITEMS}`);
  // No cycle check for the array: the ancestors are plain objects, never arrays.
  const inner = [...ancestors, value];
  const items: PostcheckoutItem[] = [];
  // Not `map`: it would skip the holes of a sparse array, which must be reported as missing items.
  for (let index = 0; index < length; index++) items.push(readItem(value[index], `${path}[${index}]`, issues, inner)!);
  return items;
}

function readOrder(value: unknown, issues: FlocktoryIssue[], root: PlainObject): PostcheckoutOrder | undefined {
  const order = readObject(value, 'order', issues, ORDER_KEYS, [root]);
  if (!order) return undefined;
  const id = readField(order, 'order', 'id', issues, true) as string;
  const price = readField(order, 'order', 'price', issues, true) as number;
  const customField = readField(order, 'order', 'custom_field', issues) as string | undefined;
  const items = readItems(own(order, 'items'), issues, [root, order])!;
  return customField ? { id, price, custom_field: customField, items } : { id, price, items };
}

/**
 * Reads a shop's input by the docs' rules into `issues`; no data when one of them is fatal, so
 * partial data never reaches the serializer. Throws on input that cannot be read (a throwing
 * getter or Proxy trap): `collect` turns that into an issue.
 */
export function readPostcheckout(input: unknown, issues: FlocktoryIssue[]): PostcheckoutData | undefined {
  const root = readObject(input, '', issues, ROOT_KEYS, []);
  if (!root) return undefined;
  const user = readUser(own(root, 'user'), issues, [root])!;
  const order = readOrder(own(root, 'order'), issues, root)!;
  const spot = readField(root, '', 'spot', issues) as string | undefined;
  if (issues.some((issue) => issue.fatal)) return undefined;
  return spot ? { user, order, spot } : { user, order };
}

/** Reads a shop's input by the docs' rules; every problem is collected, none is thrown. */
export function normalizePostcheckout(input: unknown): NormalizeResult {
  return collect((issues) => readPostcheckout(input, issues));
}
