/**
 * Production builds of the Next.js and Nuxt demo shops for the page benchmark, each able to render
 * the thank-you page with or without our components in the same process: a request with the header
 * `x-flocktory-bench: without` gets our components replaced by nothing (`BENCH_HEADER`). A copy lives
 * under bench/.cache/pages (its node_modules a link to the app's), so the app's own build, used by
 * its tests, is never touched. What the copy changes:
 * - Next.js: the layout and the thank-you page import our components from a stand-in module whose
 *   components render ours, or nothing when the request has the header (read with `headers()`).
 * - Nuxt: our module stays; a local module wraps its app plugin and Nitro plugins so they do nothing
 *   for such a request, and the thank-you page renders our components under `v-if`.
 * Both copies also get the shop-weight page, `/thank-you-shop/[orderId]`: the same thank-you page,
 * switched the same way, in a real shop's chrome (shop-chrome.js, shop-copies/).
 * The header's value `by-hand` renders the snippets as a shop writes them by hand today in place of
 * ours (next-by-hand.js, nuxt-by-hand.js), for comparison.
 * The header's value `without:A,B` turns off only the components named (and, in Nuxt, "plugins":
 * our module's plugins), to see what each costs (`pnpm --filter ./bench pages next --off A,B`).
 * The switch itself (a header read per component) is paid by both variants alike. A copy is rebuilt
 * when the app, our packages' dist or this file (or a *-by-hand.js) changed since its build
 * (compared by content).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { NEXT_BY_HAND } from './next-by-hand.js';
import { NUXT_BY_HAND_MARKER, NUXT_BY_HAND_SETUP } from './nuxt-by-hand.js';
import { shopChrome } from './shop-chrome.js';

export const BENCH_HEADER = 'x-flocktory-bench';
// What the copies' changes are written from: a copy is rebuilt when one of them changes.
const COPY_SOURCES = ['./app-copies.js', './next-by-hand.js', './nuxt-by-hand.js', './shop-chrome.js', './seeded.js', './shop-copies'].map(
  (file) => fileURLToPath(new URL(file, import.meta.url)),
);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(REPO, 'bench', '.cache', 'pages');
const NOT_COPIED = new Set(['node_modules', '.next', '.nuxt', '.output', 'test', 'public']);
const BUILD_ENV = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', FLOCKTORY_LOADER: 'stub' };

const SHOP_COPIES = fileURLToPath(new URL('./shop-copies/', import.meta.url));

/**
 * The shop-weight page (`/thank-you-shop/[orderId]`): the fixture's data as a module at the copy's
 * root, and each `[from, to]` of shop-copies/ (the chrome's components and the page) copied in.
 */
function addShopWeightPage(copy, files) {
  writeFileSync(
    join(copy, 'shop-chrome-data.ts'),
    `// bench/src/pages/shop-chrome.js's data.\nexport const SHOP_CHROME = ${JSON.stringify(shopChrome())};\n`,
  );
  for (const [from, to] of files) {
    mkdirSync(join(copy, to, '..'), { recursive: true });
    cpSync(join(SHOP_COPIES, from), join(copy, to), { recursive: true });
  }
}

/** Rewrites `file` (relative to the copy) with `edit`, which must change it. */
function rewrite(copy, file, edit) {
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`page bench: ${file} no longer has what the bench copy switches`);
  writeFileSync(path, after);
}

// Next.js: each component we export, rendered as ours or as nothing, per request.
const NEXT_SWITCH = `import { headers } from 'next/headers';
import type { ElementType, ReactNode } from 'react';
import * as ours from '@flocktory-ssr/next/app';
import { byHand } from './flocktory-by-hand';

// \`without\` turns every component off; \`without:A,B\` only those named; \`by-hand\` renders the
// snippets as written by hand (flocktory-by-hand.tsx) in place of ours.
async function variant(name: string): Promise<'ours' | 'none' | 'by-hand'> {
  const value = (await headers()).get('${BENCH_HEADER}');
  if (value === 'by-hand') return 'by-hand';
  const off = value === 'without' || (value?.startsWith('without:') === true && value.slice(8).split(',').includes(name));
  return off ? 'none' : 'ours';
}

function switched<P extends object>(name: string, component: (props: P) => unknown): (props: P) => Promise<ReactNode> {
  const Ours = component as unknown as ElementType;
  const ByHand = byHand[name] as unknown as ElementType;
  return async (props: P) => {
    const rendered = await variant(name);
    if (rendered === 'none') return null;
    return rendered === 'ours' ? <Ours {...(props as Record<string, unknown>)} /> : <ByHand {...(props as Record<string, unknown>)} />;
  };
}

NAMES
`;

