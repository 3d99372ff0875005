/**
 * Setup for the React 18 project: React 18 is installed under the aliases `react-18` and
 * `react-dom-18`, but packages loaded by Node itself (react-dom, @testing-library/react) `require`
 * plain `react`/`react-dom`. Redirect those requests, so one React 18 serves the whole test file.
 */
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const roots: Record<string, string> = {
  react: dirname(require.resolve('react-18/package.json')),
  'react-dom': dirname(require.resolve('react-dom-18/package.json')),
};

type Resolve = (request: string, ...rest: unknown[]) => string;
const patched = Module as unknown as { _resolveFilename: Resolve };
const original = patched._resolveFilename;
patched._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  const match = /^(react|react-dom)(\/.*)?$/.exec(request);
  const redirected = match ? roots[match[1]!]! + (match[2] ?? '') : request;
  return original.call(this, redirected, ...rest);
};
