/**
 * Universal Analytics' enhanced e-commerce objects, which Yandex Metrica reads from the same
 * `dataLayer`: https://yandex.com/support/metrica/ecommerce/data.html and
 * https://developers.google.com/analytics/devguides/collection/ua/gtm/enhanced-ecommerce
 * Mapping tables: README, "From Universal Analytics / Yandex Metrica".
 */
import { addIssue, type FlocktoryIssue } from '../issues';
import type { PostcheckoutInput, PostcheckoutItemInput, PostcheckoutUserInput } from '../types';
import { cartItem, itemView, orderItem, removal, type ProductLine, type ProductNames } from './products';
import { postcheckoutInput, readUserArgument, UNUSABLE_ITEM } from './purchase';
import { isAbsent, mapList, own, readAs, readOnly, readRecord, type PlainObject } from './read-source';
import { report } from './report';
import type { CartItemInput, CartRemovalInput, ItemViewInput, MapperOptions } from './types';

// No default quantity: neither Google's nor Metrica's reference documents one.
const NAMES: ProductNames = {
  id: 'id',
  title: 'name',
  price: 'price',
  brand: 'brand',
  categoryId: 'category',
  quantity: 'quantity',
};

/** `ecommerce[action]`, the action object (`purchase`, `add`, `remove`, `detail`). */
function readAction(ecommerce: unknown, root: string, action: string, issues: FlocktoryIssue[]): PlainObject | undefined {
  const source = readRecord(ecommerce, root, issues);
  return source && readRecord(own(source, action), `${root}.${action}`, issues);
}

/** Maps each of `action.products`; an entry that is not an object becomes `unusable`. */
function mapProducts<T>(
  action: PlainObject,
  path: string,
  issues: FlocktoryIssue[],
  read: (line: ProductLine) => T | undefined,
  unusable?: T,
): T[] {
  return mapList(own(action, 'products'), `${path}.products`, issues, (entry, itemPath) => {
    const product = readRecord(entry, itemPath, issues);
    return product ? read({ product, productPath: itemPath, line: product, linePath: itemPath }) : unusable;
  });
}

// Digits after the point of a price as JavaScript writes it; exponent forms are left unrounded.
const decimals = (value: number) => /\.(\d+)$/.exec(String(value))?.[1]?.length ?? (/e/.test(String(value)) ? undefined : 0);

/**
 * What Google's enhanced e-commerce reference says an unset `revenue` is: the sum of price ×
 * quantity of the products.
 * Rounded to the prices' own decimals, so 0.1 + 0.2 gives 0.3 as the shop's figures would.
 * Undefined when a product lacks either.
 */
function revenueFromProducts(items: readonly PostcheckoutItemInput[]): number | undefined {
  let total = 0;
  let places: number | undefined = 0;
  for (const { price, count } of items) {
    if (typeof price !== 'number' || typeof count !== 'number') return undefined;
    total += price * count;
    const digits = decimals(price);
    places = digits === undefined || places === undefined ? undefined : Math.max(places, digits);
  }
  return places === undefined ? total : Number(total.toFixed(Math.min(places, 20)));
}

function readRevenue(
  fields: PlainObject,
  path: string,
  items: readonly PostcheckoutItemInput[],
  issues: FlocktoryIssue[],
): number | undefined {
  if (!isAbsent(own(fields, 'revenue'))) return readAs(fields, path, 'revenue', 'price', issues, true) as number | undefined;
  const total = revenueFromProducts(items);
  if (total !== undefined && Number.isFinite(total)) return total;
  return addIssue(issues, `${path}.revenue`, 'required', true, 'required, or a price and a quantity on every product to sum');
}

export function readUaPurchase(ecommerce: unknown, user: unknown, root: string, issues: FlocktoryIssue[]): PostcheckoutInput {
  const mappedUser = readUserArgument(user, issues);
  const path = `${root}.purchase`;
  const purchase = readAction(ecommerce, root, 'purchase', issues);
  if (!purchase) return postcheckoutInput(mappedUser, undefined, undefined, undefined);
  const items = mapProducts(purchase, path, issues, (line) => orderItem(line, NAMES, issues), UNUSABLE_ITEM);
  const fields = readRecord(own(purchase, 'actionField'), `${path}.actionField`, issues);
  if (!fields) return postcheckoutInput(mappedUser, undefined, undefined, items);
  const id = readAs(fields, `${path}.actionField`, 'id', 'text', issues, true);
  return postcheckoutInput(mappedUser, id, readRevenue(fields, `${path}.actionField`, items, issues), items);
}

export function readUaAdd(ecommerce: unknown, root: string, issues: FlocktoryIssue[]): CartItemInput[] {
  const add = readAction(ecommerce, root, 'add', issues);
  return add ? mapProducts(add, `${root}.add`, issues, (line) => cartItem(line, NAMES, issues)) : [];
}

export function readUaRemove(ecommerce: unknown, root: string, issues: FlocktoryIssue[]): CartRemovalInput[] {
  const remove = readAction(ecommerce, root, 'remove', issues);
  return remove ? mapProducts(remove, `${root}.remove`, issues, (line) => removal(line, NAMES, issues)) : [];
}

/**
 * The postcheckout input of a UA / Metrica `purchase` (`ecommerce.purchase.actionField` and
 * `.products`). `user` is our own user input. Problems are reported by `options`' rules.
 */
export function fromUaPurchase(ecommerce: unknown, user: PostcheckoutUserInput, options: MapperOptions = {}): PostcheckoutInput {
  return report(options, {} as PostcheckoutInput, (issues) => readUaPurchase(ecommerce, user, 'ecommerce', issues));
}

/** One `addToCart` item per product of `ecommerce.add`; products that cannot be sent are left out and reported. */
export function fromUaAdd(ecommerce: unknown, options: MapperOptions = {}): CartItemInput[] {
  return report(options, [], (issues) => readUaAdd(ecommerce, 'ecommerce', issues));
}

/** One `removeFromCart` item per product of `ecommerce.remove`. */
export function fromUaRemove(ecommerce: unknown, options: MapperOptions = {}): CartRemovalInput[] {
  return report(options, [], (issues) => readUaRemove(ecommerce, 'ecommerce', issues));
}

/** The item view of `ecommerce.detail`, whose `products` must hold the viewed product alone. */
export function fromUaDetail(ecommerce: unknown, options: MapperOptions = {}): ItemViewInput {
  return report(options, {} as ItemViewInput, (issues) => {
    const detail = readAction(ecommerce, 'ecommerce', 'detail', issues);
    const product = detail && readOnly(own(detail, 'products'), 'ecommerce.detail.products', issues, 'an item view');
    return product ? itemView(product, 'ecommerce.detail.products[0]', NAMES, issues) : ({} as ItemViewInput);
  });
}
