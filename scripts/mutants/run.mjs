#!/usr/bin/env node
/**
 * `pnpm test:mutants`: shows that the cross-package suites, not one adapter's unit files, catch
 * each known bug. For every mutant (scripts/mutants/mutants.mjs) it patches the source, rebuilds
 * the package, runs the contract (jsdom and Chromium), conformance and security suites, restores
 * the source, and finally prints which suite killed it: a suite kills a mutant when tests fail
 * that pass on the unmutated tree (the baseline, run first), so tests that already fail there
 * never count.
 *
 * The tree is always restored, then rebuilt: on success, failure, Ctrl-C or SIGTERM. Each
 * original file is also saved under node_modules/.cache/flocktory-mutants before it is patched;
 * a run that was killed outright leaves them there, and the next run restores them first.
 *
 *   pnpm test:mutants                          every mutant, every suite (about 5 minutes each)
 *   pnpm test:mutants --only=nonce-dropped     some mutants (ids: --list)
 *   pnpm test:mutants --suites=contract-jsdom,conformance
 *   pnpm test:mutants --suites=contract-shops   the Next.js and Nuxt shops too (never by default: slow)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MUTANTS } from './mutants.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BACKUP_DIR = join(ROOT, 'node_modules/.cache/flocktory-mutants');
const MANIFEST = join(BACKUP_DIR, 'manifest.json');

const SUITES = [
  { id: 'contract-jsdom', label: 'contract (jsdom)', dir: 'test/contract', args: ['test/jsdom.test.ts'] },
  { id: 'contract-chromium', label: 'contract (Chromium)', dir: 'test/contract', args: ['test/chromium.test.ts'] },
  { id: 'conformance', label: 'conformance', dir: 'test/conformance', args: [] },
  // As its `test` script runs it: the production builds of React and Vue, as shops run them.
  { id: 'security', label: 'security', dir: 'test/security', args: [], env: { NODE_ENV: 'production' } },
  // Only when asked: the demo shops are rebuilt from every mutated package (minutes per mutant).
  { id: 'contract-shops', label: 'contract (shops)', dir: 'test/contract', args: ['test/shops.test.ts'], optIn: true },
];

// ---------------------------------------------------------------- arguments

function option(name) {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return found
    ? found
        .slice(name.length + 3)
        .split(',')
        .filter(Boolean)
    : null;
}

if (process.argv.includes('--list') || process.argv.includes('--help')) {
  console.log('mutants:');
  for (const mutant of MUTANTS) console.log(`  ${mutant.id.padEnd(32)} ${mutant.title}`);
  console.log(`suites:\n${SUITES.map((suite) => `  ${suite.id}${suite.optIn ? ' (only with --suites)' : ''}`).join('\n')}`);
  console.log('usage: pnpm test:mutants [--only=id,id] [--suites=id,id]');
  process.exit(0);
}

const onlyIds = option('only');
const suiteIds = option('suites');
for (const id of onlyIds ?? []) if (!MUTANTS.some((mutant) => mutant.id === id)) fail(`unknown mutant "${id}" (see --list)`);
for (const id of suiteIds ?? []) if (!SUITES.some((suite) => suite.id === id)) fail(`unknown suite "${id}" (see --list)`);
const mutants = MUTANTS.filter((mutant) => !onlyIds || onlyIds.includes(mutant.id));
const suites = SUITES.filter((suite) => (suiteIds ? suiteIds.includes(suite.id) : !suite.optIn));

function fail(message) {
  console.error(`test:mutants: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------- child processes

let running = null;
let stopping = false;

/**
 * Runs a command to its end; output is kept (and shown only when asked). Once a signal stopped
 * the run, only the restoring rebuild (`shutdown`) still completes: everything else never
 * resolves, so the main loop cannot start more work while the source is being put back.
 */
function run(command, args, { cwd = ROOT, env = {}, timeoutMs = 40 * 60_000, shutdown = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    running = child;
    // Were this process killed outright, the next run waits for this child (a build from mutated source) first.
    if (originals.size > 0 || dirty.size > 0) saveManifest();
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (running === child) running = null;
      if (stopping && !shutdown) return;
      resolve({ code, signal, output });
    });
  });
}

const packageOf = (file) => /^packages\/[^/]+/.exec(file)?.[0];

async function build(packages, { shutdown = false } = {}) {
  for (const dir of packages) {
    const started = Date.now();
    const result = await run('pnpm', ['--filter', `./${dir}`, 'run', 'build'], { shutdown });
    if (result.code !== 0) return { ok: false, output: `${dir}: ${result.output.slice(-3000)}` };
    log(`  built ${dir} (${seconds(started)})`);
  }
  return { ok: true };
}

