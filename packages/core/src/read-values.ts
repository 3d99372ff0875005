import { addIssue, joinPath, type FlocktoryIssue, type IssueCode } from './issues';
import { own, type PlainObject } from './read-object';

/** What a field holds; each kind is normalized by its own rule (README.md, "The data"). */
export const TEXT = 0;
export const PRICE = 1;
export const COUNT = 2;
export const URL = 3;
export const SEX = 4;
export type FieldKind = typeof TEXT | typeof PRICE | typeof COUNT | typeof URL | typeof SEX;

// Digits, then at most one decimal part after a dot or a comma ("2999,00", "1000.00").
const PRICE_PATTERN = /^\d+([.,]\d+)?$/;
const HTTP_URL = /^https?:\/\/[^\s/?#@]+([/?#]\S*)?$/i;
// A pattern, not a lookup table: `toString` must not find Object.prototype's.
const SEX_PATTERN = /^(m|f|male|female)$/i;

// The issue of a value of the right type that breaks its kind's rule; TEXT has no rule.
const BROKEN_RULE: readonly (IssueCode | undefined)[] = [, 'invalid_price', 'invalid_count', 'invalid_url', 'invalid_sex'];

/**
 * Reads the field `key` of `object` (own properties only) as a `kind` and returns the normalized
 * value, or undefined when it is absent or bad. A bad value is recorded at `path.key`, fatal when
 * the field is `required` (counts, URLs and sex never are); the path is only built then, as most
 * items have no issue at all. `null`, `undefined` and strings that are empty after trimming count
 * as absent: the docs ask for unknown optional fields to be left out.
 *
 * - TEXT (also ids): strings trimmed; finite numbers and bigints become strings.
 * - URL, SEX: TEXT, then an absolute http(s) URL; m/f/male/female in any case → 'm' | 'f'.
 * - PRICE: a number ≥ 0; in strings, spaces of every kind (no-break ones too) are thousands
 *   separators and the decimal separator is a dot or a comma: "2 999,00" → 2999.
 * - COUNT: read as PRICE, then a positive whole number ("2" → 2).
 */
export function readField(
  object: PlainObject,
  path: string,
  key: string,
  kind: FieldKind,
  issues: FlocktoryIssue[],
  required = false,
): string | number | undefined {
  let value = own(object, key);
  const numeric = kind === PRICE || kind === COUNT;
  if (typeof value === 'string') value = numeric ? value.replace(/\s/g, '') : value.trim();
  let code: IssueCode | undefined;
  if (value == null || value === '') {
    if (!required) return undefined;
    code = 'required';
  } else if (numeric) {
    if (typeof value === 'string') value = PRICE_PATTERN.test(value) ? Number(value.replace(',', '.')) : NaN;
    if (typeof value === 'number') {
      // Finite too: 400 digits match the pattern but are Infinity, which JSON would send as null.
      // `+ 0` turns -0 into 0, so `data` equals what JSON sends.
      if (kind === PRICE ? value >= 0 && value < Infinity : Number.isSafeInteger(value) && value > 0) return value + 0;
      code = BROKEN_RULE[kind];
    }
  } else {
    if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') value = String(value);
    if (typeof value === 'string') {
      if (kind === SEX) {
        if (SEX_PATTERN.test(value)) return value[0]!.toLowerCase();
      } else if (kind !== URL || HTTP_URL.test(value)) {
        return value;
      }
      code = BROKEN_RULE[kind];
    }
  }
  // Left unset above: a value of a type the field cannot have.
  code ??= kind === COUNT ? 'invalid_count' : typeof value === 'function' || typeof value === 'symbol' ? 'not_plain_data' : 'invalid_type';
  return addIssue(issues, joinPath(path, key), code, required);
}
