/**
 * The rules for single values (README.md, "The data"): each takes what the shop passed and returns
 * the value to send, `undefined` when it is absent (`null`, `undefined`, text that is empty after
 * trimming: the docs ask for unknown optional fields to be left out), or an Invalid naming the
 * problem. Every text value, ids included, goes through `text`, so its rules hold for all of them.
 */
import { Invalid } from './reader';

// What each accepts, for the message (reader.ts's describe adds the code's words and the value received).
const NOT_PLAIN_DATA = /* @__PURE__ */ new Invalid('not_plain_data', 'expected text or a number');
const INVALID_TYPE = /* @__PURE__ */ new Invalid('invalid_type', 'expected text or a number');
const INVALID_PRICE = /* @__PURE__ */ new Invalid('invalid_price', 'expected a number ≥ 0 or text like "2 999,00"');
const AMBIGUOUS_PRICE = /* @__PURE__ */ new Invalid('ambiguous_price', 'write "1000" or "1,000.00"');
const INVALID_COUNT = /* @__PURE__ */ new Invalid('invalid_count', 'expected a whole number > 0');
const AMBIGUOUS_COUNT = /* @__PURE__ */ new Invalid('ambiguous_count', 'write "1000"');
const INVALID_URL = /* @__PURE__ */ new Invalid('invalid_url', 'expected an absolute http(s) URL');
const INVALID_SEX = /* @__PURE__ */ new Invalid('invalid_sex', 'expected m, f, male or female');
const INVALID_BOOLEAN = /* @__PURE__ */ new Invalid('invalid_boolean', 'expected true or false');
const UNSAFE_INTEGER = /* @__PURE__ */ new Invalid('unsafe_integer', 'beyond 2^53 digits may be lost: pass it as a string');
const PLACEHOLDER = /* @__PURE__ */ new Invalid('placeholder', 'expected a real value, not String() of a missing one');

