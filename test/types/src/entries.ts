/**
 * Every published entry of every package, read from the packages' own `exports` maps, so a new
 * entry is checked as soon as it is added.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const PACKAGES = ['core', 'html', 'react', 'next', 'vue', 'nuxt'] as const;

export interface Entry {
  /** What a consumer imports, e.g. `@flocktory-ssr/core/loader`. */
  specifier: string;
  /** The declaration files of `import` and `require` (absent: that condition is not offered). */
  esmTypes: string;
  cjsTypes: string | undefined;
}

type Conditions = { import?: string | { types?: string }; require?: { types?: string }; types?: string };

const require = createRequire(import.meta.url);

export function packageDir(name: string): string {
  return dirname(require.resolve(`@flocktory-ssr/${name}/package.json`));
}

export function entries(): Entry[] {
  const list: Entry[] = [];
  for (const name of PACKAGES) {
    const dir = packageDir(name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports: Record<string, string | Conditions> };
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (subpath === './package.json' || typeof target === 'string') continue;
      const esm = typeof target.import === 'object' ? target.import.types : target.types;
      if (!esm) throw new Error(`@flocktory-ssr/${name} ${subpath}: no types for import`);
      list.push({
        specifier: `@flocktory-ssr/${name}${subpath.slice(1)}`,
        esmTypes: join(dir, esm),
        cjsTypes: target.require?.types ? join(dir, target.require.types) : undefined,
      });
    }
  }
  return list;
}
