/**
 * Google Analytics 4 e-commerce, as `gtag('event', name, params)` or GTM's
 * `dataLayer.push({ event, ecommerce })`: https://developers.google.com/analytics/devguides/collection/ga4/ecommerce
 * Mapping tables: README, "From Google Analytics 4".
 */
import type { FlocktoryIssue } from '../issues';
import type { PostcheckoutInput, PostcheckoutUserInput } from '../types';
import { cartItem, itemView, orderItem, removal, type ProductLine, type ProductNames } from './products';
import { postcheckoutInput, readUserArgument, UNUSABLE_ITEM } from './purchase';
import { mapList, own, readAs, readOnly, readRecord } from './read-source';
import { report } from './report';
import type { CartItemInput, CartRemovalInput, CategoryViewInput, ItemViewInput, MapperOptions } from './types';

const NAMES: ProductNames = {
  id: 'item_id',
  title: 'item_name',
  price: 'price',
  brand: 'item_brand',
  categoryId: 'item_category',
  quantity: 'quantity',
  // GA4's item reference: "Item quantity. If not set, quantity is set to 1."
  defaultQuantity: 1,
};

/**
 * Maps each of `ecommerce.items` (in GA4 the product and its quantity are one object); an entry
 * that is not an object becomes `unusable`.
 */
function mapItems<T>(
  ecommerce: unknown,
  root: string,
  issues: FlocktoryIssue[],
  read: (line: ProductLine) => T | undefined,
  unusable?: T,
): T[] | undefined {
  const source = readRecord(ecommerce, root, issues);
  if (!source) return undefined;
  return mapList(own(source, 'items'), `${root}.items`, issues, (entry, path) => {
    const product = readRecord(entry, path, issues);
    return product ? read({ product, productPath: path, line: product, linePath: path }) : unusable;
  });
}

export function readGa4Purchase(ecommerce: unknown, user: unknown, root: string, issues: FlocktoryIssue[]): PostcheckoutInput {
  const mappedUser = readUserArgument(user, issues);
  const source = readRecord(ecommerce, root, issues);
  if (!source) return postcheckoutInput(mappedUser, undefined, undefined, undefined);
  return postcheckoutInput(
    mappedUser,
    readAs(source, root, 'transaction_id', 'text', issues, true),
    readAs(source, root, 'value', 'price', issues, true, 'required: the order total (never summed from the items)'),
    mapItems(source, root, issues, (line) => orderItem(line, NAMES, issues), UNUSABLE_ITEM),
  );
}

export const readGa4AddToCart = (ecommerce: unknown, root: string, issues: FlocktoryIssue[]): CartItemInput[] =>
  mapItems(ecommerce, root, issues, (line) => cartItem(line, NAMES, issues)) ?? [];

export const readGa4RemoveFromCart = (ecommerce: unknown, root: string, issues: FlocktoryIssue[]): CartRemovalInput[] =>
  mapItems(ecommerce, root, issues, (line) => removal(line, NAMES, issues)) ?? [];

/**
 * The postcheckout input of a GA4 `purchase`: spread it into `<FlocktoryPostcheckout>` or pass it to
 * `buildPostcheckout`. `user` is our own user input (GA4 events carry no personal data). Problems
 * are reported by `options`' rules (MapperOptions), each at its path in `ecommerce` or `user`.
 */
export function fromGa4Purchase(ecommerce: unknown, user: PostcheckoutUserInput, options: MapperOptions = {}): PostcheckoutInput {
  return report(options, {} as PostcheckoutInput, (issues) => readGa4Purchase(ecommerce, user, 'ecommerce', issues));
}

/** One `addToCart` item per item of a GA4 `add_to_cart`; items that cannot be sent are left out and reported. */
export function fromGa4AddToCart(ecommerce: unknown, options: MapperOptions = {}): CartItemInput[] {
  return report(options, [], (issues) => readGa4AddToCart(ecommerce, 'ecommerce', issues));
}

/** One `removeFromCart` item per item of a GA4 `remove_from_cart`. */
export function fromGa4RemoveFromCart(ecommerce: unknown, options: MapperOptions = {}): CartRemovalInput[] {
  return report(options, [], (issues) => readGa4RemoveFromCart(ecommerce, 'ecommerce', issues));
}

/** The item view of a GA4 `view_item`, whose `items` must hold the viewed product alone. */
export function fromGa4ViewItem(ecommerce: unknown, options: MapperOptions = {}): ItemViewInput {
  return report(options, {} as ItemViewInput, (issues) => {
    const source = readRecord(ecommerce, 'ecommerce', issues);
    const item = source && readOnly(own(source, 'items'), 'ecommerce.items', issues, 'an item view');
    return item ? itemView(item, 'ecommerce.items[0]', NAMES, issues) : ({} as ItemViewInput);
  });
}

/** The category view of a GA4 `view_item_list` that lists a category page's products: its `item_list_id`. */
export function fromGa4ViewItemList(ecommerce: unknown, options: MapperOptions = {}): CategoryViewInput {
  return report(options, {} as CategoryViewInput, (issues) => {
    const source = readRecord(ecommerce, 'ecommerce', issues);
    const id =
      source && (readAs(source, 'ecommerce', 'item_list_id', 'text', issues, true, 'required: the category id') as string | undefined);
    return id === undefined ? ({} as CategoryViewInput) : { id };
  });
}
