/**
 * One product of an analytics event as Flocktory's order item, cart item or item view. Formats
 * differ only in field names and in where the quantity lives (GA4 and UA: on the product;
 * digitalData: next to it), so each format passes its names and these readers do the rest.
 */
import type { FlocktoryIssue } from '../issues';
import type { PostcheckoutItemInput } from '../types';
import { readCount } from './read-count';
import { defined, readAs, type PlainObject } from './read-source';
import type { CartItemInput, CartRemovalInput, ItemViewInput } from './types';

/** A format's names for the product fields Flocktory uses; absent ones are never read. */
export interface ProductNames {
  id: string;
  title?: string;
  price: string;
  image?: string;
  brand: string;
  categoryId: string;
  quantity: string;
  /** The unit count the format documents for an absent quantity, if it documents one. */
  defaultQuantity?: number;
}

/** Where one product's fields are: the product object, and the object that holds its quantity. */
export interface ProductLine {
  product: PlainObject;
  productPath: string;
  line: PlainObject;
  linePath: string;
}

const idMessage = (names: ProductNames) =>
  `required: the id from the product feed${names.title ? ` (${names.title} is never used instead)` : ''}`;

const readId = ({ product, productPath }: ProductLine, names: ProductNames, issues: FlocktoryIssue[]) =>
  readAs(product, productPath, names.id, 'text', issues, true, idMessage(names)) as string | undefined;

const readText = (product: PlainObject, path: string, key: string | undefined, issues: FlocktoryIssue[]) =>
  key === undefined ? undefined : (readAs(product, path, key, 'text', issues) as string | undefined);

/** An order item; its count is optional in Flocktory's order, so a missing one is left out. */
export function orderItem(line: ProductLine, names: ProductNames, issues: FlocktoryIssue[]): PostcheckoutItemInput {
  const { product, productPath } = line;
  return defined({
    id: readId(line, names, issues)!,
    title: readText(product, productPath, names.title, issues),
    price: readAs(product, productPath, names.price, 'price', issues) as number | undefined,
    image: names.image === undefined ? undefined : (readAs(product, productPath, names.image, 'image', issues) as string | undefined),
    count: readCount(line.line, line.linePath, names.quantity, issues, false, names.defaultQuantity),
  });
}

/** An `addToCart` item, or undefined (with a fatal issue) when its id or count is unusable. */
export function cartItem(line: ProductLine, names: ProductNames, issues: FlocktoryIssue[]): CartItemInput | undefined {
  const { product, productPath } = line;
  const before = issues.length;
  const item = defined({
    id: readId(line, names, issues)!,
    price: readAs(product, productPath, names.price, 'price', issues) as number | undefined,
    count: readCount(line.line, line.linePath, names.quantity, issues, true, names.defaultQuantity)!,
    brand: readText(product, productPath, names.brand, issues),
    categoryId: readText(product, productPath, names.categoryId, issues),
  });
  return issues.slice(before).some((issue) => issue.fatal) ? undefined : item;
}

/** A `removeFromCart` item (only its id and count are sent), or undefined (with a fatal issue). */
export function removal(line: ProductLine, names: ProductNames, issues: FlocktoryIssue[]): CartRemovalInput | undefined {
  const id = readId(line, names, issues);
  const count = readCount(line.line, line.linePath, names.quantity, issues, true, names.defaultQuantity);
  return id === undefined || count === undefined ? undefined : { id, count };
}

/** An item view (the product page's marker); without `id` when it is unusable. */
export function itemView(product: PlainObject, path: string, names: ProductNames, issues: FlocktoryIssue[]): ItemViewInput {
  return defined({
    id: readId({ product, productPath: path, line: product, linePath: path }, names, issues)!,
    categoryId: readText(product, path, names.categoryId, issues),
    vendor: readText(product, path, names.brand, issues),
  });
}
