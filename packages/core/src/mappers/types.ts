import type { FlocktoryOptions } from '../options';

/**
 * What the mappers produce besides the postcheckout input: the inputs of Flocktory's cart
 * commands and of its product and category view markers, with Flocktory's field names
 * (https://flocktory.github.io/en/integration/precheckout/). Values are already normalized:
 * ids are strings, prices and counts numbers.
 */

/** `addToCart`'s item. `count` is the number of units added, not the new total. */
export interface CartItemInput {
  id: string;
  /** Unit price after discounts. */
  price?: number;
  count: number;
  brand?: string;
  /** The feed's category id. */
  categoryId?: string;
}

/** `removeFromCart`'s item. `count` is the number of units removed. */
export interface CartRemovalInput {
  id: string;
  count: number;
}

/** The product page's `track-item-view` marker. */
export interface ItemViewInput {
  id: string;
  categoryId?: string;
  vendor?: string;
  available?: boolean;
}

/** The category page's `track-category-view` marker. */
export interface CategoryViewInput {
  id: string;
}

/**
 * How a mapper reports what it could not map: the same rules as every adapter. `strict` throws a
 * FlocktoryValidationError; `safe` hands it to `onError` (default `console.error`) and returns
 * what could be mapped. Default: `safe` when `NODE_ENV` is `production`, else `strict`.
 */
export type MapperOptions = Pick<FlocktoryOptions, 'mode' | 'onError'>;
