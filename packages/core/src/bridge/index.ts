/**
 * `@flocktory-ssr/core/bridge`: forwards the cart events a shop already pushes to its analytics
 * `dataLayer` (GA4 `add_to_cart` / `remove_from_cart`, UA / Metrica `add` / `remove`) to
 * Flocktory's cart commands. Browser only; never throws into the shop's code.
 */
import { addIssue, FlocktoryValidationError, type FlocktoryIssue } from '../issues';
import type { CartItemInput, CartRemovalInput } from '../mappers/types';
import { collect, report } from '../options';
import { addToCart, removeFromCart } from '../cart-client';
import { cartCommandsOf } from './recognize';

type OnError = (error: FlocktoryValidationError) => void;

/** What the bridge calls for each cart event: Flocktory's `addToCart` and `removeFromCart`. */
export interface CartCommands {
  addToCart(item: CartItemInput, options: { mode: 'safe'; onError: OnError }): unknown;
  removeFromCart(item: CartRemovalInput, options: { mode: 'safe'; onError: OnError }): unknown;
}

export interface BridgeOptions {
  /**
   * Default: `addToCart` and `removeFromCart` of `@flocktory-ssr/core/client`, which validate the
   * item again and push `['addToCart', { item }]` / `['removeFromCart', { item }]` to `window.flocktory`.
   */
  commands?: CartCommands;
  /** Receives the problems of each event that could not be forwarded whole. Default: `console.error`. */
  onError?: OnError;
}

type Push = (...entries: unknown[]) => unknown;

interface Bridge {
  /** The running bridge's stop function; undefined while stopped. */
  stop: (() => void) | undefined;
  /** Takes our wrapper out of `push` if it is still on top; undefined when it is not in the chain. */
  unwrap: (() => boolean) | undefined;
  /** Entries already forwarded (or found unforwardable): none is forwarded twice, by a push or a restart. */
  seen: WeakSet<object>;
  forward: (entry: object, index: number) => void;
}

// On the array itself, under a registry symbol: every copy of this module sees the same bridge.
const BRIDGE = /* @__PURE__ */ Symbol.for('flocktory-ssr.data-layer-bridge');
type DataLayer = unknown[] & { [BRIDGE]?: Bridge };

/** Reports `issues` to `onError` (default console.error); a throwing handler never breaks the shop's push. */
const deliver = (onError: OnError | undefined, issues: FlocktoryIssue[]): void => report(new FlocktoryValidationError(issues), onError);

function forwarder(commands: CartCommands, onError: OnError | undefined): Bridge['forward'] {
  const options = { mode: 'safe' as const, onError: (error: FlocktoryValidationError) => deliver(onError, [...error.issues]) };
  return (entry, index) => {
    const path = index < 0 ? 'dataLayer' : `dataLayer[${index}]`;
    const { data, issues } = collect((found) => cartCommandsOf(entry, path, found));
    // An entry that could not be read at all (a throwing getter) is named by its place.
    for (const issue of issues) if (issue.path === '') issue.path = path;
    for (const [name, item] of data ?? []) {
      try {
        if (name === 'addToCart') commands.addToCart(item, options);
        else commands.removeFromCart(item, options);
      } catch (error) {
        addIssue(issues, path, 'unreadable', true, `${name} threw: ${String(error)}`);
      }
    }
    if (issues.length > 0) deliver(onError, issues);
  };
}

const isObject = (value: unknown): value is object => value !== null && (typeof value === 'object' || typeof value === 'function');

/** Wraps `push`: every entry pushed while the bridge runs is forwarded once, after the previous `push` ran. */
function wrapPush(layer: DataLayer, bridge: Bridge): void {
  const hadOwnPush = Object.hasOwn(layer, 'push');
  const previous = layer.push as Push;
  const wrapper = function (this: unknown, ...entries: unknown[]) {
    // Other wrappers (GTM's) and the return value stay exactly as they were.
    const result = previous.apply(this, entries);
    if (bridge.stop) {
      for (const entry of entries) {
        // Each event object once: a library that replays the array through push sends nothing twice.
        if (!isObject(entry) || bridge.seen.has(entry)) continue;
        bridge.seen.add(entry);
        bridge.forward(entry, layer.lastIndexOf(entry));
      }
    }
    return result;
  };
  // Like the array's own method: not enumerable, unless a wrapper before us made it so.
  if (hadOwnPush) layer.push = wrapper as typeof layer.push;
  else Object.defineProperty(layer, 'push', { value: wrapper, writable: true, configurable: true });
  bridge.unwrap = () => {
    // Another wrapper went on top of ours and calls it: ours stays in its chain, passing through.
    if (layer.push !== wrapper) return false;
    if (hadOwnPush) layer.push = previous as typeof layer.push;
    else delete (layer as { push?: unknown }).push;
    bridge.unwrap = undefined;
    return true;
  };
}

const noop = () => {};

const defaultCommands: CartCommands = { addToCart, removeFromCart };

/**
 * Forwards every cart event in `dataLayer` to Flocktory's cart commands, once per pushed event:
 * those already there (pushed before the bridge started, or while it was stopped) and every one
 * pushed from now on. Purchases are never forwarded: the server-rendered postcheckout sends
 * orders. Events that cannot be forwarded whole go to `onError`, each problem at its path
 * (`dataLayer[3].ecommerce.items[0].quantity`).
 *
 * Returns the function that stops it. Calling it again while it runs changes nothing and returns
 * the same stop function.
 */
export function bridgeDataLayer(dataLayer: unknown[] | null | undefined, options: BridgeOptions = {}): () => void {
  const { commands = defaultCommands, onError } = options;
  if (!Array.isArray(dataLayer) || typeof dataLayer.push !== 'function') {
    const code = dataLayer == null ? 'required' : 'invalid_type';
    deliver(onError, [
      {
        path: 'dataLayer',
        code,
        message: `${code.replace('_', ' ')}: the page's dataLayer array (window.dataLayer = window.dataLayer || [])`,
        fatal: true,
      },
    ]);
    return noop;
  }
  const layer = dataLayer as DataLayer;
  let bridge = layer[BRIDGE];
  if (!bridge) {
    bridge = { stop: undefined, unwrap: undefined, seen: new WeakSet(), forward: noop };
    // Not enumerable: the array's other readers (GTM, JSON.stringify) never see it.
    Object.defineProperty(layer, BRIDGE, { value: bridge, configurable: true });
  }
  if (bridge.stop) return bridge.stop;
  const running = bridge;
  running.forward = forwarder(commands, onError);
  if (!running.unwrap) wrapPush(layer, running);
  const stop = () => {
    // A stop function from before a restart stops nothing.
    if (running.stop !== stop) return;
    running.stop = undefined;
    running.unwrap?.();
  };
  running.stop = stop;
  for (let index = 0; index < layer.length && running.stop === stop; index++) {
    const entry = layer[index];
    if (!isObject(entry) || running.seen.has(entry)) continue;
    running.seen.add(entry);
    running.forward(entry, index);
  }
  return stop;
}
