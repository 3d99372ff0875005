/**
 * Bundles an adapter's server and client modules with esbuild, from the packages' dist as a shop's
 * build would use them: the client for the browser (production React/Vue, one IIFE), the server
 * for Node (CommonJS, loaded with require). Bundling also lets React 18 stand in for `react`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import type { ContractAdapter, ServerModule } from './adapter';

export interface BuiltAdapter {
  server: ServerModule;
  /** The client bundle's source, or null for an adapter without client code. */
  client: string | null;
  dispose(): Promise<void>;
}

const require = createRequire(import.meta.url);
// Aliased packages (react → react-18) resolve from this package, which depends on them.
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

// What Vue's ESM build expects a shop's bundler to define.
const VUE_FLAGS = { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true' };

export async function buildAdapter(adapter: ContractAdapter): Promise<BuiltAdapter> {
  const shared = {
    bundle: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: PACKAGE_DIR,
    alias: adapter.alias,
    jsx: 'automatic',
    legalComments: 'none',
  } as const;
  const dir = await mkdtemp(join(tmpdir(), 'flocktory-contract-'));
  try {
    const serverBuild = await build({
      ...shared,
      entryPoints: [adapter.serverEntry],
      platform: 'node',
      format: 'cjs',
      // The server runs as shops run it in production.
      define: { 'process.env.NODE_ENV': '"production"', ...VUE_FLAGS },
    });
    const serverFile = join(dir, 'server.cjs');
    await writeFile(serverFile, serverBuild.outputFiles[0]!.contents);
    const exported = require(serverFile) as { default: ServerModule };
    let client: string | null = null;
    if (adapter.clientEntry) {
      const clientBuild = await build({
        ...shared,
        entryPoints: [adapter.clientEntry],
        platform: 'browser',
        format: 'iife',
        target: 'es2020',
        define: { 'process.env.NODE_ENV': '"production"', ...VUE_FLAGS },
      });
      client = clientBuild.outputFiles[0]!.text;
    }
    return { server: exported.default, client, dispose: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
