/**
 * The exactly-once contract: every way a thank-you page is reached or rendered, and what Flocktory
 * must receive. One order id is pushed at most once per page view, by whichever ran first: the
 * inline script while the page was parsed, or the adapter's client code (after hydration, when
 * that script did not run; on client-side navigation). The first data that runs wins. Our code
 * never throws into the page, and still delivers the order where it can.
 *
 * Written once, run by every adapter in jsdom and in Chromium (see runners/). A scenario that
 * needs a capability the adapter does not have is skipped, saying which.
 */
import type { AppState } from './app-state';
import type { OrderKey } from './orders';

export type Capability =
  /** Client code hydrates the server HTML. */
  | 'hydration'
  /** Client code renders another page in the running app (and pushes from JavaScript). */
  | 'navigation'
  | 'strict-mode'
  | 'keep-alive'
  /** Server streaming with Suspense boundaries that arrive after the client module ran. */
  | 'streaming';

/** A state without the runner's details: the nonce is chosen per page, the token per step. */
export type StateSpec = Omit<AppState, 'nonce' | 'token'> & { wrongNonce?: boolean };

export type Step = { navigate: StateSpec } | { remount: StateSpec } | { loadLoader: true };

export interface Scenario {
  name: string;
  needs: Capability[];
  /** What the server renders. */
  server: StateSpec;
  /** `fails`: the client bundle never loads (blocked, network error). Default: it runs. */
  bundle?: 'fails';
  /** `late`: Flocktory's loader has not arrived yet; a `loadLoader` step brings it. Default: at the end of the page. */
  loader?: 'late';
  /** Client steps after the page loaded (and hydrated). */
  steps?: Step[];
  expect: {
    /** The pushes Flocktory's loader receives, in order. */
    pushes: OrderKey[];
    /** Proof that the scenario set up what it claims: a CSP refused our script. */
    cspBlocked?: true;
    /** Proof: React had to render the late boundary again on the client. */
    hydrationMismatch?: true;
    /** A second payload for a sent order id may be reported (never pushed). */
    mayReportDuplicate?: true;
  };
}

const thankYou = (...orders: OrderKey[]): StateSpec => ({ page: 'thank-you', orders });
const home: StateSpec = { page: 'home', orders: [] };

