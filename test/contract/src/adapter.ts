/**
 * What an adapter supplies to run the contract: a server module that renders an AppState, a
 * client module (the driver) that hydrates it and performs client steps, and what it can do.
 * Both modules are bundled with esbuild from the packages' dist, as a shop's build would.
 */
import type { AppState } from './app-state';
import type { Capability } from './scenarios';

/**
 * The server's body for one page, in document order: HTML, and the place where the page's
 * client bundle is loaded (a classic script, so everything after it is parsed after it ran).
 */
export type BodyPart = { html: string } | { bundle: true };

/** The default export of an adapter's server module. */
export interface ServerModule {
  /** `pageNonce`: the nonce of the page's CSP, for scripts a framework adds itself. */
  render(state: AppState, pageNonce: string): Promise<BodyPart[]>;
}

export interface ContractAdapter {
  name: string;
  capabilities: readonly Capability[];
  /** Absolute path of the server module (`export default { render }`). */
  serverEntry: string;
  /** Absolute path of the client module, which sets `window.__contract`; null: no client code. */
  clientEntry: string | null;
  /** Package substitutions for both bundles (React 18 is installed as `react-18`). */
  alias?: Record<string, string>;
}
