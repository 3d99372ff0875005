/**
 * The matrix: which apps, on which Node.js lines, built and started how. Exact framework versions
 * live in each app's package.json (apps/<name>/package.json), as a user's app pins them.
 */
import type { NodeLine } from './node-lines';

interface AppBase {
  /** Copied first, from apps/_shared/<shared>/; then apps/<name>/ on top. */
  shared?: string;
  /** Each line is its own cell: its own install, build and run. */
  nodeLines: readonly NodeLine[];
  /** Versions that differ by Node line: the newest releases of some packages need Node 22+. */
  versionsOnNodeLine?: Partial<Record<NodeLine, Record<string, string>>>;
}

export interface StartCommand {
  /** Relative to the app directory when it contains a slash, else looked up on PATH (the Node line's `node`). */
  command: string;
  args: string[];
  /** Only what the framework's docs use to choose the address (PORT, HOST); never NODE_ENV. */
  env?: Record<string, string>;
}

export interface WebApp extends AppBase {
  /** `server`: pages rendered on the server (bad data is logged there); `spa`: rendered in the browser (logged to its console). */
  kind: 'server' | 'spa';
  /** Runs `npm run build` after installing. */
  build: boolean;
  start(host: string, port: number): StartCommand;
  /** Where the app serves static files from: the loader stand-in goes to <publicDir>/flocktory-stub/loader.js. */
  publicDir: string;
  /** The app links from `/` to the thank-you page and renders it without a page load. */
  clientNavigation: boolean;
  /** Path prefixes under which the app serves the same pages made another way (Express: one per view engine). */
  variants?: readonly string[];
  /** npm scripts run after installing, each its own test; the build does not wait for them. */
  checks?: readonly string[];
  /**
   * How many times the framework renders a request's dynamic part on the server (default 1). Each
   * pass logs its own copy of a report, as it does any console output of the page itself.
   */
  serverRenderPasses?: number;
}

export interface TypesApp extends AppBase {
  kind: 'types';
  /** npm scripts, each a `tsc --noEmit` under one module setting. */
  checks: readonly string[];
}

export type MatrixApp = WebApp | TypesApp;

const nextStart = (host: string, port: number): StartCommand => ({
  command: 'node_modules/.bin/next',
  args: ['start', '-H', host, '-p', String(port)],
});
// Nuxt's docs: `node .output/server/index.mjs`; Nitro reads the address from PORT and HOST. No NODE_ENV.
const nuxtStart = (host: string, port: number): StartCommand => ({
  command: 'node',
  args: ['.output/server/index.mjs'],
  env: { HOST: host, PORT: String(port) },
});
const vitePreview = (host: string, port: number): StartCommand => ({
  command: 'node_modules/.bin/vite',
  args: ['preview', '--host', host, '--port', String(port), '--strictPort'],
});
const nodeServer = (host: string, port: number): StartCommand => ({
  command: 'node',
  args: ['server.js'],
  env: { HOST: host, PORT: String(port) },
});

const expressViews = ['/ejs', '/pug', '/handlebars'] as const;
// express-handlebars 8.0.2 and later need Node 22.
const handlebarsOnNode20 = { 20: { 'express-handlebars': '8.0.1' } } as const;

export const APPS = {
  'express-4': {
    kind: 'server',
    shared: 'express',
    nodeLines: [20, 22, 24],
    versionsOnNodeLine: handlebarsOnNode20,
    build: false,
    start: nodeServer,
    publicDir: 'public',
    clientNavigation: false,
    variants: expressViews,
  },
  'express-5': {
    kind: 'server',
    shared: 'express',
    nodeLines: [20, 22, 24],
    versionsOnNodeLine: handlebarsOnNode20,
    build: false,
    start: nodeServer,
    publicDir: 'public',
    clientNavigation: false,
    variants: expressViews,
  },
  // No tsconfig: `next build` writes one (moduleResolution node). The loader is on the thank-you page only,
  // so on client-side navigation it first mounts in the browser.
  'next-14-pages': {
    kind: 'server',
    shared: 'next-pages',
    nodeLines: [20],
    build: true,
    start: nextStart,
    publicDir: 'public',
    clientNavigation: true,
  },
  // create-next-app's strict tsconfig (moduleResolution bundler); the loader in `_document`.
  'next-15-pages': {
    kind: 'server',
    shared: 'next-pages',
    nodeLines: [22],
    build: true,
    start: nextStart,
    publicDir: 'public',
    clientNavigation: true,
  },
  // The App Router on Next 14: it renders with the React canary Next bundles, not the react 18.3.1 package,
  // so the loader has no client part (as on Next 16). The shared app with a `middleware` for the CSP
  // (Next 16: `proxy`); Node 20, the oldest line Next 14 and our packages share.
  'next-14-app': {
    kind: 'server',
    shared: 'next-app',
    nodeLines: [20],
    build: true,
    start: nextStart,
    publicDir: 'public',
    clientNavigation: true,
  },
  // The loader in the thank-you pages' layout only: on client-side navigation it first mounts in the browser.
  'next-16': {
    kind: 'server',
    shared: 'next-app',
    nodeLines: [24],
    build: true,
    start: nextStart,
    publicDir: 'public',
    clientNavigation: true,
  },
  'next-16-cache-components': {
    kind: 'server',
    shared: 'next-app',
    nodeLines: [22],
    build: true,
    start: nextStart,
    publicDir: 'public',
    clientNavigation: true,
    // Under `cacheComponents`, `next start` renders a request's dynamic part twice: a
    // console.log in the page's own component prints twice per request as well.
    serverRenderPasses: 2,
  },
  'nuxt-3': {
    kind: 'server',
    shared: 'nuxt',
    nodeLines: [20],
    build: true,
    start: nuxtStart,
    publicDir: 'public',
    clientNavigation: true,
    checks: ['typecheck'],
  },
  'nuxt-4.4': {
    kind: 'server',
    shared: 'nuxt',
    nodeLines: [22],
    build: true,
    start: nuxtStart,
    publicDir: 'public',
    clientNavigation: true,
  },
  // package.json holds Vite at 8.3.8: with Vite 8.4.0, `nuxt build` of Nuxt 4.5.2 fails in any npm-installed app.
  'nuxt-4.5': {
    kind: 'server',
    shared: 'nuxt',
    nodeLines: [24],
    build: true,
    start: nuxtStart,
    publicDir: 'public',
    clientNavigation: true,
    checks: ['typecheck'],
  },
  'vite-react-18': {
    kind: 'spa',
    shared: 'vite-react',
    nodeLines: [20],
    build: true,
    start: vitePreview,
    publicDir: 'public',
    clientNavigation: true,
  },
  'vite-react-19': {
    kind: 'spa',
    shared: 'vite-react',
    nodeLines: [22],
    build: true,
    start: vitePreview,
    publicDir: 'public',
    clientNavigation: true,
  },
  'vite-vue': {
    kind: 'spa',
    nodeLines: [24],
    build: true,
    start: vitePreview,
    publicDir: 'public',
    clientNavigation: true,
  },
  'ts-consumers': {
    kind: 'types',
    nodeLines: [20, 22, 24],
    checks: ['check:node10-cjs', 'check:node16-esm', 'check:node16-cjs', 'check:nodenext-esm', 'check:nodenext-cjs', 'check:bundler-esm'],
  },
} as const satisfies Record<string, MatrixApp>;

export type AppName = keyof typeof APPS;
