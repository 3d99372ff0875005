/**
 * The rules for single values (README.md, "The data"): each takes what the shop passed and returns
 * the value to send, `undefined` when it is absent (`null`, `undefined`, text that is empty after
 * trimming: the docs ask for unknown optional fields to be left out), or an Invalid naming the
 * problem.
 */
import { Invalid, INVALID_TYPE } from './reader';

const NOT_PLAIN_DATA = /* @__PURE__ */ new Invalid('not_plain_data');
const INVALID_PRICE = /* @__PURE__ */ new Invalid('invalid_price');
const INVALID_COUNT = /* @__PURE__ */ new Invalid('invalid_count');
const INVALID_URL = /* @__PURE__ */ new Invalid('invalid_url');
const INVALID_SEX = /* @__PURE__ */ new Invalid('invalid_sex');
const INVALID_BOOLEAN = /* @__PURE__ */ new Invalid('invalid_boolean');

// Digits, then at most one decimal part after a dot or a comma ("2999,00", "1000.00").
const PRICE_PATTERN = /^\d+([.,]\d+)?$/;
const HTTP_URL = /^https?:\/\/[^\s/?#@]+([/?#]\S*)?$/i;
// A pattern, not a lookup table: `toString` must not find Object.prototype's.
const SEX_PATTERN = /^(m|f|male|female)$/i;

/** A value of a type no field accepts; functions and symbols are not data at all. */
function wrongType(value: unknown): Invalid | undefined {
  if (value == null) return undefined;
  return typeof value === 'function' || typeof value === 'symbol' ? NOT_PLAIN_DATA : INVALID_TYPE;
}

/** Text: strings trimmed; finite numbers and bigints become strings. */
export function text(value: unknown): string | Invalid | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Number.isFinite(value) || typeof value === 'bigint') return String(value);
  return wrongType(value);
}

/** An id (order, item, category, the shop's user id): read as text. */
export function id(value: unknown): string | Invalid | undefined {
  return text(value);
}

/**
 * A number ≥ 0 as shops write it, for `price` and `count`: spaces of every kind (no-break ones
 * too) are thousands separators, the decimal separator is a dot or a comma: "2 999,00" → 2999.
 * Undefined for blank text; NaN when it is not such a number. `+ 0` turns -0 into 0, so the data
 * equals what JSON sends.
 */
function amount(value: string | number): number | undefined {
  if (typeof value === 'number') return value >= 0 ? value + 0 : NaN;
  const compact = value.replace(/\s/g, '');
  if (compact === '') return undefined;
  return PRICE_PATTERN.test(compact) ? Number(compact.replace(',', '.')) : NaN;
}

/** A price: a number ≥ 0 (see `amount`); finite too: 400 digits are Infinity, which JSON sends as null. */
export function price(value: unknown): number | Invalid | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return wrongType(value);
  const number = amount(value);
  return number === undefined || number < Infinity ? number : INVALID_PRICE;
}

/** A count of units: a positive whole number, written like a price ("2" → 2). Any other type is invalid_count. */
export function count(value: unknown): number | Invalid | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return value == null ? undefined : INVALID_COUNT;
  const number = amount(value);
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
