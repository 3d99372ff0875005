/**
 * The fake sign-in: the shopper's name and e-mail in a cookie (base64url JSON, so any text is
 * cookie-safe). A real shop would keep a session id there instead.
 */
export const SHOPPER_COOKIE = 'shopper';

export interface Shopper {
  name: string;
  email: string;
}

export const encodeShopper = (shopper: Shopper): string => Buffer.from(JSON.stringify(shopper)).toString('base64url');

export function decodeShopper(value: string | undefined): Shopper | null {
  if (!value) return null;
  try {
    const data = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Shopper>;
    return typeof data.email === 'string' && data.email
      ? { name: typeof data.name === 'string' ? data.name : '', email: data.email }
      : null;
  } catch {
    return null;
  }
}
