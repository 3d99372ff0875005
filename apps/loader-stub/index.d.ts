/** Absolute path of the stand-in script, for apps that serve or copy it. */
export declare const loaderStubPath: string;
/** The stand-in's source, for apps that serve it from a route. */
export declare const loaderStubSource: string;
/** The path apps serve it at, by convention, when the stand-in is chosen. */
export declare const LOADER_STUB_URL_PATH: string;
