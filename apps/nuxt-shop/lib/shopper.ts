/** The fake sign-in: the shopper's name and e-mail in a cookie (a real shop keeps a session id there). */
export const SHOPPER_COOKIE = 'shopper';

export interface Shopper {
  name: string;
  email: string;
}

export function sanitizeShopper(value: unknown): Shopper | null {
  if (!value || typeof value !== 'object') return null;
  const { name, email } = value as Partial<Record<keyof Shopper, unknown>>;
  return typeof email === 'string' && email ? { name: typeof name === 'string' ? name : '', email } : null;
}
