/**
 * The Next.js and Nuxt shops are tested as production builds. A build is reused when it is newer
 * than everything it was made from (the app's sources and the packages' dist); otherwise it is
 * rebuilt here, so `pnpm test:e2e` works on a fresh clone and after edits, and CI does not build
 * twice (the apps' own tests build first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));

const SKIP = new Set(['node_modules', '.next', '.nuxt', '.output', '.turbo', 'test', 'dist-test']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) if (!SKIP.has(entry)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export interface AppBuild {
  /** Directory of the app, relative to the repository. */
  app: string;
  /** A file every finished build writes. */
  marker: string;
  /** Packages (relative to the repository) whose dist the build bundles. */
  packages: string[];
}

export function ensureBuilt({ app, marker, packages }: AppBuild): void {
  const appDir = join(REPO, app);
  const markerPath = join(appDir, marker);
  const sources = Math.max(newestMtime(appDir), ...packages.map((pkg) => newestMtime(join(REPO, pkg, 'dist'))));
  if (existsSync(markerPath) && statSync(markerPath).mtimeMs >= sources) return;
  const started = Date.now();
  const result = spawnSync('pnpm', ['run', 'build'], {
    cwd: appDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 9 * 60_000,
  });
  if (result.status !== 0)
    throw new Error(`building ${app} failed (${result.error ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
  console.log(`[e2e] built ${app} in ${Math.round((Date.now() - started) / 1000)} s`);
}
