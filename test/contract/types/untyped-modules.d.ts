// Packages without type declarations; only what the contract uses.

declare module '@flocktory-ssr/loader-stub' {
  export const loaderStubSource: string;
}

declare module 'jsdom' {
  export class VirtualConsole {
    on(event: 'jsdomError', listener: (error: Error) => void): this;
    on(event: 'error', listener: (...args: unknown[]) => void): this;
  }
  export interface JSDOMOptions {
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    url?: string;
    virtualConsole?: VirtualConsole;
  }
  export class JSDOM {
    constructor(html: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
  }
}
