/**
 * Reading an analytics object by core's value rules, with every issue at the path the shop wrote
 * (`ecommerce.items[2].price`), never at the Flocktory field it was meant for.
 */
import { addIssue, joinPath, type FlocktoryIssue } from '../issues';
import { own, type PlainObject } from '../read-object';
import { describe, Invalid, listLength } from '../reader';
import { count, httpUrl, price, text } from '../value-rules';

export { own, type PlainObject };

// The value rule of each Flocktory field a source value becomes (root README, "The data").
const RULES = { price, count, image: httpUrl, text };

/** The rule of the Flocktory field a source value becomes. */
export type Rule = keyof typeof RULES;

/**
 * Reads `source[key]` by `rule`, exactly as core reads the Flocktory field of that name: the
 * normalized value, or undefined when absent (no issue unless `required`; then `missing` says
 * what is expected) or unusable (an issue at `path.key`, fatal when `required`).
 */
export function readAs(
  source: PlainObject,
  path: string,
  key: string,
  rule: Rule,
  issues: FlocktoryIssue[],
  required = false,
  missing?: string,
): string | number | undefined {
  const given = own(source, key);
  const value = RULES[rule](given);
  if (value === undefined) {
    if (required) addIssue(issues, joinPath(path, key), 'required', true, missing);
    return undefined;
  }
  if (!(value instanceof Invalid)) return value;
  return addIssue(issues, joinPath(path, key), value.code!, required, describe(value, given));
}

/** Absent as core counts it: null, undefined, or a string of nothing but spaces. */
export function isAbsent(value: unknown): boolean {
  return value == null || (typeof value === 'string' && value.trim() === '');
}

/**
 * An object the mapper reads fields from. Any object but an array or a function will do (only
 * own properties are ever read); other keys are the source format's business and never reported.
 */
export function readRecord(
  value: unknown,
  path: string,
  issues: FlocktoryIssue[],
  fatal = true,
  message?: string,
): PlainObject | undefined {
  if (value == null) return addIssue(issues, path, 'required', fatal, message);
  if (typeof value === 'function' || typeof value === 'symbol') return addIssue(issues, path, 'not_plain_data', fatal);
  if (typeof value !== 'object' || Array.isArray(value)) return addIssue(issues, path, 'invalid_type', fatal);
  return value as PlainObject;
}

/**
 * How many entries of the required, non-empty list `value` to read (at most MAX_ITEMS, see
 * core's `listLength`); holes are read too, so each can be reported at its index.
 */
function listLengthAt(value: unknown, path: string, issues: FlocktoryIssue[]): number | undefined {
  if (value == null) return addIssue(issues, path, 'required', true);
  if (!Array.isArray(value)) return addIssue(issues, path, 'invalid_type', true);
  const length = listLength(value, true);
  return length instanceof Invalid ? addIssue(issues, path, length.code!, true, describe(length, value)) : length;
}

/**
 * Maps each entry of the list at `path` with `read` (given the entry and its path); entries it
 * cannot map (undefined) are left out, their issues already recorded.
 */
export function mapList<T>(
  value: unknown,
  path: string,
  issues: FlocktoryIssue[],
  read: (entry: unknown, path: string) => T | undefined,
): T[] {
  const length = listLengthAt(value, path, issues) ?? 0;
  const list = value as readonly unknown[];
  const result: T[] = [];
  // Not `map`: it would skip the holes of a sparse array, which must be reported as missing.
  for (let index = 0; index < length; index++) {
    const mapped = read(list[index], `${path}[${index}]`);
    if (mapped !== undefined) result.push(mapped);
  }
  return result;
}

/** The one entry a view describes; several are ambiguous (which was viewed?), so none is taken. */
export function readOnly(value: unknown, path: string, issues: FlocktoryIssue[], what: string): PlainObject | undefined {
  const length = listLengthAt(value, path, issues);
  if (length === undefined) return undefined;
  if (length > 1)
    return addIssue(issues, path, 'ambiguous', true, `has ${length} entries; ${what} is one product: pass the viewed one alone`);
  return readRecord((value as readonly unknown[])[0], `${path}[0]`, issues);
}

/** `object` without its undefined fields, so the result holds only what was mapped. */
export function defined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}
