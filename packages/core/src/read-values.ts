import { addIssue, joinPath, type FlocktoryIssue } from './issues';
import { own, type PlainObject } from './read-object';

/**
 * Readers for single fields: `read…(object, path, key, issues, required)` reads `object[key]`
 * (own properties only) and returns the normalized value, or `undefined` when it is absent or bad;
 * a bad value is recorded at `path.key` (fatal when the field is required). The full path is only
 * built when there is an issue: items have five fields each and most have none.
 * `null`, `undefined` and strings that are empty after trimming count as absent, as the docs ask
 * for unknown optional fields to be left out.
 */

/** An absent value (`required` issue if needed) or one of the wrong type. */
function unusable(value: unknown, path: string, key: string, issues: FlocktoryIssue[], required: boolean): undefined {
  if (value == null || value === '') return required ? addIssue(issues, joinPath(path, key), 'required', true) : undefined;
  const code = typeof value === 'function' || typeof value === 'symbol' ? 'not_plain_data' : 'invalid_type';
  return addIssue(issues, joinPath(path, key), code, required, 'must be a string or a number');
}

/** Text and ids: strings are trimmed; finite numbers and bigints become strings. */
export function readText(object: PlainObject, path: string, key: string, issues: FlocktoryIssue[], required = false): string | undefined {
  const value = own(object, key);
  const text =
    typeof value === 'string' ? value.trim()
    : (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint' ? String(value)
    : value;
  return typeof text === 'string' && text !== '' ? text : unusable(text, path, key, issues, required);
}

// Digits, then at most one decimal part after a dot or a comma ("2999,00", "1000.00").
const PRICE = /^\d+(?:[.,]\d+)?$/;

/** "2 999,00" → 2999: spaces of every kind (no-break ones too) are thousands separators. */
export function readPrice(object: PlainObject, path: string, key: string, issues: FlocktoryIssue[], required = false): number | undefined {
  const value = own(object, key);
  const compact = typeof value === 'string' ? value.replace(/\s/g, '') : value;
  if (typeof compact !== 'number' && (typeof compact !== 'string' || compact === '')) {
    return unusable(compact, path, key, issues, required);
  }
  const price = typeof compact === 'number' ? compact : PRICE.test(compact) ? Number(compact.replace(',', '.')) : NaN;
  // Finite too: 400 digits match the pattern but are Infinity, which JSON would send as null.
  // `+ 0` turns -0 into 0, so `data` equals what JSON sends.
  if (Number.isFinite(price) && price >= 0) return price + 0;
  return addIssue(issues, joinPath(path, key), 'invalid_price', required);
}

/** A positive whole number of pieces; "2" is accepted. Always optional. */
export function readCount(object: PlainObject, path: string, key: string, issues: FlocktoryIssue[]): number | undefined {
  const value = own(object, key);
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof count === 'number' && Number.isSafeInteger(count) && count > 0) return count;
  if (value == null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return addIssue(issues, joinPath(path, key), 'invalid_count', false);
}

// Letter case spelled out instead of the `i` flag: same matches, and a little faster on every item.
const HTTP_URL = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/;

export function readImage(object: PlainObject, path: string, key: string, issues: FlocktoryIssue[]): string | undefined {
  const text = readText(object, path, key, issues);
  if (text === undefined || HTTP_URL.test(text)) return text;
  return addIssue(issues, joinPath(path, key), 'invalid_url', false);
}

/** m/f (or male/female) in any case; unknown (empty) is left out, as the docs ask. */
export function readSex(object: PlainObject, path: string, key: string, issues: FlocktoryIssue[]): 'm' | 'f' | undefined {
  const text = readText(object, path, key, issues);
  if (text === undefined) return undefined;
  // A pattern, not a lookup table: `toString` must not find Object.prototype's.
  if (/^(?:m|f|male|female)$/i.test(text)) return text[0]!.toLowerCase() as 'm' | 'f';
  return addIssue(issues, joinPath(path, key), 'invalid_sex', false);
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/** The docs' address for a user known only by phone: "+7 (999) 888-77-66" → "79998887766@unknown.email". */
export function unknownEmailFromPhone(phone: string | number): string | undefined {
  const digits = String(phone).replace(/[\s()+\-.]/g, '');
  return /^\d{5,15}$/.test(digits) ? digits + '@unknown.email' : undefined;
}

// Characters that are safe unquoted in the local part of an address, dots not leading or doubled.
const USER_ID = /^[\w+-]+(?:\.[\w+-]+)*$/;

/** The docs' address for a user known only by the shop's id: 12345678 → "12345678@unknown.email". */
export function unknownEmailFromUserId(id: string | number | bigint): string | undefined {
  const text = String(id).trim();
  return text.length <= 64 && USER_ID.test(text) ? text + '@unknown.email' : undefined;
}
