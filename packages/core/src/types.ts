/**
 * The postcheckout data exactly as Flocktory documents it, split into what a shop may pass in
 * (`…Input`, lenient: numbers or strings, phone/id instead of email) and what is sent (normalized).
 */

/** A price as shops have it: `2999`, `"2999,00"`, `"2 999.00"`. */
export type PriceInput = number | string;
/** Ids may be numbers in the shop's database; they are sent as strings. */
export type IdInput = string | number | bigint;

interface UserCommonInput {
  /** Full name, "First Last". Omitted when empty. */
  name?: string | null;
  /** `m` or `f` in any letter case (also `male`/`female`). Omitted when unknown. */
  sex?: string | null;
}

/**
 * The docs require an email. When it is unknown, pass `phone` (sent as `79998887766@unknown.email`)
 * or the shop's own user `id` (sent as `12345678@unknown.email`); email wins over phone over id.
 */
export type PostcheckoutUserInput = UserCommonInput &
  (
    | { email: string; phone?: string | number | null; id?: IdInput | null }
    | { email?: null; phone: string | number; id?: IdInput | null }
    | { email?: null; phone?: null; id: IdInput }
  );

export interface PostcheckoutItemInput {
  /** Article number; must match the product feed. */
  id: IdInput;
  title?: string | null;
  price?: PriceInput | null;
  /** Absolute http(s) URL of the product picture. */
  image?: string | null;
  /** A positive whole number. */
  count?: number | string | null;
}

export interface PostcheckoutOrderInput {
  /** Unique per order. */
  id: IdInput;
  /** Order total without currency. */
  price: PriceInput;
  custom_field?: string | number | null;
  /** At least one item. */
  items: readonly PostcheckoutItemInput[];
}

export interface PostcheckoutInput {
  user: PostcheckoutUserInput;
  order: PostcheckoutOrderInput;
  /** Campaign filter for shops with several thank-you pages. */
  spot?: string | null;
}

/** What is pushed to Flocktory: only documented fields, normalized. */
export interface PostcheckoutItem {
  id: string;
  title?: string;
  price?: number;
  image?: string;
  count?: number;
}

export interface PostcheckoutUser {
  name?: string;
  email: string;
  sex?: 'm' | 'f';
}

export interface PostcheckoutOrder {
  id: string;
  price: number;
  custom_field?: string;
  items: PostcheckoutItem[];
}

export interface PostcheckoutData {
  user: PostcheckoutUser;
  order: PostcheckoutOrder;
  spot?: string;
}