/** The names of the failing tests of one suite, or `crashed` when it produced no report. */
async function runSuite(suite) {
  const dir = mkdtempSync(join(tmpdir(), 'flocktory-mutants-'));
  const report = join(dir, 'report.json');
  try {
    const started = Date.now();
    const result = await run('pnpm', ['exec', 'vitest', 'run', ...suite.args, '--reporter=json', `--outputFile=${report}`], {
      cwd: join(ROOT, suite.dir),
      env: suite.env,
    });
    if (!existsSync(report)) return { crashed: true, output: result.output.slice(-2000), took: seconds(started) };
    const json = JSON.parse(readFileSync(report, 'utf8'));
    const failed = new Set();
    for (const file of json.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0)
        failed.add(`${file.name}: ${file.message ?? 'failed to run'}`);
      for (const test of file.assertionResults ?? []) if (test.status === 'failed') failed.add(test.fullName);
    }
    return { failed, total: json.numTotalTests, took: seconds(started) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- patching and restoring

/** Original contents of the files patched now, by path relative to the repository. */
const originals = new Map();
/** Packages whose dist was built from mutated source and must be rebuilt. */
const dirty = new Set();

const read = (file) => readFileSync(join(ROOT, file), 'utf8');

function saveManifest() {
  mkdirSync(BACKUP_DIR, { recursive: true });
  writeFileSync(MANIFEST, JSON.stringify({ files: Object.fromEntries(originals), dirty: [...dirty], childPid: running?.pid }));
}

function restoreFiles() {
  for (const [file, source] of originals) writeFileSync(join(ROOT, file), source);
  originals.clear();
  if (dirty.size === 0) rmSync(BACKUP_DIR, { recursive: true, force: true });
  else saveManifest();
}

async function restoreAndRebuild({ shutdown = false } = {}) {
  restoreFiles();
  if (dirty.size === 0) return true;
  const result = await build([...dirty], { shutdown });
  if (!result.ok) {
    console.error(`\n!!! The source is restored, but rebuilding failed; run \`pnpm build\` before testing.\n${result.output}`);
    return false;
  }
  dirty.clear();
  rmSync(BACKUP_DIR, { recursive: true, force: true });
  return true;
}

/** Applies the first variant whose every patch finds its target. */
function apply(mutant) {
  if (mutant.present?.(read)) return { status: 'present' };
  const tried = [];
  for (const variant of mutant.variants) {
    const patched = Object.entries(variant.patches).map(([file, patch]) => [file, existsSync(join(ROOT, file)) ? patch(read(file)) : null]);
    const missing = patched.filter(([, source]) => source === null).map(([file]) => file);
    if (missing.length > 0) {
      tried.push(`${variant.how}: target not found in ${missing.join(', ')}`);
      continue;
    }
    for (const [file] of patched) originals.set(file, read(file));
    for (const [file] of patched) dirty.add(packageOf(file));
    saveManifest();
    for (const [file, source] of patched) writeFileSync(join(ROOT, file), source);
    return { status: 'applied', how: variant.how, packages: [...new Set(patched.map(([file]) => packageOf(file)))] };
  }
  return { status: 'not-applicable', tried };
}

// A run that was killed outright left its backups: put them back first.
async function recoverEarlierRun() {
  if (!existsSync(MANIFEST)) return;
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  console.log('A previous run did not finish: restoring its files and rebuilding.');
  // Its last child (maybe a build of mutated source) may still be running: let it end first.
  const alive = (pid) => {
    try {
      return process.kill(pid, 0);
    } catch {
      return false;
    }
  };
  for (let waited = 0; manifest.childPid && alive(manifest.childPid) && waited < 600; waited++)
    await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const [file, source] of Object.entries(manifest.files)) {
    mkdirSync(dirname(join(ROOT, file)), { recursive: true });
    writeFileSync(join(ROOT, file), source);
  }
  for (const dir of manifest.dirty) dirty.add(dir);
  if (!(await restoreAndRebuild())) process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping, restoring the source and rebuilding…`);
    running?.kill('SIGTERM');
    await restoreAndRebuild({ shutdown: true });
    process.exit(130);
  });
}

// ---------------------------------------------------------------- report

const started = Date.now();
const seconds = (from) => `${Math.round((Date.now() - from) / 1000)} s`;
const log = (text) => console.log(text);

function verdictOf(row) {
  if (row.status === 'present') return "present in the source (today's behaviour)";
  if (row.status === 'not-applicable') return 'CANNOT APPLY';
  if (row.status === 'build-failed') return 'BUILD FAILED';
  const killers = suites.filter((suite) => row.results[suite.id]?.killed).map((suite) => suite.label);
  return killers.length > 0 ? `killed by ${killers.join(', ')}` : 'SURVIVED';
}

function cell(result) {
  if (!result) return '';
  if (result.crashed) return 'crashed';
  return result.killed ? `killed (${result.newFailures.length})` : 'survived';
}

function printTable(rows, baseline) {
  const header = ['mutant', ...suites.map((suite) => suite.label), 'verdict'];
  const lines = rows.map((row) => [row.mutant.title, ...suites.map((suite) => cell(row.results?.[suite.id])), verdictOf(row)]);
  log('\n| ' + header.join(' | ') + ' |\n|' + header.map(() => ' --- |').join(''));
  for (const line of lines) log('| ' + line.join(' | ') + ' |');
  log(
    '\nBaseline (unmutated tree): ' +
      suites
        .map(
          (suite) =>
            `${suite.label} ${baseline[suite.id].crashed ? 'crashed' : `${baseline[suite.id].failed.size} failing of ${baseline[suite.id].total}`}`,
        )
        .join('; '),
  );
  for (const row of rows) {
    if (row.status === 'not-applicable') log(`\n!!! ${row.mutant.id} CANNOT APPLY:\n  ${row.tried.join('\n  ')}`);
    if (row.status === 'present')
      log(`\n${row.mutant.id}: the source already behaves like this mutant; the baseline's failing tests show it.`);
    if (row.status === 'build-failed') log(`\n!!! ${row.mutant.id}: the mutated package did not build:\n${row.output}`);
    if (row.status !== 'applied') continue;
    log(`\n${row.mutant.id} (${row.how}):`);
    for (const suite of suites) {
      const result = row.results[suite.id];
      if (result.crashed) log(`  ${suite.label}: crashed: ${result.output.split('\n').slice(-5).join(' ')}`);
      else if (result.killed)
        log(`  ${suite.label}: ${result.newFailures.length} new failures, e.g. ${result.newFailures.slice(0, 2).join(' | ')}`);
    }
  }
}

