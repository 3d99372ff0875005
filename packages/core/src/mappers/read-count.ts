import { addIssue, joinPath, type FlocktoryIssue } from '../issues';
import { isAbsent, own, readAs, type PlainObject } from './read-source';

/**
 * A count (a positive whole number) from `source[key]`. When the key is absent: `fallback` if the
 * source format documents a default, else a missing count (an issue when `required`: never a
 * guessed 1).
 */
export function readCount(
  source: PlainObject,
  path: string,
  key: string,
  issues: FlocktoryIssue[],
  required: boolean,
  fallback?: number,
): number | undefined {
  if (!isAbsent(own(source, key))) return readAs(source, path, key, 'count', issues, required) as number | undefined;
  if (fallback !== undefined) return fallback;
  if (required) addIssue(issues, joinPath(path, key), 'required', true, 'required: the number of units (this format documents no default)');
  return undefined;
}
