/**
 * Once per matrix run: pack every published package, hand the tarballs to the app cells, and at
 * the end print how long each cell's steps took.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

import { packTarballs, type Tarballs } from './tarballs';
import { formatTimings, type CellTiming } from './timings';

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: Tarballs;
    timingsFile: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'flocktory-matrix-tarballs-'));
  const started = Date.now();
  project.provide('tarballs', await packTarballs(dir));
  const timingsFile = join(dir, 'timings.jsonl');
  await writeFile(timingsFile, '');
  project.provide('timingsFile', timingsFile);
  console.log(`[matrix] packed the packages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return async () => {
    const cells = (await readFile(timingsFile, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CellTiming);
    if (cells.length) console.log(formatTimings(cells));
    await rm(dir, { recursive: true, force: true });
  };
}
