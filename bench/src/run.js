/**
 * `pnpm bench`: our serializer and buildPostcheckout against what shops use today, per-item cost
 * growth, and the React/Vue adapters against a bare <script>. Prints tables, writes RESULTS.md.
 */
import { buildPostcheckout, normalizePostcheckout, postcheckoutCode } from '@flocktory-ssr/core';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CONTENDERS, PACKAGE_NAMES, argFor } from './contenders.js';
import { machine, versions } from './environment.js';
import { INPUTS, SCALING_SIZES, richShopInput, typicalOrder } from './fixtures.js';
import { reactCases } from './frameworks/react.js';
import { vueCases } from './frameworks/vue.js';
import { measureCases } from './measure.js';
import { measurePages } from './pages/measure-pages.js';
import { serverNode } from './pages/servers.js';
import { SCALED_KEYS } from './scaling-worker.js';
import {
  NOTES,
  breakdownTable,
  frameworksTable,
  pagesTable,
  mainTable,
  scalingTable,
  table,
  targetsTable,
  writeResults,
} from './report.js';
import { BUDGETS } from './size/budgets.js';
import { locate, minGzipSize } from './size/measure-size.js';
import { evaluateTargets } from './targets.js';

const RESULTS_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'RESULTS.md');
const started = Date.now();
const log = (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${line}`);

/**
 * Normalized data for an input's `raw` value: the same data unless the input is marked `raw` (a
 * shop's shapes, which only our code normalizes). Either way it must have no issue.
 */
function normalized(raw, input) {
  const { data, issues } = normalizePostcheckout(raw);
  if (!data || issues.length > 0 || (!input.raw && JSON.stringify(data) !== JSON.stringify(raw))) {
    throw new Error(`fixture ${input.key} is not ${input.raw ? 'valid' : 'in normalized form'}: ${JSON.stringify(issues)}`);
  }
  return data;
}

async function measureMain() {
  const main = {};
  for (const input of INPUTS) {
    const raw = input.make();
    const data = normalized(raw, input);
    // JSON.stringify first: every ratio is to it, round by round.
    const results = await measureCases(CONTENDERS.map((contender) => ({ run: contender.run, arg: argFor(contender, raw, data) })));
    main[input.key] = Object.fromEntries(CONTENDERS.map((contender, index) => [contender.key, results[index]]));
    log(`${input.label}: ${CONTENDERS.map((c, i) => `${c.key} ${results[i].ratio.toFixed(2)}×`).join(', ')}`);
  }
  return main;
}

/**
 * buildPostcheckout on the rich order taken apart, each part timed in the same rounds as
 * JSON.stringify of the normalized data: reading (normalizePostcheckout: validation and the new
 * objects), serializing (postcheckoutCode: JSON.stringify, escaping, the push call around it) and
 * the whole build. The rest of the build is what neither part does (options, the snippet object).
 */
async function measureBreakdown() {
  const raw = richShopInput();
  const { data } = normalizePostcheckout(raw);
  const parts = [
    ['JSON.stringify of the normalized data', () => JSON.stringify(data)],
    ['reading: normalizePostcheckout(input)', () => normalizePostcheckout(raw)],
    ['serializing: postcheckoutCode(data)', () => postcheckoutCode(data)],
    ['buildPostcheckout(input)', () => buildPostcheckout(raw, { mode: 'strict' })],
  ];
  const results = await measureCases(parts.map(([, run]) => ({ run })));
  log(`breakdown (rich order as a shop passes it): ${parts.map(([label], i) => `${label} ${results[i].ratio.toFixed(2)}×`).join(', ')}`);
  return parts.map(([label], index) => ({ label, ...results[index] }));
}

const SCALED = CONTENDERS.filter((contender) => SCALED_KEYS.includes(contender.key));
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'scaling-worker.js');

/** Each size in its own process (scaling-worker.js says why). */
function measureScaling() {
  const scaling = Object.fromEntries(SCALED.map((contender) => [contender.key, {}]));
  for (const size of SCALING_SIZES) {
    const run = spawnSync(process.execPath, ['--single-threaded', WORKER, String(size)], { encoding: 'utf8', timeout: 300_000 });
    if (run.status !== 0) throw new Error(`scaling worker for ${size} items failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout);
    for (const contender of SCALED) scaling[contender.key][size] = result[contender.key];
    log(`${size} items: ${SCALED.map((c) => `${c.key} ${scaling[c.key][size].perItem.toFixed(0)} ns/item`).join(', ')}`);
  }
  return scaling;
}

