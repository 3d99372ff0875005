/**
 * What a test page shows. The server renders it; the page embeds it, so the client bundle
 * hydrates the same tree; client steps replace it (navigation) or mount it afresh (remount).
 */
import type { OrderKey } from './orders';

export interface AppState {
  page: 'home' | 'thank-you';
  /** One postcheckout component per entry, in this order (thank-you page only). */
  orders: OrderKey[];
  /** The nonce given to the postcheckout components (the page's, or one its CSP refuses). */
  nonce: string | undefined;
  /** An element that shows through as `window.flocktory`, rendered before the orders. */
  clobber?: 'id' | 'name';
  /** React: the tree inside `<StrictMode>`. */
  strictMode?: boolean;
  /** Vue: the pages inside `<KeepAlive>`. */
  keepAlive?: boolean;
  /**
   * React streaming: the page's content sits in a Suspense boundary that the server sends after
   * the client module ran; `mismatch` makes that boundary's text differ on the client, so React
   * renders it again on the client instead of hydrating it.
   */
  late?: 'match' | 'mismatch';
  /** Changes on every client step, so the driver can tell when that step's render committed. */
  token: number;
}

/** Where the test page keeps the state for the client bundle (a JSON data block, never run). */
export const STATE_ELEMENT_ID = 'contract-state';
/** The element the app renders into (server) and hydrates (client). */
export const ROOT_ELEMENT_ID = 'root';

/** What a client bundle puts on `window.__contract` for the runners. */
export interface ContractDriver {
  /** Once the server HTML was hydrated: true when the page's content committed, false when it timed out. */
  ready: Promise<boolean>;
  /** Client-side navigation: render `state` in the running app; whether it committed (bounded wait). */
  navigate(state: AppState): Promise<boolean>;
  /** Unmounts the app and mounts it afresh, client-only, with `state`; whether it committed. */
  remount(state: AppState): Promise<boolean>;
  /** Errors React reported as recoverable (hydration mismatches), as text. */
  recoverable: string[];
  /** What the components reported to `onError` (`path code`). */
  reported: string[];
}
