/**
 * Every published package, packed the way it would be published (`pnpm pack` turns `workspace:^`
 * into real version ranges and keeps only `files`). Apps install these files, never the workspace.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from './paths';
import { run } from './processes';

/** Package name → absolute path of its tarball. */
export type Tarballs = Record<string, string>;

export async function packTarballs(destination: string): Promise<Tarballs> {
  const tarballs: Tarballs = {};
  for (const dir of readdirSync(join(REPO, 'packages'))) {
    const packageDir = join(REPO, 'packages', dir);
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
    };
    if (manifest.private) continue;
    // pnpm pack does not build: without dist the apps would fail far from the cause.
    if (!existsSync(join(packageDir, 'dist'))) throw new Error(`${manifest.name} has no dist: run \`pnpm build\` first`);
    const before = new Set(readdirSync(destination));
    await run('pnpm', ['pack', '--pack-destination', destination], { cwd: packageDir, env: process.env, timeoutMs: 120_000 });
    const made = readdirSync(destination).filter((file) => file.endsWith('.tgz') && !before.has(file));
    if (made.length !== 1) throw new Error(`pnpm pack in ${packageDir} made ${made.length} tarballs: ${made.join(', ')}`);
    tarballs[manifest.name] = join(destination, made[0]!);
  }
  return tarballs;
}
