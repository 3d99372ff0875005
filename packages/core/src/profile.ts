import { pageWindow, pushCommand, validated, type PushOptions } from './client-push';
import { addIssue, type FlocktoryIssue } from './issues';
import { FORBIDDEN_KEYS, plainObject, unknownKey } from './read-object';
import { readValue } from './reader';
import { flatValue } from './value-rules';

/** Profile attributes: flat values only (nested objects are not allowed); `null`/`undefined` ones are left out. */
export type ProfileInput = Record<string, string | number | bigint | boolean | null | undefined>;

/**
 * Reads `data` at path `data`: each value text (trimmed), a finite number or bigint (as text), or
 * a boolean ("true"/"false"); other values are reported and left out, and nothing is left is fatal.
 */
export function readProfile(input: unknown, issues: FlocktoryIssue[]): Record<string, string> | undefined {
  const path = 'data';
  if (input == null) return addIssue(issues, path, 'required', true);
  const object = plainObject(input, path, issues, undefined);
  if (!object) return undefined;
  const result: Record<string, string> = {};
  let empty = true;
  for (const key of Object.keys(object)) {
    if (FORBIDDEN_KEYS.includes(key)) {
      unknownKey(issues, path, key);
      continue;
    }
    const value = readValue(flatValue, object[key], issues, path, key);
    if (value !== undefined) {
      result[key] = value;
      empty = false;
    }
  }
  return empty ? addIssue(issues, path, 'empty_data', true) : result;
}

/**
 * `window.flocktory.push(['attachToProfile', { data }])`: custom attributes of the visitor's
 * profile (loyalty tier, segment…) for Flocktory's segments, with flat string values
 * (https://flocktory.github.io/en/faq/). Reports problems to `onError`, never throws, returns
 * whether it pushed; on the server it does nothing and returns false.
 */
export function attachToProfile(data: ProfileInput, options: PushOptions = {}): boolean {
  const target = pageWindow();
  if (!target) return false;
  const read = validated((issues) => readProfile(data, issues), options);
  return read !== undefined && pushCommand(target, 'attachToProfile', { data: read }, options);
}