export const SCENARIOS: readonly Scenario[] = [
  { name: 'direct load: the inline script pushes the order', needs: [], server: thankYou('A'), expect: { pushes: ['A'] } },
  {
    name: 'hydration: the server element is adopted, re-renders push nothing',
    needs: ['hydration', 'navigation'],
    server: thankYou('A'),
    steps: [{ navigate: thankYou('A') }, { navigate: thankYou('A') }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'client navigation to the thank-you page: pushed once from JavaScript',
    needs: ['navigation'],
    server: home,
    steps: [{ navigate: thankYou('A') }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'away and back after a direct load: not pushed again',
    needs: ['navigation'],
    server: thankYou('A'),
    steps: [{ navigate: home }, { navigate: thankYou('A') }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'away and back after client navigation: not pushed again',
    needs: ['navigation'],
    server: home,
    steps: [{ navigate: thankYou('A') }, { navigate: home }, { navigate: thankYou('A') }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'remount: the app unmounted and mounted afresh on the client pushes nothing more',
    needs: ['navigation'],
    server: thankYou('A'),
    steps: [{ remount: thankYou('A') }, { remount: thankYou('A') }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'StrictMode, hydration: double effects push nothing more',
    needs: ['strict-mode'],
    server: { ...thankYou('A'), strictMode: true },
    steps: [{ navigate: { ...thankYou('A'), strictMode: true } }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'StrictMode, client navigation: pushed once',
    needs: ['strict-mode'],
    server: { ...home, strictMode: true },
    steps: [{ navigate: { ...thankYou('A'), strictMode: true } }, { remount: { ...thankYou('A'), strictMode: true } }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'KeepAlive: the cached page deactivated and activated again pushes nothing more',
    needs: ['keep-alive'],
    server: { ...thankYou('A'), keepAlive: true },
    steps: [{ navigate: { ...home, keepAlive: true } }, { navigate: { ...thankYou('A'), keepAlive: true } }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'KeepAlive, client navigation: pushed once',
    needs: ['keep-alive'],
    server: { ...home, keepAlive: true },
    steps: [
      { navigate: { ...thankYou('A'), keepAlive: true } },
      { navigate: { ...home, keepAlive: true } },
      { navigate: { ...thankYou('A'), keepAlive: true } },
    ],
    expect: { pushes: ['A'] },
  },
  { name: 'the same order twice on one server page: pushed once', needs: [], server: thankYou('A', 'A'), expect: { pushes: ['A'] } },
  {
    name: 'the same order twice, reached by client navigation: pushed once',
    needs: ['navigation'],
    server: home,
    steps: [{ navigate: thankYou('A', 'A') }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'the same order id with different data on one server page: the first data is pushed, once',
    needs: [],
    server: thankYou('A', 'A2'),
    expect: { pushes: ['A'], mayReportDuplicate: true },
  },
  {
    name: 'the same order id with different data, reached by client navigation: the first data is pushed, once',
    needs: ['navigation'],
    server: home,
    steps: [{ navigate: thankYou('A', 'A2') }],
    expect: { pushes: ['A'], mayReportDuplicate: true },
  },
  {
    name: 'a changed order: each order pushed once, going back pushes nothing',
    needs: ['navigation'],
    server: thankYou('A'),
    steps: [{ navigate: thankYou('B') }, { navigate: thankYou('A') }, { navigate: thankYou('B') }],
    expect: { pushes: ['A', 'B'] },
  },
  {
    name: 'the inline script blocked by the CSP (nonce mismatch): the client pushes the order after hydration',
    needs: ['hydration'],
    server: { ...thankYou('A'), wrongNonce: true },
    expect: { pushes: ['A'], cspBlocked: true },
  },
  {
    name: 'the inline script blocked by the CSP, then away and back: pushed once',
    needs: ['hydration', 'navigation'],
    server: { ...thankYou('A'), wrongNonce: true },
    steps: [{ navigate: home }, { navigate: thankYou('A') }],
    expect: { pushes: ['A'], cspBlocked: true },
  },
  {
    name: 'a late streamed chunk (script in a Suspense boundary sent after the client module ran): pushed once',
    needs: ['streaming'],
    server: { ...thankYou('A'), late: 'match' },
    steps: [{ navigate: home }, { navigate: { ...thankYou('A'), late: 'match' } }],
    expect: { pushes: ['A'] },
  },
  {
    name: 'a late streamed chunk whose boundary fails to hydrate (rendered again on the client): pushed once',
    needs: ['streaming'],
    server: { ...thankYou('A'), late: 'mismatch' },
    expect: { pushes: ['A'], hydrationMismatch: true },
  },
  {
    name: 'the JS bundle fails to load: the inline script still pushes the order',
    needs: ['hydration'],
    server: thankYou('A'),
    bundle: 'fails',
    expect: { pushes: ['A'] },
  },
  {
    name: 'window.flocktory clobbered by an element with id="flocktory": pushed once, nothing thrown',
    needs: [],
    server: { ...thankYou('A'), clobber: 'id' },
    expect: { pushes: ['A'] },
  },
  {
    name: 'window.flocktory clobbered by an element with name="flocktory": pushed once, nothing thrown',
    needs: [],
    server: { ...thankYou('A'), clobber: 'name' },
    expect: { pushes: ['A'] },
  },
  {
    name: 'window.flocktory clobbered, client navigation before the loader arrived: queued once, nothing thrown',
    needs: ['navigation'],
    server: { ...home, clobber: 'id' },
    loader: 'late',
    steps: [{ navigate: { ...thankYou('A'), clobber: 'id' } }, { loadLoader: true }],
    expect: { pushes: ['A'] },
  },
];
