/** The cart commands' items (https://flocktory.github.io/en/integration/precheckout/, "Cart code"). */
import { optional, required, schema, type DataOfSchema } from './reader';
import type { IdInput, PriceInput } from './types';
import { count, id, price, text } from './value-rules';

/** A product added to the cart: `addToCart`'s item. (The names match `@flocktory-ssr/core/mappers`'.) */
export interface CartItemInput {
  /** The offer id in your product feed (variants with their own price have their own id). */
  id: IdInput;
  /** The unit price shown on the page, discounts included. */
  price?: PriceInput | null;
  /** How many units were ADDED by this change (not the new quantity): a positive whole number. */
  count: number | string;
  brand?: string | null;
  /** The product's category id in your feed. */
  categoryId?: IdInput | null;
}

/** A product removed from the cart: `removeFromCart`'s item. */
export interface CartRemovalInput {
  id: IdInput;
  /** How many units were REMOVED by this change: a positive whole number. */
  count: number | string;
}

/** One line of the whole cart: `updateCart`'s items. */
export interface CartLineInput {
  id: IdInput;
  /** The unit price shown on the page, discounts included. */
  price: PriceInput;
  /** The quantity in the cart: a positive whole number. */
  count: number | string;
}

export const CART_ITEM = /* @__PURE__ */ schema(() => ({
  id: required(id),
  price: optional(price),
  count: required(count),
  brand: optional(text),
  categoryId: optional(id),
}));
export const CART_REMOVAL = /* @__PURE__ */ schema(() => ({ id: required(id), count: required(count) }));
export const CART_LINE = /* @__PURE__ */ schema(() => ({ id: required(id), price: required(price), count: required(count) }));

export type CartItem = DataOfSchema<typeof CART_ITEM>;
export type CartRemoval = DataOfSchema<typeof CART_REMOVAL>;
export type CartLine = DataOfSchema<typeof CART_LINE>;
