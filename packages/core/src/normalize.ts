import { addIssue, joinPath, type FlocktoryIssue } from './issues';
import { settle } from './options';
import { own, readObject, type PlainObject } from './read-object';
import { readEmail } from './email';
import { COUNT, PRICE, readField, SEX, TEXT, URL, type FieldKind } from './read-values';
import type { PostcheckoutData } from './types';

export interface NormalizeResult {
  /** Present unless a required field is unusable. */
  data: PostcheckoutData | undefined;
  /** Every problem found; those with `fatal: false` concern dropped optional fields. */
  issues: readonly FlocktoryIssue[];
}

/** A documented field: its key, how to read it, and whether it is required. */
type Field = readonly [key: string, kind: FieldKind | Reader, required?: boolean];
/** Reads a field that is more than one value (the user's address, nested objects). */
type Reader = (object: PlainObject, issues: FlocktoryIssue[], ancestors: unknown[]) => unknown;

// Readers return non-empty values or undefined. A required value that is missing always comes with
// a fatal issue, and `normalizePostcheckout` then drops the whole data, so objects are built
// without checking that their required fields are there.

/**
 * A new object with the documented `fields` of the plain object `value`, in the order they are
 * sent; `known` are all the keys it may have (any other is reported and never sent).
 */
function readFields(
  value: unknown,
  path: string,
  issues: FlocktoryIssue[],
  ancestors: unknown[],
  fields: readonly Field[],
  known: readonly string[],
): PlainObject | undefined {
  const object = readObject(value, path, issues, known, ancestors);
  if (!object) return undefined;
  const result: PlainObject = {};
  for (const [key, kind, required] of fields) {
    const field = typeof kind === 'number' ? readField(object, path, key, kind, issues, required) : kind(object, issues, [...ancestors, object]);
    if (field !== undefined) result[key] = field;
  }
  return result;
}

const ITEM: readonly Field[] = [['id', TEXT, true], ['title', TEXT], ['price', PRICE], ['image', URL], ['count', COUNT]];
const ITEM_KEYS = /* @__PURE__ */ ITEM.map(([key]) => key);

function readItems(order: PlainObject, issues: FlocktoryIssue[], ancestors: unknown[]): PlainObject[] | undefined {
  const items = own(order, 'items');
  const path = 'order.items';
  if (!Array.isArray(items)) return addIssue(issues, path, items == null ? 'required' : 'invalid_type', true);
  // No cycle check for the array: the ancestors are plain objects, never arrays.
  if (items.length === 0) return addIssue(issues, path, 'empty_items', true);
  const inner = [...ancestors, items];
  const result: PlainObject[] = [];
  // Not `map`: it would skip the holes of a sparse array, which must be reported as missing items.
  for (let index = 0; index < items.length; index++) result.push(readFields(items[index], joinPath(path, index), issues, inner, ITEM, ITEM_KEYS)!);
  return result;
}

const USER: readonly Field[] = [['name', TEXT], ['email', readEmail], ['sex', SEX]];
const USER_KEYS = ['name', 'email', 'sex', 'phone', 'id'];
const ORDER: readonly Field[] = [['id', TEXT, true], ['price', PRICE, true], ['custom_field', TEXT], ['items', readItems]];
const ORDER_KEYS = /* @__PURE__ */ ORDER.map(([key]) => key);
const ROOT: readonly Field[] = [
  ['user', (root, issues, ancestors) => readFields(own(root, 'user'), 'user', issues, ancestors, USER, USER_KEYS)],
  ['order', (root, issues, ancestors) => readFields(own(root, 'order'), 'order', issues, ancestors, ORDER, ORDER_KEYS)],
  ['spot', TEXT],
];
const ROOT_KEYS = /* @__PURE__ */ ROOT.map(([key]) => key);

/**
 * Reads a shop's input by the docs' rules into `issues`; the data is only complete when none of
 * them is fatal. Throws on input that cannot be read (a throwing getter or Proxy trap): `settle`
 * turns that into an issue.
 */
export function readPostcheckout(input: unknown, issues: FlocktoryIssue[]): PostcheckoutData | undefined {
  return readFields(input, '', issues, [], ROOT, ROOT_KEYS) as PostcheckoutData | undefined;
}

/** Reads a shop's input by the docs' rules; every problem is collected, none is thrown. */
export function normalizePostcheckout(input: unknown): NormalizeResult {
  let issues: readonly FlocktoryIssue[] = [];
  const data = settle({ mode: 'safe', onError: (error) => (issues = error.issues) }, (found) => readPostcheckout(input, found));
  return { data: data ?? undefined, issues };
}
