/** Absolute path of the stand-in script, for apps that serve or copy it. */
export declare const loaderStubPath: string;
/** The stand-in's source, for apps that serve it from a route. */
export declare const loaderStubSource: string;
/** The path apps serve it at, by convention, when the stand-in is chosen. */
export declare const LOADER_STUB_URL_PATH: string;

/** One `.i-flocktory` element as the stand-in read it. */
export interface FlocktoryStubMarker {
  /** `data-fl-action` (`track-category-view`, `track-item-view`, `exchange`); `null` for the user marker, which has none. */
  action: string | null;
  /** Every attribute of the element except `class`, by name (`data-fl-item-id` → value). */
  attributes: Record<string, string>;
}

/** One page view: the markers read when the stand-in loaded (`load`) or on `window.flocktory.reInit()` (`reInit`). */
export interface FlocktoryStubView {
  reason: 'load' | 'reInit';
  /** `location.href` when the markers were read. */
  url: string;
  markers: FlocktoryStubMarker[];
}

/** What the stand-in received on this document: `window.__flocktoryStub`. */
export interface FlocktoryStubState {
  /** The `site_id` of the stand-in's own URL. */
  siteId: string | null;
  /** Every push command, in order (deep copies), the queued ones first. */
  pushes: unknown[];
  /** Every page view, in order. */
  views: FlocktoryStubView[];
}

declare global {
  interface Window {
    /** Set by the loader stand-in (apps/loader-stub/loader.js) when it runs. */
    __flocktoryStub?: FlocktoryStubState;
  }
}
