import { addIssue, joinPath, type FlocktoryIssue } from './issues';

export type PlainObject = Record<string, unknown>;

/**
 * The objects (and lists) that hold the one being read, innermost first: a chain, not an array,
 * as each level adds one and an array would be copied at every level of every read.
 */
export type Ancestors = { readonly value: unknown; readonly up: Ancestors } | undefined;

// Keys that mean a prototype-pollution payload, never shop data.
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * Checks that `value` is a plain object (from a literal, JSON.parse or `Object.create(null)`,
 * from any realm; not a class instance) that is not one of its own `ancestors`. Returns it, or
 * records why not (fatal) and returns undefined.
 */
export function plainObject(value: unknown, path: string, issues: FlocktoryIssue[], ancestors: Ancestors): PlainObject | undefined {
  // Before the array check, so an array that contains itself is reported as the cycle it is.
  for (let holder = ancestors; holder; holder = holder.up) if (holder.value === value) return addIssue(issues, path, 'circular', true);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return addIssue(issues, path, typeof value === 'function' ? 'not_plain_data' : 'invalid_type', true);
  }
  // A class instance has a prototype that has one too.
  const proto = Object.getPrototypeOf(value);
  if (proto && Object.getPrototypeOf(proto)) return addIssue(issues, path, 'not_plain_data', true);
  return value as PlainObject;
}

/** Reports `key` of the object at `path` as one that is never sent. */
export function unknownKey(issues: FlocktoryIssue[], path: string, key: string): void {
  addIssue(issues, joinPath(path, key), FORBIDDEN_KEYS.includes(key) ? 'forbidden_key' : 'unknown_key', false);
}

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * An own enumerable property only, like the schema reader's: an inherited (polluted) property must
 * never be read as data.
 */
export function own(object: PlainObject, key: string): unknown {
  return isOwnEnumerable.call(object, key) ? object[key] : undefined;
}
