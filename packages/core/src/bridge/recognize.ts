/**
 * Which dataLayer entries are cart events, in each shape a shop's analytics pushes them. Purchases
 * are never among them: the server-rendered postcheckout sends orders.
 */
import type { FlocktoryIssue } from '../issues';
import { readGa4AddToCart, readGa4RemoveFromCart } from '../mappers/ga4';
import { own, type PlainObject } from '../mappers/read-source';
import type { CartItemInput, CartRemovalInput } from '../mappers/types';
import { readUaAdd, readUaRemove } from '../mappers/universal-analytics';

export type CartCommand = ['addToCart', CartItemInput] | ['removeFromCart', CartRemovalInput];

const adds = (items: CartItemInput[]): CartCommand[] => items.map((item) => ['addToCart', item]);
const removes = (items: CartRemovalInput[]): CartCommand[] => items.map((item) => ['removeFromCart', item]);

/** GA4's cart event `name` with its parameters at `path` (`ecommerce` for GTM, `items` at the top for gtag). */
function ga4(name: unknown, params: unknown, path: string, issues: FlocktoryIssue[]): CartCommand[] | undefined {
  if (name === 'add_to_cart') return adds(readGa4AddToCart(params, path, issues));
  if (name === 'remove_from_cart') return removes(readGa4RemoveFromCart(params, path, issues));
  return undefined;
}

/**
 * The cart commands one dataLayer entry (at `path`) asks for; [] for any other entry. Problems are
 * recorded in `issues` at their path in the entry.
 *
 * - gtag.js pushes its `arguments`: `('event', 'add_to_cart', { items })`;
 * - GTM's GA4 events: `{ event: 'add_to_cart', ecommerce: { items } }`;
 * - UA enhanced e-commerce, which Metrica reads from any entry whatever its `event`:
 *   `{ event?: 'addToCart', ecommerce: { add: { products } } }` (and `remove`).
 */
export function cartCommandsOf(entry: unknown, path: string, issues: FlocktoryIssue[]): CartCommand[] {
  if (entry === null || typeof entry !== 'object') return [];
  if (Object.prototype.toString.call(entry) === '[object Arguments]') {
    const args = entry as ArrayLike<unknown>;
    return (args[0] === 'event' && ga4(args[1], args[2], `${path}[2]`, issues)) || [];
  }
  const event = own(entry as PlainObject, 'event');
  const ecommerce = own(entry as PlainObject, 'ecommerce');
  const fromGa4 = ga4(event, ecommerce, `${path}.ecommerce`, issues);
  if (fromGa4) return fromGa4;
  const action = (key: string) => ecommerce !== null && typeof ecommerce === 'object' && own(ecommerce as PlainObject, key) != null;
  const commands: CartCommand[] = [];
  if (event === 'addToCart' || action('add')) commands.push(...adds(readUaAdd(ecommerce, `${path}.ecommerce`, issues)));
  if (event === 'removeFromCart' || action('remove')) commands.push(...removes(readUaRemove(ecommerce, `${path}.ecommerce`, issues)));
  return commands;
}
