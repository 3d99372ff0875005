import { FieldIssues, IssueList, joinPath, type FlocktoryIssue } from './issues';
import { thrownMessage } from './options';
import { own, readObject } from './read-object';
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

const ROOT_KEYS = new Set(['user', 'order', 'spot']);
const USER_KEYS = new Set(['name', 'email', 'sex', 'phone', 'id']);
const ORDER_KEYS = new Set(['id', 'price', 'custom_field', 'items']);
const ITEM_KEYS = new Set(['id', 'title', 'price', 'image', 'count']);

export interface NormalizeResult {
  /** Present unless a required field is unusable. */
  data: PostcheckoutData | undefined;
  /** Every problem found; those with `fatal: false` concern dropped optional fields. */
  issues: FlocktoryIssue[];
}

function readEmail(user: Record<string, unknown>, issues: IssueList): string | undefined {
  // The docs' fallbacks, in their order: the real address, then phone, then the shop's user id.
  const email = readText(own(user, 'email'), 'user.email', issues, false);
  const phone = readText(own(user, 'phone'), 'user.phone', issues, false);
  const id = readText(own(user, 'id'), 'user.id', issues, false);
  if (email === undefined && phone === undefined && id === undefined) {
    return issues.add('user.email', 'required', 'is required (or give user.phone or user.id)', true);
  }
  const fromPhone = phone === undefined ? undefined : unknownEmailFromPhone(phone);
  const fromId = id === undefined ? undefined : unknownEmailFromUserId(id);
  const fallback = fromPhone ?? fromId;
  if (email !== undefined && isEmail(email)) return email;
  // A bad address with a usable fallback is not fatal: the order still reaches Flocktory.
  if (email !== undefined) issues.add('user.email', 'invalid_email', 'is not an email address', fallback === undefined);
  if (phone !== undefined && fromPhone === undefined) {
    issues.add('user.phone', 'invalid_phone', 'must hold 5 to 15 digits', fromId === undefined && email === undefined);
  }
  if (id !== undefined && fromId === undefined && fromPhone === undefined) {
    issues.add('user.id', 'invalid_user_id', 'must be letters, digits, ".", "_", "+" or "-" (at most 64)', email === undefined);
  }
  return fallback;
}

function readUser(value: unknown, issues: IssueList, ancestors: object[]): PostcheckoutUser | undefined {
  const user = readObject(value, 'user', issues, true, USER_KEYS, ancestors);
  if (!user) return undefined;
  const email = readEmail(user, issues);
  const name = readText(own(user, 'name'), 'user.name', issues, false);
  const sex = readSex(own(user, 'sex'), 'user.sex', issues);
  if (email === undefined) return undefined;
  const result: PostcheckoutUser = name === undefined ? { email } : { name, email };
  if (sex !== undefined) result.sex = sex;
  return result;
}

function readItem(value: unknown, path: string, issues: IssueList, ancestors: object[]): PostcheckoutItem | undefined {
  const item = readObject(value, path, issues, true, ITEM_KEYS, ancestors);
  if (!item) return undefined;
  // Paths like "order.items[3].id" are built only for a field that has an issue.
  const fields = new FieldIssues(issues, path);
  const id = readText(own(item, 'id'), 'id', fields, true);
  const title = readText(own(item, 'title'), 'title', fields, false);
  const price = readPrice(own(item, 'price'), 'price', fields, false);
  const image = readImage(own(item, 'image'), 'image', fields);
  const count = readCount(own(item, 'count'), 'count', fields);
  if (id === undefined) return undefined;
  // The common case in one literal: one allocation instead of four property additions per item.
  if (title !== undefined && price !== undefined && image !== undefined && count !== undefined) {
    return { id, title, price, image, count };
  }
  const result: PostcheckoutItem = { id };
  if (title !== undefined) result.title = title;
  if (price !== undefined) result.price = price;
  if (image !== undefined) result.image = image;
  if (count !== undefined) result.count = count;
  return result;
}

function readItems(value: unknown, issues: IssueList, ancestors: object[]): PostcheckoutItem[] | undefined {
  if (value == null) return issues.add('order.items', 'required', 'is required', true);
  if (!Array.isArray(value)) return issues.add('order.items', 'invalid_type', 'must be an array of items', true);
  if (ancestors.includes(value)) return issues.add('order.items', 'circular', 'is a circular reference', true);
  if (value.length === 0) return issues.add('order.items', 'empty_items', 'must hold at least one item', true);
  const inner = [...ancestors, value];
  const items: PostcheckoutItem[] = [];
  for (let index = 0; index < value.length; index++) {
    const item = readItem(value[index], joinPath('order.items', index), issues, inner);
    if (item) items.push(item);
  }
  return items.length === value.length ? items : undefined;
}

function readOrder(value: unknown, issues: IssueList, ancestors: object[]): PostcheckoutOrder | undefined {
  const order = readObject(value, 'order', issues, true, ORDER_KEYS, ancestors);
  if (!order) return undefined;
  const inner = [...ancestors, order];
  const id = readText(own(order, 'id'), 'order.id', issues, true);
  const price = readPrice(own(order, 'price'), 'order.price', issues, true);
  const customField = readText(own(order, 'custom_field'), 'order.custom_field', issues, false);
  const items = readItems(own(order, 'items'), issues, inner);
  if (id === undefined || price === undefined || items === undefined) return undefined;
  return customField === undefined ? { id, price, items } : { id, price, custom_field: customField, items };
}

/** Reads a shop's input by the docs' rules; every problem is collected, none is thrown. */
export function normalizePostcheckout(input: unknown): NormalizeResult {
  const issues = new IssueList();
  try {
    return read(input, issues);
  } catch (error) {
    // A throwing getter or Proxy trap: the input cannot be read, whatever was read before.
    issues.add('', 'unreadable', `could not be read: ${thrownMessage(error)}`, true);
    return { data: undefined, issues: issues.issues };
  }
}

function read(input: unknown, issues: IssueList): NormalizeResult {
  const root = readObject(input, '', issues, true, ROOT_KEYS, []);
  if (!root) return { data: undefined, issues: issues.issues };
  const ancestors = [root];
  const user = readUser(own(root, 'user'), issues, ancestors);
  const order = readOrder(own(root, 'order'), issues, ancestors);
  const spot = readText(own(root, 'spot'), 'spot', issues, false);
  if (!user || !order || issues.hasFatal) return { data: undefined, issues: issues.issues };
  return { data: spot === undefined ? { user, order } : { user, order, spot }, issues: issues.issues };
}
