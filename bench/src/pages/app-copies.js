/**
 * Production builds of the Next.js and Nuxt demo shops, with and without our components, for the
 * page benchmark. Each variant is a copy of the app under bench/.cache/pages (its node_modules a
 * link to the app's), so the app's own build, used by its tests, is never touched. The copy without
 * us differs by one thing: Next.js's pages import a stand-in for `@flocktory-ssr/next/app` whose
 * components render nothing; Nuxt's config drops our module and a stand-in component renders
 * nothing. A copy is rebuilt when the app, our packages' dist or this file changed since its build
 * (compared by content).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(REPO, 'bench', '.cache', 'pages');
const NOT_COPIED = new Set(['node_modules', '.next', '.nuxt', '.output', 'test', 'public']);
const BUILD_ENV = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', FLOCKTORY_LOADER: 'stub' };

/** Rewrites `file` (relative to the copy) with `edit`, which must change it. */
function rewrite(copy, file, edit) {
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`page bench: ${file} no longer has what the copy without our components removes`);
  writeFileSync(path, after);
}

export const APPS = {
  next: {
    app: 'apps/next-shop',
    packages: ['packages/core', 'packages/react', 'packages/next'],
    marker: '.next/BUILD_ID',
    build: [['scripts/copy-loader-stub.mjs'], ['node_modules/next/dist/bin/next', 'build']],
    withoutUs(copy) {
      writeFileSync(
        join(copy, 'flocktory-stand-in.tsx'),
        'export const FlocktoryLoader = (_props: Record<string, unknown>) => null;\nexport const FlocktoryPostcheckout = (_props: Record<string, unknown>) => null;\n',
      );
      for (const file of ['app/layout.tsx', 'app/thank-you/[orderId]/page.tsx']) {
        const target = relative(join(copy, file, '..'), join(copy, 'flocktory-stand-in'));
        rewrite(copy, file, (text) =>
          text.replace("from '@flocktory-ssr/next/app'", `from '${target.startsWith('.') ? target : `./${target}`}'`),
        );
      }
    },
  },
  nuxt: {
    app: 'apps/nuxt-shop',
    packages: ['packages/core', 'packages/vue', 'packages/nuxt'],
    marker: '.output/nitro.json',
    build: [['scripts/copy-loader-stub.mjs'], ['node_modules/nuxt/bin/nuxt.mjs', 'build']],
    withoutUs(copy) {
      rewrite(copy, 'nuxt.config.ts', (text) => text.replace(/,\s*'@flocktory-ssr\/nuxt'/, ''));
      mkdirSync(join(copy, 'app/components'), { recursive: true });
      writeFileSync(join(copy, 'app/components/FlocktoryPostcheckout.vue'), '<template><template v-if="false" /></template>\n');
    },
  },
};

/** Every file under `path` (skipping build output and node_modules), in a stable order. */
function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((entry) => !NOT_COPIED.has(entry))
    .sort()
    .flatMap((entry) => filesUnder(join(path, entry)));
}

/**
 * A hash of what a copy is built from: the app, our packages' dist and this file. Contents, not
 * times: `pnpm bench` rebuilds every package first, which gives dist new times but the same bytes.
 */
function inputsHash(spec) {
  const hash = createHash('sha256');
  const roots = [join(REPO, spec.app), ...spec.packages.map((pkg) => join(REPO, pkg, 'dist')), fileURLToPath(import.meta.url)];
  for (const file of roots.flatMap(filesUnder)) hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The copy's directory, built and up to date; builds it (a minute or more) when needed. */
export function preparedCopy(name, variant, log) {
  const spec = APPS[name];
  const copy = join(CACHE, `${name}-${variant}`);
  const stamp = join(copy, '.bench-inputs');
  const inputs = inputsHash(spec);
  if (existsSync(join(copy, spec.marker)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return copy;
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  cpSync(join(REPO, spec.app), copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.split('/').pop()) });
  symlinkSync(join(REPO, spec.app, 'node_modules'), join(copy, 'node_modules'));
  // The app's tsconfig extends the repository's by a relative path, which must still lead there.
  const tsconfig = join(copy, 'tsconfig.json');
  if (existsSync(tsconfig)) {
    const text = readFileSync(tsconfig, 'utf8');
    writeFileSync(
      tsconfig,
      text.replace(/"extends":\s*"(\.[^"]+)"/, (_, path) => `"extends": "${relative(copy, join(REPO, spec.app, path))}"`),
    );
  }
  if (variant === 'without') spec.withoutUs(copy);
  const started = Date.now();
  for (const args of spec.build) {
    const run = spawnSync(process.execPath, args, {
      cwd: copy,
      env: { ...process.env, ...BUILD_ENV },
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    if (run.status !== 0)
      throw new Error(`building ${name} (${variant}) failed: ${run.error ?? `exit ${run.status}`}\n${run.stdout}\n${run.stderr}`);
  }
  writeFileSync(stamp, inputs);
  log(`built ${name} (${variant} our components) in ${Math.round((Date.now() - started) / 1000)} s`);
  return copy;
}
