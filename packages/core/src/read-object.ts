import type { IssueList } from './issues';
import { joinPath } from './issues';

export type PlainObject = Record<string, unknown>;

// Keys that mean a prototype-pollution payload, never shop data.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Objects from literals, JSON.parse or `Object.create(null)`, from any realm; not class instances. */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Checks that `value` is a plain object that is not one of its own `ancestors`, and reports its own
 * keys that are not in `known` (they are never sent). Returns the object, or undefined when it is
 * absent or unusable.
 */
export function readObject(
  value: unknown,
  path: string,
  issues: IssueList,
  required: boolean,
  known: ReadonlySet<string>,
  ancestors: readonly object[],
): PlainObject | undefined {
  if (value == null) return required ? issues.add(path, 'required', 'is required', true) : undefined;
  // Before the array check, so an array that contains itself is reported as the cycle it is.
  if (ancestors.includes(value as object)) return issues.add(path, 'circular', 'is a circular reference', required);
  if (typeof value !== 'object' || Array.isArray(value)) {
    const code = typeof value === 'function' ? 'not_plain_data' : 'invalid_type';
    return issues.add(path, code, 'must be a plain object', required);
  }
  if (!isPlainObject(value)) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return issues.add(path, 'not_plain_data', `must be a plain object, got ${typeof name === 'string' && name ? `a ${name}` : 'a class instance'}`, required);
  }
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    if (FORBIDDEN_KEYS.has(key)) issues.add(joinPath(path, key), 'forbidden_key', 'is a forbidden key; it was dropped', false);
    else issues.add(joinPath(path, key), 'unknown_key', 'is not a field Flocktory defines; it is not sent', false);
  }
  return value as PlainObject;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Own enumerable value only: an inherited (polluted) property must never be read as data. */
export function own(object: PlainObject, key: string): unknown {
  return hasOwn.call(object, key) ? object[key] : undefined;
}
