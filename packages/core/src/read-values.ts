import { addIssue, joinPath, type FlocktoryIssue, type IssueCode } from './issues';
import { own, type PlainObject } from './read-object';

// After spaces are removed: digits grouped in threes by one separator ("1,000,000"; 1: lead, 2:
// separator, 3: groups), or plain digits (4); then maybe a decimal part (5: separator, 6: digits).
// Each part ends where the next must start, so this stays linear on any input.
const AMOUNT = /^(?:(\d{1,3})([.,])(\d{3}(?:\2\d{3})*)|(\d+))(?:([.,])(\d+))?$/;

/**
 * A price or count string without spaces as a number; NaN when malformed; null when ambiguous: one
 * `.` or `,` before exactly three digits may group thousands ("1,000") or start decimals ("1.000").
 * Several groups ("1.000.000") or a decimal part with the other separator ("1,234.56") settle it.
 */
function readAmount(text: string): number | null {
  const match = AMOUNT.exec(text);
  if (!match) return NaN;
  const [, lead, separator, groups, plain, point, decimals] = match;
  if (separator && point === separator) return NaN;
  if (separator ? !point && groups!.length === 3 : decimals?.length === 3) return null;
  const whole = separator ? lead! + groups!.split(separator).join('') : plain!;
  return Number(decimals ? `${whole}.${decimals}` : whole);
}
const UNSAFE_INTEGER = 'is a number beyond 2^53, so digits may be lost: pass it as a string';
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
 *   separators and the decimal separator is a dot or a comma: "2 999,00" → 2999 (see readAmount:
 *   "1,000" alone is ambiguous, never silently 1).
 * - `count`: read as a price, then a positive whole number ("2" → 2).
 * - anything else (ids too) is text: strings trimmed; finite numbers and bigints become strings
 *   (an integer beyond 2^53 is refused: it lost digits before it reached us);
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
  else if (!numeric && (Number.isFinite(value) || typeof value === 'bigint')) {
    // 9007199254740993 arrives as 9007199254740992: two orders would share one id.
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return addIssue(issues, joinPath(path, key), 'unsafe_integer', required, UNSAFE_INTEGER);
    value = String(value);
  }
  if (value == null || value === '') {
    if (!required) return undefined;
    code = 'required';
  } else if (numeric) {
    if (typeof value === 'string') value = readAmount(value);
    if (value === null) code = key === 'count' ? 'ambiguous_count' : 'ambiguous_price';
    else if (typeof value === 'number') {
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
