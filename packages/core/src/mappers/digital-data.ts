/**
 * The `digitalData` layer of Digital Data Manager / SegmentStream (https://docs.ddmanager.ru/):
 * `digitalData.user`, `digitalData.transaction`, and the events pushed to `digitalData.events`.
 * Mapping tables: README, "From digitalData".
 */
import { identity } from '../identity';
import { addIssue, type FlocktoryIssue } from '../issues';
import { Invalid } from '../reader';
import type { PostcheckoutInput, PostcheckoutUserInput } from '../types';
import { cartItem, itemView, orderItem, removal, type ProductLine, type ProductNames } from './products';
import { postcheckoutInput, UNUSABLE_ITEM } from './purchase';
import { defined, isAbsent, mapList, own, readAs, readRecord, type PlainObject } from './read-source';
import { report } from './report';
import type { CartItemInput, CartRemovalInput, CategoryViewInput, ItemViewInput, MapperOptions } from './types';

// No default quantity: the digitalData reference documents none. `unitPrice` is never read: it
// is the price before discounts, and Flocktory wants the price paid.
const NAMES: ProductNames = {
  id: 'id',
  title: 'name',
  price: 'unitSalePrice',
  image: 'imageUrl',
  brand: 'manufacturer',
  categoryId: 'categoryId',
  quantity: 'quantity',
};

/** "First Last": `fullName` when given, else `firstName` and `lastName`, whichever are there. */
function readName(user: PlainObject, path: string, issues: FlocktoryIssue[]): string | undefined {
  const full = readAs(user, path, 'fullName', 'text', issues) as string | undefined;
  const first = readAs(user, path, 'firstName', 'text', issues);
  const last = readAs(user, path, 'lastName', 'text', issues);
  return full ?? ([first, last].filter((part) => part !== undefined).join(' ') || undefined);
}

/** The e-mail by the docs' fallbacks (phone, then the shop's user id), as core computes it. */
function readUserEmail(user: PlainObject, path: string, issues: FlocktoryIssue[]): string | undefined {
  const email = readAs(user, path, 'email', 'text', issues);
  const phone = readAs(user, path, 'phone', 'text', issues);
  const id = readAs(user, path, 'userId', 'text', issues);
  if (isAbsent(email) && isAbsent(phone) && isAbsent(id)) {
    return addIssue(issues, `${path}.email`, 'required', true, `required (or ${path}.phone or ${path}.userId)`);
  }
  // Core's rule reads the fallbacks at `phone` and `id`; digitalData calls the shop's user id `userId`.
  const found: FlocktoryIssue[] = [];
  const result = identity(email, found, path, 'email', undefined, { email, phone, id });
  for (const issue of found) {
    addIssue(issues, issue.path === `${path}.id` ? `${path}.userId` : issue.path, issue.code, issue.fatal, issue.message);
  }
  return result instanceof Invalid ? undefined : result;
}

function readDigitalDataUser(value: unknown, issues: FlocktoryIssue[]): PostcheckoutUserInput | undefined {
  const path = 'digitalData.user';
  const user = readRecord(value, path, issues, true, 'required: an email, a phone or a userId');
  if (!user) return undefined;
  // Read first, so issues come in the order of the fields in the output.
  const name = readName(user, path, issues);
  return defined({ name, email: readUserEmail(user, path, issues) }) as PostcheckoutUserInput;
}

/**
 * `line.product` with `line` holding its quantity (a transaction's line item, or an "Added
 * Product" / "Removed Product" event), or undefined (with an issue).
 */
function readLine(entry: unknown, path: string, issues: FlocktoryIssue[]): ProductLine | undefined {
  const line = readRecord(entry, path, issues);
  const product = line && readRecord(own(line, 'product'), `${path}.product`, issues);
  return product && { product, productPath: `${path}.product`, line: line!, linePath: path };
}

export function readDigitalData(digitalData: unknown, issues: FlocktoryIssue[]): PostcheckoutInput {
  const root = readRecord(digitalData, 'digitalData', issues);
  if (!root) return postcheckoutInput(undefined, undefined, undefined, undefined);
  const user = readDigitalDataUser(own(root, 'user'), issues);
  const path = 'digitalData.transaction';
  const transaction = readRecord(own(root, 'transaction'), path, issues);
  if (!transaction) return postcheckoutInput(user, undefined, undefined, undefined);
  return postcheckoutInput(
    user,
    readAs(transaction, path, 'orderId', 'text', issues, true),
    readAs(transaction, path, 'total', 'price', issues, true),
    mapList(own(transaction, 'lineItems'), `${path}.lineItems`, issues, (entry, linePath) => {
      const line = readLine(entry, linePath, issues);
      return line ? orderItem(line, NAMES, issues) : UNUSABLE_ITEM;
    }),
  );
}

export function readAddedProduct(event: unknown, root: string, issues: FlocktoryIssue[]): CartItemInput[] {
  const line = readLine(event, root, issues);
  const item = line && cartItem(line, NAMES, issues);
  return item ? [item] : [];
}

export function readRemovedProduct(event: unknown, root: string, issues: FlocktoryIssue[]): CartRemovalInput[] {
  const line = readLine(event, root, issues);
  const item = line && removal(line, NAMES, issues);
  return item ? [item] : [];
}

/**
 * The postcheckout input of a page's `digitalData` (`user` and `transaction`): spread it into
 * `<FlocktoryPostcheckout>` or pass it to `buildPostcheckout`. Problems are reported by
 * `options`' rules, each at its path in `digitalData`.
 */
export function fromDigitalData(digitalData: unknown, options: MapperOptions = {}): PostcheckoutInput {
  return report(options, {} as PostcheckoutInput, (issues) => readDigitalData(digitalData, issues));
}

/** The `addToCart` item of an "Added Product" event (`{ name, product, quantity }`); none when it cannot be sent. */
export function fromDigitalDataAddedProduct(event: unknown, options: MapperOptions = {}): CartItemInput[] {
  return report(options, [], (issues) => readAddedProduct(event, 'event', issues));
}

/** The `removeFromCart` item of a "Removed Product" event. */
export function fromDigitalDataRemovedProduct(event: unknown, options: MapperOptions = {}): CartRemovalInput[] {
  return report(options, [], (issues) => readRemovedProduct(event, 'event', issues));
}

/** The item view of a "Viewed Product Detail" event, or of `{ product: digitalData.product }`. */
export function fromDigitalDataViewedProductDetail(event: unknown, options: MapperOptions = {}): ItemViewInput {
  return report(options, {} as ItemViewInput, (issues) => {
    const source = readRecord(event, 'event', issues);
    const product = source && readRecord(own(source, 'product'), 'event.product', issues);
    return product ? itemView(product, 'event.product', NAMES, issues) : ({} as ItemViewInput);
  });
}

/** The category view of a "Viewed Product Listing" event, or of `{ listing: digitalData.listing }`. */
export function fromDigitalDataViewedProductListing(event: unknown, options: MapperOptions = {}): CategoryViewInput {
  return report(options, {} as CategoryViewInput, (issues) => {
    const source = readRecord(event, 'event', issues);
    const listing = source && readRecord(own(source, 'listing'), 'event.listing', issues);
    const id = listing && (readAs(listing, 'event.listing', 'categoryId', 'text', issues, true) as string | undefined);
    return id === undefined ? ({} as CategoryViewInput) : { id };
  });
}