async function measureFrameworks() {
  const frameworks = {};
  for (const [name, makeCases] of [
    ['React', reactCases],
    ['Vue', vueCases],
  ]) {
    const cases = await makeCases(typicalOrder());
    if (cases.skip) {
      log(`${name}: SKIPPED, ${cases.skip}`);
      frameworks[name] = cases;
      continue;
    }
    const [bare, bareWithBuild, adapter] = await measureCases([cases.bare, cases.bareWithBuild, cases.adapter].map((run) => ({ run })));
    frameworks[name] = {
      bare: bare.ns,
      bareWithBuild: bareWithBuild.ns,
      adapter: adapter.ns,
      ratio: adapter.ratio,
      buildRatio: bareWithBuild.ratio,
    };
    log(
      `${name}: adapter ${adapter.ratio.toFixed(2)}× a bare <script>, ${bareWithBuild.ratio.toFixed(2)}× with buildPostcheckout per render`,
    );
  }
  return frameworks;
}

/** The size budgets' table, as the test command checks them (bench/src/size). */
async function sizesTable() {
  const rows = [];
  for (const budget of BUDGETS) {
    const found = locate(budget.packageName, budget.entry);
    if (found.missing) {
      rows.push([budget.label, '-', '-', budget.limit, budget.target ?? '-', found.missing]);
      continue;
    }
    const size = await minGzipSize(found.file, budget.external, budget.imports);
    const limit = size.gzipped <= budget.limit ? 'within budget' : '**over budget**';
    const target = budget.target === undefined ? '' : size.gzipped <= budget.target ? ', target met' : ', **target not met**';
    rows.push([budget.label, size.minified, size.gzipped, budget.limit, budget.target ?? '-', limit + target]);
  }
  return table(['entry', 'min (B)', 'min+gzip (B)', 'budget (B), fails the test command', 'target (B)', 'status'], rows);
}

const main = await measureMain();
const breakdown = await measureBreakdown();
const scaling = measureScaling();
const frameworks = await measureFrameworks();
// Off with FLOCKTORY_BENCH_PAGES=off: the first run builds four demo apps (a few minutes).
const pages = process.env.FLOCKTORY_BENCH_PAGES === 'off' ? {} : await measurePages(log);
const targets = evaluateTargets({ main, scaling, frameworks, pages });

const sections = [
  ['ns/op (ratio to JSON.stringify)', mainTable(INPUTS, CONTENDERS, main)],
  ['Where buildPostcheckout spends its time (rich order as a shop passes it)', breakdownTable(breakdown)],
  ['Linear growth (hostile titles in every item)', scalingTable(SCALING_SIZES, SCALED, scaling)],
  ['Adapters', frameworksTable(frameworks)],
  ['Thank-you page, full server render, with and without our components', pagesTable(pages)],
  ['Targets', targetsTable(targets)],
  ['Size budgets (esbuild --minify, gzip -9; checked by `pnpm --filter ./bench test`)', await sizesTable()],
  ['Notes', NOTES],
];
for (const [title, body] of sections) console.log(`\n## ${title}\n\n${body}`);
writeResults(RESULTS_PATH, { machine: machine(), versions: versions(PACKAGE_NAMES), sections, pageNode: serverNode().version });
console.log(
  `\nwrote ${RESULTS_PATH} in ${((Date.now() - started) / 1000).toFixed(0)}s; ${targets.filter((t) => t.met === false).length} speed target(s) not met; sizes: see the size budgets table`,
);
