import { addIssue, joinPath, type FlocktoryIssue, type IssueCode } from './issues';
import { own, type PlainObject } from './read-object';

// Digits, then at most one decimal part after a dot or a comma ("2999,00", "1000.00").
const PRICE_PATTERN = /^\d+([.,]\d+)?$/;
const HTTP_URL = /^https?:\/\/[^\s/?#@]+([/?#]\S*)?$/i;
// A pattern, not a lookup table: `toString` must not find Object.prototype's.
const SEX_PATTERN = /^(m|f|male|female)$/i;

/**
 * Reads the field `key` of `object` (own properties only) by the rule its name has in the docs
 * (README.md, "The data") and returns the normalized value, or undefined when it is absent or bad.
 * A bad value is recorded at `path.key`, fatal when the field is `required` (counts, images and
 * sex never are); the path is only built then, as most items have no issue at all. `null`,
 * `undefined` and strings that are empty after trimming count as absent: the docs ask for unknown
 * optional fields to be left out.
 *
 * - `price`: a number ≥ 0; in strings, spaces of every kind (no-break ones too) are thousands
 *   separators and the decimal separator is a dot or a comma: "2 999,00" → 2999.
 * - `count`: read as a price, then a positive whole number ("2" → 2).
 * - anything else (ids too) is text: strings trimmed; finite numbers and bigints become strings;
 *   then `image` must be an absolute http(s) URL, and `sex` m/f/male/female in any case → 'm' | 'f'.
 */
export function readField(
  object: PlainObject,
  path: string,
  key: string,
  issues: FlocktoryIssue[],
  required = false,
): string | number | undefined {
  let value = own(object, key);
  const numeric = key === 'price' || key === 'count';
  // The issue of a value of a type the field cannot have (any wrong type of count is
  // invalid_count); replaced below for the other problems.
  let code: IssueCode =
    key === 'count' ? 'invalid_count' : typeof value === 'function' || typeof value === 'symbol' ? 'not_plain_data' : 'invalid_type';
  if (typeof value === 'string') value = numeric ? value.replace(/\s/g, '') : value.trim();
  else if (!numeric && (Number.isFinite(value) || typeof value === 'bigint')) value = String(value);
  if (value == null || value === '') {
    if (!required) return undefined;
    code = 'required';
  } else if (numeric) {
    if (typeof value === 'string') value = PRICE_PATTERN.test(value) ? Number(value.replace(',', '.')) : NaN;
    if (typeof value === 'number') {
      // Finite too: 400 digits match the pattern but are Infinity, which JSON would send as null.
      // `+ 0` turns -0 into 0, so `data` equals what JSON sends.
      if (key === 'count' ? Number.isSafeInteger(value) && value > 0 : value >= 0 && value < Infinity) return value + 0;
      code = key === 'count' ? 'invalid_count' : 'invalid_price';
    }
  } else if (typeof value === 'string') {
    if (key === 'sex') {
      if (SEX_PATTERN.test(value)) return value[0]!.toLowerCase();
      code = 'invalid_sex';
    } else {
      if (key !== 'image' || HTTP_URL.test(value)) return value;
      code = 'invalid_url';
    }
  }
  return addIssue(issues, joinPath(path, key), code, required);
}