// Nuxt: a local module that wraps our module's server-side plugins in ones that skip the request.
const NUXT_SWITCH = `import { writeFileSync } from 'node:fs';
import { defineNuxtModule } from 'nuxt/kit';

const OURS = new RegExp('flocktory-ssr/nuxt|packages/nuxt/');
// \`without\` turns everything of ours off; \`without:A,B\` only those named ("plugins": the module's plugins).
const withoutUs = "(headers) => ['without', 'by-hand'].includes(headers?.['${BENCH_HEADER}']) || /^without:(.*,)?plugins(,|$)/.test(headers?.['${BENCH_HEADER}'] ?? '')";
let wrappers = 0;

function wrapper(source: string, text: (original: string) => string): string {
  const file = new URL(\`./bench-switch-\${wrappers++}.ts\`, import.meta.url).pathname;
  writeFileSync(file, text(JSON.stringify(source)));
  return file;
}

export default defineNuxtModule({
  meta: { name: 'bench-switch' },
  setup(_options, nuxt) {
    nuxt.hook('app:resolve', (app) => {
      for (const plugin of app.plugins) {
        if (!OURS.test(plugin.src) || plugin.mode === 'client') continue;
        plugin.src = wrapper(plugin.src, (original) => \`import ours from \${original};
import { defineNuxtPlugin, useRequestHeaders } from '#imports';
const withoutUs = \${withoutUs};
export default defineNuxtPlugin({
  name: 'bench-switch',
  setup(nuxtApp) {
    if (import.meta.server && withoutUs(useRequestHeaders(['${BENCH_HEADER}']))) return;
    return (ours as unknown as (app: typeof nuxtApp) => unknown)(nuxtApp);
  },
});
\`);
      }
    });
    nuxt.hook('nitro:config', (config) => {
      config.plugins = (config.plugins ?? []).map((plugin) =>
        OURS.test(plugin)
          ? wrapper(plugin, (original) => \`import ours from \${original};
const withoutUs = \${withoutUs};
export default (nitroApp: any) =>
  ours({
    ...nitroApp,
    hooks: {
      hook: (name: string, handler: (...args: any[]) => unknown) =>
        nitroApp.hooks.hook(name, (...args: any[]) => (withoutUs(args[1]?.event?.node?.req?.headers) ? undefined : handler(...args))),
    },
  });
\`)
          : plugin,
      );
    });
  },
});
`;

