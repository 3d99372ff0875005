// @flocktory-ssr/loader-stub is plain JavaScript without types.
declare module '@flocktory-ssr/loader-stub' {
  export const loaderStubPath: string;
  export const loaderStubSource: string;
  export const LOADER_STUB_URL_PATH: string;
}
