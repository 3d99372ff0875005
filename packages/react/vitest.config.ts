import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const react18 = dirname(require.resolve('react-18/package.json'));
const reactDom18 = dirname(require.resolve('react-dom-18/package.json'));

// fresh-dist-own: the RSC test runs this package's own dist/ in child processes.
const shared = { include: ['test/**/*.test.{ts,tsx}'], testTimeout: 20_000, globalSetup: ['@flocktory-ssr/test-support/fresh-dist-own'] };

export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: 'react-19', env: { EXPECTED_REACT_MAJOR: '19' } } },
      {
        // The same tests against React 18 (installed as npm aliases react-18 / react-dom-18); the RSC
        // test spawns its own React 19 processes, so it runs once.
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: `${reactDom18}$1` },
            { find: /^react(\/.*)?$/, replacement: `${react18}$1` },
          ],
        },
        test: {
          ...shared,
          name: 'react-18',
          exclude: ['test/rsc.test.ts'],
          env: { EXPECTED_REACT_MAJOR: '18' },
          setupFiles: ['test/react-18-setup.ts'],
        },
      },
    ],
  },
});