export const APPS = {
  next: {
    app: 'apps/next-shop',
    packages: ['packages/core', 'packages/react', 'packages/next'],
    marker: '.next/BUILD_ID',
    build: [['scripts/copy-loader-stub.mjs'], ['node_modules/next/dist/bin/next', 'build']],
    switchable(copy) {
      const names = new Set();
      for (const file of ['app/layout.tsx', 'app/thank-you/[orderId]/page.tsx']) {
        const target = relative(join(copy, file, '..'), join(copy, 'flocktory-bench-switch'));
        rewrite(copy, file, (text) =>
          text.replace(/import \{([^}]*)\} from '@flocktory-ssr\/next\/app'/, (_, list) => {
            for (const name of list.split(',')) if (name.trim()) names.add(name.trim());
            return `import {${list}} from '${target.startsWith('.') ? target : `./${target}`}'`;
          }),
        );
      }
      const exports = [...names].map((name) => `export const ${name} = switched('${name}', ours.${name});`).join('\n');
      writeFileSync(join(copy, 'flocktory-bench-switch.tsx'), NEXT_SWITCH.replace('NAMES', exports));
      writeFileSync(join(copy, 'flocktory-by-hand.tsx'), NEXT_BY_HAND);
      addShopWeightPage(copy, [
        ['next/shop-chrome.tsx', 'app/_shop-chrome/shop-chrome.tsx'],
        ['next/page.tsx', 'app/thank-you-shop/[orderId]/page.tsx'],
      ]);
    },
  },
  nuxt: {
    app: 'apps/nuxt-shop',
    packages: ['packages/core', 'packages/vue', 'packages/nuxt'],
    marker: '.output/nitro.json',
    build: [['scripts/copy-loader-stub.mjs'], ['node_modules/nuxt/bin/nuxt.mjs', 'build']],
    switchable(copy) {
      writeFileSync(join(copy, 'bench-switch.ts'), NUXT_SWITCH);
      rewrite(copy, 'nuxt.config.ts', (text) => text.replace("'@flocktory-ssr/nuxt']", "'@flocktory-ssr/nuxt', '~~/bench-switch.ts']"));
      rewrite(copy, 'app/pages/thank-you/[orderId].vue', (text) =>
        text
          .replace(
            '</script>',
            `const benchSwitch = import.meta.server ? useRequestHeaders(['${BENCH_HEADER}'])['${BENCH_HEADER}'] : undefined;\n` +
              `const benchWithoutUs = (name: string) => benchSwitch === 'without' || benchSwitch === 'by-hand' || (benchSwitch?.startsWith('without:') === true && benchSwitch.slice(8).split(',').includes(name));\n` +
              `${NUXT_BY_HAND_SETUP}</script>`,
          )
          .replace(/<(Flocktory\w+) /g, `<$1 v-if="!benchWithoutUs('$1')" `)
          .replace('<FlocktoryExchange ', `${NUXT_BY_HAND_MARKER}\n    <FlocktoryExchange `),
      );
      addShopWeightPage(copy, [
        ['nuxt/components', 'app/components'],
        ['nuxt/page.vue', 'app/pages/thank-you-shop/[orderId].vue'],
      ]);
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
  const roots = [join(REPO, spec.app), ...spec.packages.map((pkg) => join(REPO, pkg, 'dist')), ...COPY_SOURCES];
  for (const file of roots.flatMap(filesUnder)) hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** The copy's directory, built and up to date; builds it (a minute or more) when needed. */
export function preparedCopy(name, log) {
  const spec = APPS[name];
  const copy = join(CACHE, name);
  const stamp = join(copy, '.bench-inputs');
  const inputs = inputsHash(spec);
  if (existsSync(join(copy, spec.marker)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return copy;
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  cpSync(join(REPO, spec.app), copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.split('/').pop()) });
  symlinkSync(join(REPO, spec.app, 'node_modules'), join(copy, 'node_modules'));
  // A tsconfig extending the repository's (`../../tsconfig.base.json`) must still lead there; one
  // extending the app's own `.nuxt/tsconfig.json` gets the copy's, which its build writes (the app's
  // exists only once the app itself was prepared).
  const tsconfig = join(copy, 'tsconfig.json');
  if (existsSync(tsconfig)) {
    const text = readFileSync(tsconfig, 'utf8');
    writeFileSync(
      tsconfig,
      text.replace(/"extends":\s*"(\.\.\/[^"]+)"/, (_, path) => `"extends": "${relative(copy, join(REPO, spec.app, path))}"`),
    );
  }
  spec.switchable(copy);
  const started = Date.now();
  for (const args of spec.build) {
    const run = spawnSync(process.execPath, args, {
      cwd: copy,
      env: { ...process.env, ...BUILD_ENV },
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    if (run.status !== 0) throw new Error(`building ${name} failed: ${run.error ?? `exit ${run.status}`}\n${run.stdout}\n${run.stderr}`);
  }
  writeFileSync(stamp, inputs);
  log(`built ${name} (switchable) in ${Math.round((Date.now() - started) / 1000)} s`);
  return copy;
}
