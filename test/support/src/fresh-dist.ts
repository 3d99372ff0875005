/**
 * A vitest `globalSetup` that stops a run before its first test when a workspace package the suite
 * imports by name has a `dist/` older than its sources: workspace packages resolve to their built
 * `dist/`, so a suite run after editing core without rebuilding would silently test the old core.
 * It checks every published workspace package the suite's package depends on, directly or through
 * other workspace packages. Source resolution was the alternative; it was not chosen because the
 * tests would then skip what users run (the tsup/nuxt-module-build output, its exports map, React's
 * "use client" chunk), and Next, Nuxt and the RSC test load `dist/` outside vitest anyway.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

interface Manifest {
  name: string;
  private?: boolean;
  scripts?: Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

interface WorkspacePackage {
  dir: string;
  manifest: Manifest;
}

/** What a build reads besides `src/`. */
const BUILD_INPUTS = ['tsup.config.ts', 'build.config.ts'];

function readManifest(dir: string): Manifest | undefined {
  const file = join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

function workspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`fresh-dist: no pnpm-workspace.yaml above ${from}`);
  }
}

/** Every package of the workspace by name, from the `packages:` globs (`dir/*` or `dir`). */
function workspacePackages(root: string): Map<string, WorkspacePackage> {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [...yaml.matchAll(/^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/gm)].map((match) => match[1]!);
  const dirs = globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [join(root, glob)];
    const parent = join(root, glob.slice(0, -2));
    return existsSync(parent) ? readdirSync(parent).map((entry) => join(parent, entry)) : [];
  });
  const packages = new Map<string, WorkspacePackage>();
  for (const dir of dirs) {
    const manifest = readManifest(dir);
    if (manifest) packages.set(manifest.name, { dir, manifest });
  }
  return packages;
}

function workspaceDependencies(manifest: Manifest): string[] {
  const all = { ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies };
  return Object.keys(all).filter((name) => all[name]!.startsWith('workspace:'));
}

/** The built packages `start` reaches through workspace dependencies, itself included when `own`. */
function builtPackagesUsedBy(start: WorkspacePackage, packages: Map<string, WorkspacePackage>, own: boolean): WorkspacePackage[] {
  const seen = new Set<string>([start.manifest.name]);
  const queue = [start];
  const found: WorkspacePackage[] = own ? [start] : [];
  while (queue.length > 0) {
    for (const name of workspaceDependencies(queue.shift()!.manifest)) {
      const next = packages.get(name);
      if (!next || seen.has(name)) continue;
      seen.add(name);
      queue.push(next);
      if (!next.manifest.private && next.manifest.scripts?.build) found.push(next);
    }
  }
  return found;
}

/** The files consumers load: every `./dist/…` path in the manifest's entry fields and exports map. */
function entryFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith('./dist/')) files.add(value);
    } else if (value && typeof value === 'object') for (const inner of Object.values(value)) visit(inner);
  };
  visit([manifest.main, manifest.module, manifest.types, manifest.exports]);
  return [...files];
}

function newestFile(path: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(path)) return undefined;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { file: path, mtimeMs: stat.mtimeMs };
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(path)) {
    const inner = newestFile(join(path, entry));
    if (inner && (!newest || inner.mtimeMs > newest.mtimeMs)) newest = inner;
  }
  return newest;
}

/** The problem with one package's dist, or undefined when it is newer than everything it is built from. */
function staleness({ dir, manifest }: WorkspacePackage, root: string): string | undefined {
  const rebuild = `rebuild it: pnpm --filter ${manifest.name} build (or pnpm build for every package)`;
  const entries = entryFiles(manifest).map((file) => join(dir, file));
  const missing = entries.find((file) => !existsSync(file));
  if (entries.length === 0 || missing) return `${manifest.name}: ${missing ? relative(root, missing) : 'dist/'} is missing; ${rebuild}`;
  const built = Math.min(...entries.map((file) => statSync(file).mtimeMs));
  const source = [join(dir, 'src'), ...BUILD_INPUTS.map((file) => join(dir, file))]
    .map((path) => newestFile(path))
    .reduce((newest, next) => (next && (!newest || next.mtimeMs > newest.mtimeMs) ? next : newest), undefined);
  if (!source || source.mtimeMs <= built) return undefined;
  const minutes = Math.max(1, Math.round((source.mtimeMs - built) / 60_000));
  return `${manifest.name}: ${relative(root, source.file)} changed ~${minutes} min after its dist/ was built; ${rebuild}`;
}

/**
 * Throws, naming each stale package and the command that rebuilds it, when a built workspace
 * package that the package at `packageDir` uses (and the package itself when `own`) has a `dist/`
 * that is missing or older than its `src/` or build config.
 */
export function assertFreshDist(packageDir: string, { own = false }: { own?: boolean } = {}): void {
  const root = workspaceRoot(packageDir);
  const manifest = readManifest(packageDir);
  if (!manifest) throw new Error(`fresh-dist: no package.json in ${packageDir}`);
  const problems = builtPackagesUsedBy({ dir: packageDir, manifest }, workspacePackages(root), own)
    .map((used) => staleness(used, root))
    .filter((problem) => problem !== undefined);
  if (problems.length === 0) return;
  const error = new Error(
    `These tests import workspace packages from their dist/, and ${problems.length === 1 ? 'one is' : 'some are'} out of date ` +
      `(the tests would run the old code):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  // The message is the whole story: without a stack, vitest prints no code frame or trace under it.
  error.stack = `${error.name}: ${error.message}`;
  throw error;
}

/** The part of vitest's TestProject this reads (no import of vitest here: test-support does not depend on it). */
interface Project {
  config: { root: string };
}

/** `globalSetup: ['@flocktory-ssr/test-support/fresh-dist']`: the workspace packages this suite imports by name. */
export default function setup(project: Project): void {
  assertFreshDist(project.config.root);
}
