/** What the contract needs from a browser, implemented on jsdom (fast) and on Chromium (real). */
import type { AppState } from '../app-state';
import type { TestPage } from '../page';

/** Our postcheckout scripts, by the attribute every adapter puts on them. */
export const POSTCHECKOUT_SCRIPTS = 'script[data-flocktory="postcheckout"]';

export interface PageReport {
  /** What the loader stand-in received, in order. */
  pushes: unknown[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  consoleErrors: string[];
  /** Inline scripts the page's CSP refused. */
  cspBlocked: number;
  /** Requests for the client bundle that failed. */
  bundleAborted: number;
  /** Hydration errors React recovered from by rendering on the client. */
  recoverable: string[];
  /** Postcheckout `<script>` elements in the document at the end (`data-flocktory="postcheckout"`). */
  scriptsInPage: number;
}

export interface OpenedPage {
  /** Waits (bounded) for the client bundle's hydration; false when it did not commit. */
  ready(): Promise<boolean>;
  navigate(state: AppState): Promise<boolean>;
  remount(state: AppState): Promise<boolean>;
  /** Flocktory's loader arrives now (it drains the queue). */
  loadLoader(): Promise<void>;
  /** Lets late effects and timers run, so an extra push would be seen. */
  settle(): Promise<void>;
  report(): Promise<PageReport>;
  close(): Promise<void>;
}

export interface ContractBrowser {
  name: string;
  /** Opens `page`; `bundle` is the client bundle's source (served, or never arriving when `bundleFails`). */
  open(page: TestPage, bundle: string | null, options: { bundleFails: boolean }): Promise<OpenedPage>;
  close(): Promise<void>;
}
