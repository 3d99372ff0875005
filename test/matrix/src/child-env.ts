/**
 * The environment an app's commands run in: the developer's, minus what the test runner and pnpm
 * add (NODE_ENV=test from vitest, npm_* and pnpm's node_modules/.bin on PATH), with the chosen
 * Node line first on PATH. Apps must start "the way the docs say": nothing else is set.
 */
import { delimiter } from 'node:path';

import { nodeBinDir, type NodeLine } from './node-lines';

const DROPPED = /^(NODE_ENV|NODE_OPTIONS|INIT_CWD|TEST|VITEST.*|npm_.*|PNPM_.*|pnpm_.*)$/i;

export function childEnv(line: NodeLine, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!DROPPED.test(name)) env[name] = value;
  const path = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir && !dir.includes('node_modules'));
  env.PATH = [nodeBinDir(line), ...path].join(delimiter);
  return { ...env, ...extra };
}