// ---------------------------------------------------------------- main

async function main() {
  await recoverEarlierRun();
  log(`test:mutants: ${mutants.length} mutants × ${suites.map((suite) => suite.id).join(', ')}`);
  log('Building every package from the unmutated source…');
  const initial = await run('pnpm', ['build']);
  if (initial.code !== 0) fail(`pnpm build failed:\n${initial.output.slice(-3000)}`);

  log('Baseline: the suites on the unmutated tree…');
  const baseline = {};
  for (const suite of suites) {
    baseline[suite.id] = await runSuite(suite);
    const result = baseline[suite.id];
    log(
      `  ${suite.label}: ${result.crashed ? `crashed\n${result.output}` : `${result.failed.size} failing of ${result.total}`} (${result.took})`,
    );
    if (result.crashed) fail(`the ${suite.label} suite does not run on the unmutated tree`);
  }

  const rows = [];
  for (const mutant of mutants) {
    const mutantStarted = Date.now();
    log(`\n${mutant.id}: ${mutant.title}`);
    const applied = apply(mutant);
    const row = { mutant, ...applied, results: {} };
    rows.push(row);
    if (applied.status === 'present') {
      log('  present in the source already: nothing to apply');
      continue;
    }
    if (applied.status === 'not-applicable') {
      log(`  !!! CANNOT APPLY: ${applied.tried.join('; ')}`);
      continue;
    }
    log(`  applied: ${applied.how}`);
    try {
      const built = await build([...dirty]);
      if (!built.ok) {
        row.status = 'build-failed';
        row.output = built.output;
        continue;
      }
      // Only this mutant's packages are built from mutated source now.
      dirty.clear();
      for (const dir of applied.packages) dirty.add(dir);
      for (const suite of suites) {
        const result = await runSuite(suite);
        if (!result.crashed) {
          result.newFailures = [...result.failed].filter((name) => !baseline[suite.id].failed.has(name));
          result.killed = result.newFailures.length > 0;
        }
        row.results[suite.id] = result;
        log(`  ${suite.label}: ${cell(result)} (${result.took})`);
      }
    } finally {
      restoreFiles();
    }
    log(`  ${verdictOf(row)} (${seconds(mutantStarted)})`);
  }

  log('\nRestoring: rebuilding the packages built from mutated source…');
  const restored = await restoreAndRebuild();
  printTable(rows, baseline);
  log(`\ntest:mutants took ${seconds(started)}.`);
  const bad = rows.filter((row) => ['not-applicable', 'build-failed'].includes(row.status) || verdictOf(row) === 'SURVIVED');
  process.exit(bad.length > 0 || !restored ? 1 : 0);
}

main().catch(async (error) => {
  if (stopping) return;
  console.error(error);
  await restoreAndRebuild();
  process.exit(1);
});
