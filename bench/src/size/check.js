/**
 * `pnpm --filter ./bench test`: fails when a package is over its size budget (budgets.js; minified
 * by esbuild, gzip level 9). Prints one table either way.
 */
import { BUDGETS } from './budgets.js';
import { locate, minGzipSize } from './measure-size.js';

function status(gzipped, budget) {
  if (gzipped > budget.limit) return `FAIL: ${gzipped - budget.limit} B over`;
  if (budget.target !== undefined && gzipped > budget.target)
    return `ok (target ${budget.target} B not met: ${gzipped - budget.target} B over)`;
  return 'ok';
}

// For check-fails.js only: shrinks every limit, to prove an entry over budget fails the run.
const scale = Number(process.env.FLOCKTORY_SIZE_BUDGET_SCALE ?? 1);
const budgets = BUDGETS.map((budget) => ({
  ...budget,
  limit: Math.floor(budget.limit * scale),
}));

const rows = [];
let failed = false;
for (const budget of budgets) {
  const found = locate(budget.packageName, budget.entry);
  if (found.missing) {
    const outcome = budget.skipWhenMissing ? 'SKIPPED' : 'FAIL';
    failed ||= !budget.skipWhenMissing;
    rows.push([budget.label, '-', '-', budget.limit, `${outcome}: ${found.missing}`]);
    continue;
  }
  const size = await minGzipSize(found.file, budget.external, budget.imports);
  // Another command's code in a one-command bundle (tree-shaking broke), or server code in a browser build.
  const leaked = (budget.mustNotContain ?? []).filter((text) => size.code.includes(text));
  const verdict =
    leaked.length > 0
      ? `FAIL: holds code it must not (${leaked.map((text) => JSON.stringify(text)).join(', ')})`
      : status(size.gzipped, budget);
  rows.push([budget.label, size.minified, size.gzipped, budget.limit, verdict]);
  failed ||= size.gzipped > budget.limit || leaked.length > 0;
}

const header = ['entry', 'min (B)', 'min+gzip (B)', 'budget (B)', 'status'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ');
console.log([line(header), ...rows.map(line)].join('\n'));
if (failed) {
  console.error('\nsize budget exceeded (bench/src/size/budgets.js)');
  process.exit(1);
}
