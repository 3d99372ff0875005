/**
 * Makes one app the way a user would have it: its template copied to a fresh directory outside
 * the workspace, our packages as the packed tarballs, everything else from the npm registry,
 * installed with plain npm (one shared cache for every app, so a package is downloaded once).
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { loaderStubPath, LOADER_STUB_URL_PATH } from '@flocktory-ssr/loader-stub';

import type { AppName, MatrixApp } from './apps';
import { childEnv } from './child-env';
import type { NodeLine } from './node-lines';
import { APPS_DIR, SHARED_DIR } from './paths';
import { run } from './processes';
import type { Tarballs } from './tarballs';

const INSTALL_TIMEOUT_MS = 10 * 60_000;

/** npm's cache for every app of every run; FLOCKTORY_MATRIX_NPM_CACHE moves it. */
export const NPM_CACHE = process.env.FLOCKTORY_MATRIX_NPM_CACHE ?? join(homedir(), '.cache/flocktory-ssr/npm');

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
}

/** Points the app's @flocktory-ssr dependencies at the tarballs, and every transitive one too. */
function withTarballs(manifest: Manifest, tarballs: Tarballs, versions: Record<string, string> = {}): Manifest {
  const pin = (deps: Record<string, string> | undefined) => {
    if (!deps) return deps;
    const pinned: Record<string, string> = {};
    for (const [name, range] of Object.entries(deps)) {
      const tarball = tarballs[name];
      if (name.startsWith('@flocktory-ssr/') && !tarball) throw new Error(`no tarball for ${name}: is it a published package?`);
      pinned[name] = tarball ? `file:${tarball}` : (versions[name] ?? range);
    }
    return pinned;
  };
  const overrides = Object.fromEntries(Object.entries(tarballs).map(([name, tarball]) => [name, `file:${tarball}`]));
  return {
    ...manifest,
    dependencies: pin(manifest.dependencies),
    devDependencies: pin(manifest.devDependencies),
    overrides: { ...manifest.overrides, ...overrides },
  };
}

/** Copies the template (shared part, then the app's own files), the orders and the loader stand-in. */
export async function copyTemplate(name: AppName, app: MatrixApp, line: NodeLine, tarballs: Tarballs): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `flocktory-matrix-${name}-node${line}-`));
  if (app.shared) await cp(join(APPS_DIR, '_shared', app.shared), dir, { recursive: true });
  await cp(join(APPS_DIR, name), dir, { recursive: true });
  await cp(join(SHARED_DIR, 'orders.json'), join(dir, 'orders.json'));
  if (app.kind !== 'types') {
    const stub = join(dir, app.publicDir, LOADER_STUB_URL_PATH);
    await mkdir(dirname(stub), { recursive: true });
    await cp(loaderStubPath, stub);
  }
  const manifestPath = join(dir, 'package.json');
  if (!existsSync(manifestPath)) throw new Error(`apps/${name}/package.json is missing`);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  const versions = app.versionsOnNodeLine?.[line] ?? {};
  await writeFile(manifestPath, JSON.stringify(withTarballs(manifest, tarballs, versions), null, 2) + '\n');
  return dir;
}

export async function npmInstall(dir: string, line: NodeLine): Promise<void> {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `--cache=${NPM_CACHE}`], {
    cwd: dir,
    env: childEnv(line),
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
}
