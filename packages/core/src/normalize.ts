import { addIssue, addUnreadable, joinPath, type FlocktoryIssue } from './issues';
import { own, readObject, type PlainObject } from './read-object';
import {
  isEmail,
  readCount,
  readImage,
  readPrice,
  readSex,
  readText,
  unknownEmailFromPhone,
  unknownEmailFromUserId,
} from './read-values';
import type { PostcheckoutData, PostcheckoutItem, PostcheckoutOrder, PostcheckoutUser } from './types';

export interface NormalizeResult {
  /** Present unless a required field is unusable. */
  data: PostcheckoutData | undefined;
  /** Every problem found; those with `fatal: false` concern dropped optional fields. */
  issues: FlocktoryIssue[];
}

// The documented fields of each object; any other key is reported and never sent.
const ROOT_KEYS = ['user', 'order', 'spot'];
const USER_KEYS = ['name', 'email', 'sex', 'phone', 'id'];
const ORDER_KEYS = ['id', 'price', 'custom_field', 'items'];
const ITEM_KEYS = ['id', 'title', 'price', 'image', 'count'];

// Readers return non-empty strings or undefined, so the truthiness checks below only test presence.
// A required value that is missing always comes with a fatal issue, and `read` then drops the
// whole data, so objects are built without checking that their required fields are there.

function readEmail(user: PlainObject, issues: FlocktoryIssue[]): string | undefined {
  // The docs' fallbacks, in their order: the real address, then phone, then the shop's user id.
  const email = readText(user, 'user', 'email', issues);
  const phone = readText(user, 'user', 'phone', issues);
  const id = readText(user, 'user', 'id', issues);
  if (!email && !phone && !id) return addIssue(issues, 'user.email', 'required', true, 'is required (or user.phone or user.id)');
  const fromPhone = phone && unknownEmailFromPhone(phone);
  const fromId = id && unknownEmailFromUserId(id);
  const fallback = fromPhone || fromId;
  if (email && isEmail(email)) return email;
  // A bad address with a usable fallback is not fatal: the order still reaches Flocktory.
  if (email) addIssue(issues, 'user.email', 'invalid_email', !fallback);
  if (phone && !fromPhone) addIssue(issues, 'user.phone', 'invalid_phone', !fromId && !email);
  if (id && !fallback) addIssue(issues, 'user.id', 'invalid_user_id', !email);
  return fallback;
}

function readUser(value: unknown, issues: FlocktoryIssue[], ancestors: unknown[]): PostcheckoutUser | undefined {
  const user = readObject(value, 'user', issues, USER_KEYS, ancestors);
  if (!user) return undefined;
  const email = readEmail(user, issues);
  const name = readText(user, 'user', 'name', issues);
  const sex = readSex(user, 'user', 'sex', issues) as PostcheckoutUser['sex'];
  const result: PostcheckoutUser = name ? { name, email: email! } : { email: email! };
  if (sex) result.sex = sex;
  return result;
}

function readItem(value: unknown, path: string, issues: FlocktoryIssue[], ancestors: unknown[]): PostcheckoutItem | undefined {
  const item = readObject(value, path, issues, ITEM_KEYS, ancestors);
  if (!item) return undefined;
  const id = readText(item, path, 'id', issues, true);
  const title = readText(item, path, 'title', issues);
  const price = readPrice(item, path, 'price', issues);
  const image = readImage(item, path, 'image', issues);
  const count = readCount(item, path, 'count', issues);
  // The common case in one literal: one allocation instead of four property additions per item.
  if (title && price !== undefined && image && count) return { id: id!, title, price, image, count };
  const result: PostcheckoutItem = { id: id! };
  if (title) result.title = title;
  if (price !== undefined) result.price = price;
  if (image) result.image = image;
  if (count) result.count = count;
  return result;
}

function readItems(value: unknown, issues: FlocktoryIssue[], ancestors: unknown[]): PostcheckoutItem[] | undefined {
  const path = 'order.items';
  if (value == null) return addIssue(issues, path, 'required', true);
  if (!Array.isArray(value)) return addIssue(issues, path, 'invalid_type', true, 'must be an array');
  // No cycle check here: the ancestors are plain objects, never arrays, so the items cannot be one.
  if (value.length === 0) return addIssue(issues, path, 'empty_items', true);
  const inner = [...ancestors, value];
  const items: PostcheckoutItem[] = [];
  // Not `map`: it would skip the holes of a sparse array, which must be reported as missing items.
  for (let index = 0; index < value.length; index++) items.push(readItem(value[index], joinPath(path, index), issues, inner)!);
  return items;
}

function readOrder(value: unknown, issues: FlocktoryIssue[], root: PlainObject): PostcheckoutOrder | undefined {
  const order = readObject(value, 'order', issues, ORDER_KEYS, [root]);
  if (!order) return undefined;
  const id = readText(order, 'order', 'id', issues, true);
  const price = readPrice(order, 'order', 'price', issues, true);
  const customField = readText(order, 'order', 'custom_field', issues);
  const items = readItems(own(order, 'items'), issues, [root, order]);
  return customField ? { id: id!, price: price!, custom_field: customField, items: items! } : { id: id!, price: price!, items: items! };
}

/** Reads a shop's input by the docs' rules; every problem is collected, none is thrown. */
export function normalizePostcheckout(input: unknown): NormalizeResult {
  const issues: FlocktoryIssue[] = [];
  let data: PostcheckoutData | undefined;
  try {
    data = read(input, issues);
  } catch (error) {
    // A throwing getter or Proxy trap: the input cannot be read, whatever was read before.
    data = addUnreadable(issues, error);
  }
  return { data, issues };
}

function read(input: unknown, issues: FlocktoryIssue[]): PostcheckoutData | undefined {
  const root = readObject(input, '', issues, ROOT_KEYS, []);
  if (!root) return undefined;
  const user = readUser(own(root, 'user'), issues, [root]);
  const order = readOrder(own(root, 'order'), issues, root);
  const spot = readText(root, '', 'spot', issues);
  if (issues.some((issue) => issue.fatal)) return undefined;
  return spot ? { user: user!, order: order!, spot } : { user: user!, order: order! };
}
