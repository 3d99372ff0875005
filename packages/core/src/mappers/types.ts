import type { FlocktoryOptions } from '../options';

/**
 * What the mappers produce besides the postcheckout input: the inputs of Flocktory's cart
 * commands and of its product and category view markers, the very types `addToCart`,
 * `removeFromCart`, `buildItemView` and `buildCategoryView` take
 * (https://flocktory.github.io/en/integration/precheckout/). The values a mapper puts there are
 * already normalized: ids are strings, prices and counts numbers.
 */
export type { CartItemInput, CartLineInput, CartRemovalInput } from '../cart-items';
export type { ItemViewInput } from '../item-view';
export type { CategoryViewInput } from '../category-view';

/**
 * How a mapper reports what it could not map: the same rules as every adapter. `strict` throws a
 * FlocktoryValidationError; `safe` hands it to `onError` (default `console.error`) and returns
 * what could be mapped. Default: `strict` when `NODE_ENV` is `development` or `test`, else `safe`
 * (see `FlocktoryOptions.mode`).
 */
export type MapperOptions = Pick<FlocktoryOptions, 'mode' | 'onError'>;