// After spaces are removed: digits grouped in threes by one separator ("1,000,000"; 1: lead, 2:
// separator, 3: groups), or plain digits (4); then maybe a decimal part (5: separator, 6: digits).
// Each part ends where the next must start, so this stays linear on any input.
const AMOUNT = /^(?:(\d{1,3})([.,])(\d{3}(?:\2\d{3})*)|(\d+))(?:([.,])(\d+))?$/;
// Digits, then maybe one separator and one or two decimals: what readAmount reads the same way.
const PLAIN_AMOUNT = /^\d+(?:[.,]\d\d?)?$/;
const HTTP_URL = /^https?:\/\/[^\s/?#@]+([/?#]\S*)?$/i;
// A pattern, not a lookup table: `toString` must not find Object.prototype's.
const SEX_PATTERN = /^(m|f|male|female)$/i;

/** A value of a type no field accepts; functions and symbols are not data at all. */
function wrongType(value: unknown): Invalid | undefined {
  if (value == null) return undefined;
  return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN_DATA : INVALID_TYPE;
}

/**
 * Whether `value` is what JavaScript writes for a missing value, not data: `String(undefined)`,
 * `${null}`, `String(NaN)`, `String({})`, exactly, after trimming. Only these, in this letter case:
 * "NAN" is a brand, "None" or "Nil" can be a name. Sent as an id, `undefined` would make every
 * such order or product one and the same.
 */
export function isStringifiedMissingValue(value: string): boolean {
  const given = value.trim();
  // Comparisons, not a regex: every text value of every command passes here.
  return given === 'undefined' || given === 'null' || given === 'NaN' || given === '[object Object]';
}

/**
 * Text: strings trimmed; finite numbers and bigints become strings. An integer beyond 2^53 is
 * refused: it lost digits before it reached us (9007199254740993 arrives as 9007199254740992, and
 * two orders would share one id). So is a stringified missing value (`placeholder`).
 */
export function text(value: unknown): string | Invalid | undefined {
  if (typeof value === 'string') {
    const given = value.trim();
    return given === '' ? undefined : isStringifiedMissingValue(given) ? PLACEHOLDER : given;
  }
  if (typeof value === 'bigint') return String(value);
  if (Number.isFinite(value)) return Number.isInteger(value) && !Number.isSafeInteger(value) ? UNSAFE_INTEGER : String(value);
  return wrongType(value);
}

/** An id (order, item, category, the shop's user id): read as text. */
export function id(value: unknown): string | Invalid | undefined {
  return text(value);
}

/**
 * A price or count string without spaces as a number; NaN when malformed; null when ambiguous: one
 * `.` or `,` before exactly three digits may group thousands ("1,000") or start decimals ("1.000").
 * Several groups ("1.000.000") or a decimal part with the other separator ("1,234.56") settle it.
 */
function readAmount(compact: string): number | null {
  const match = AMOUNT.exec(compact);
  if (!match) return NaN;
  const [, lead, separator, groups, plain, point, decimals] = match;
  if (separator && point === separator) return NaN;
  if (separator ? !point && groups!.length === 3 : decimals?.length === 3) return null;
  const whole = separator ? lead! + groups!.split(separator).join('') : plain!;
  return Number(decimals ? `${whole}.${decimals}` : whole);
}

/**
 * A number ≥ 0 as shops write it, for `price` and `count`: spaces of every kind (no-break ones
 * too) are thousands separators, the decimal separator is a dot or a comma: "2 999,00" → 2999 (see
 * readAmount: "1,000" alone is ambiguous, never silently 1). Undefined for blank text; NaN when it
 * is not such a number; null when it is ambiguous. `+ 0` turns -0 into 0, so the data equals what
 * JSON sends.
 */
function amount(value: string | number): number | null | undefined {
  if (typeof value === 'number') return value >= 0 ? value + 0 : NaN;
  // The text shops send most ("1290", "8999,9"): never ambiguous, read without the general rule's copies.
  if (PLAIN_AMOUNT.test(value)) return Number(value.replace(',', '.'));
  const compact = value.replace(/\s/g, '');
  return compact === '' ? undefined : readAmount(compact);
}

/** A price: a number ≥ 0 (see `amount`); finite too: 400 digits are Infinity, which JSON sends as null. */
export function price(value: unknown): number | Invalid | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return wrongType(value);
  const number = amount(value);
  if (number === null) return AMBIGUOUS_PRICE;
  return number === undefined || number < Infinity ? number : INVALID_PRICE;
}

/** A count of units: a positive whole number, written like a price ("2" → 2). Any other type is invalid_count. */
export function count(value: unknown): number | Invalid | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return value == null ? undefined : INVALID_COUNT;
  const number = amount(value);
  if (number === null) return AMBIGUOUS_COUNT;
  return number === undefined || (Number.isSafeInteger(number) && number > 0) ? number : INVALID_COUNT;
}

/** An absolute http(s) URL (product pictures). */
export function httpUrl(value: unknown): string | Invalid | undefined {
  const url = text(value);
  return typeof url !== 'string' || HTTP_URL.test(url) ? url : INVALID_URL;
}

/** `m`/`f`/`male`/`female` in any letter case → 'm' | 'f'. */
export function sex(value: unknown): 'm' | 'f' | Invalid | undefined {
  const given = text(value);
  if (typeof given !== 'string') return given;
  if (!SEX_PATTERN.test(given)) return INVALID_SEX;
  return given.charAt(0).toLowerCase() === 'm' ? 'm' : 'f';
}

/** A yes/no as the markers write it: `true`/`false`, or those words in any case → "true" | "false". */
export function flag(value: unknown): 'true' | 'false' | Invalid | undefined {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const given = text(value);
  if (typeof given !== 'string') return given;
  const word = given.toLowerCase();
  return word === 'true' || word === 'false' ? word : INVALID_BOOLEAN;
}

/** A flat profile value: text (see `text`), or a boolean as "true"/"false". */
export function flatValue(value: unknown): string | Invalid | undefined {
  return typeof value === 'boolean' ? String(value) : text(value);
}
