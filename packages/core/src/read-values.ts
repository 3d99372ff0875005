import type { IssueSink } from './issues';

/**
 * Readers for single fields. Each returns the normalized value, or `undefined` when the field is
 * absent or bad; a bad value is recorded in `issues` (fatal when the field is required).
 * `null`, `undefined` and strings that are empty after trimming count as absent, as the docs ask
 * for unknown optional fields to be left out.
 */

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function rejectType(value: unknown, path: string, issues: IssueSink, required: boolean, expected: string) {
  const code = typeof value === 'function' || typeof value === 'symbol' ? 'not_plain_data' : 'invalid_type';
  return issues.add(path, code, `must be ${expected}, got ${describe(value)}`, required);
}

function missing(path: string, issues: IssueSink, required: boolean) {
  return required ? issues.add(path, 'required', 'is required', true) : undefined;
}

/** Text and ids: strings are trimmed; numbers and bigints become strings. */
export function readText(value: unknown, path: string, issues: IssueSink, required: boolean): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'bigint') text = String(value);
  else if (value == null) return missing(path, issues, required);
  else return rejectType(value, path, issues, required, 'a string or a number');
  return text === '' ? missing(path, issues, required) : text;
}

// Digits, then at most one decimal part after a dot or a comma ("2999,00", "1000.00").
const PRICE = /^\d+(?:[.,]\d+)?$/;
// Thousands separators: spaces of every kind, including no-break and narrow no-break spaces.
const SPACES = /[\s\u00a0\u2007\u202f]/g;

/** "2 999,00" → 2999; numbers must be finite and not negative. */
export function readPrice(value: unknown, path: string, issues: IssueSink, required: boolean): number | undefined {
  if (typeof value === 'number') {
    // `+ 0` turns -0 into 0, so `data` equals what JSON sends.
    if (Number.isFinite(value) && value >= 0) return value + 0;
    return issues.add(path, 'invalid_price', `must be a finite number that is not negative, got ${value}`, required);
  }
  if (typeof value !== 'string') {
    return value == null ? missing(path, issues, required) : rejectType(value, path, issues, required, 'a number or a string');
  }
  const compact = value.replace(SPACES, '');
  if (compact === '') return missing(path, issues, required);
  // Finite too: 400 digits match the pattern but are Infinity, which JSON would send as null.
  const price = PRICE.test(compact) ? Number(compact.replace(',', '.')) : Number.NaN;
  if (Number.isFinite(price)) return price;
  return issues.add(
    path,
    'invalid_price',
    `must be an amount like 2999, "2999,00" or "2 999.00" (no currency, one decimal separator), got ${JSON.stringify(value)}`,
    required,
  );
}

/** A positive whole number of pieces; "2" is accepted. */
export function readCount(value: unknown, path: string, issues: IssueSink): number | undefined {
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof count === 'number' && Number.isSafeInteger(count) && count > 0) return count;
  // Like every optional field: absent when empty after trimming.
  if (value == null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return issues.add(path, 'invalid_count', `must be a positive whole number, got ${describe(value)}`, false);
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

const UNKNOWN_EMAIL_DOMAIN = '@unknown.email';
const PHONE_PUNCTUATION = /[\s()+\-.]/g;

/** The docs' address for a user known only by phone: "+7 (999) 888-77-66" → "79998887766@unknown.email". */
export function unknownEmailFromPhone(phone: string | number): string | undefined {
  const digits = String(phone).replace(PHONE_PUNCTUATION, '');
  return /^\d{5,15}$/.test(digits) ? digits + UNKNOWN_EMAIL_DOMAIN : undefined;
}

// Characters that are safe unquoted in the local part of an address, dots not leading or doubled.
const USER_ID = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;

/** The docs' address for a user known only by the shop's id: 12345678 → "12345678@unknown.email". */
export function unknownEmailFromUserId(id: string | number | bigint): string | undefined {
  const text = String(id).trim();
  return text.length <= 64 && USER_ID.test(text) ? text + UNKNOWN_EMAIL_DOMAIN : undefined;
}

// Letter case spelled out instead of the `i` flag: same matches, and a little faster on every item.
const HTTP_URL = /^[hH][tT][tT][pP][sS]?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/;

export function readImage(value: unknown, path: string, issues: IssueSink): string | undefined {
  const text = readText(value, path, issues, false);
  if (text === undefined || HTTP_URL.test(text)) return text;
  return issues.add(path, 'invalid_url', 'must be an absolute http(s) URL', false);
}

const SEXES: Record<string, 'm' | 'f'> = { m: 'm', male: 'm', f: 'f', female: 'f' };

/** m/f in any case; unknown (empty) is left out, as the docs ask. */
export function readSex(value: unknown, path: string, issues: IssueSink): 'm' | 'f' | undefined {
  const text = readText(value, path, issues, false);
  if (text === undefined) return undefined;
  const sex = SEXES[text.toLowerCase()];
  return sex ?? issues.add(path, 'invalid_sex', `must be "m" or "f", got ${JSON.stringify(text)}`, false);
}
