/**
 * Proves the size check can fail: with every budget at a tenth, `check.js` must exit with 1 and
 * name each entry as failed. Part of `pnpm --filter ./bench test`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { BUDGETS } from './budgets.js';

const check = fileURLToPath(new URL('./check.js', import.meta.url));
const run = spawnSync(process.execPath, [check], {
  env: { ...process.env, FLOCKTORY_SIZE_BUDGET_SCALE: '0.1' },
  encoding: 'utf8',
  timeout: 120_000,
});
const failures = run.stdout.split('\n').filter((line) => line.includes('FAIL'));
if (run.status !== 1 || failures.length !== BUDGETS.length) {
  console.error(
    `size check did not fail on budgets at a tenth (exit ${run.status}, ${failures.length} FAIL lines)\n${run.stdout}${run.stderr}`,
  );
  process.exit(1);
}
console.log(`size check fails as it should when every entry is over budget (${failures.length} entries)`);
