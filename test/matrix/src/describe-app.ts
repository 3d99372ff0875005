/**
 * One app of the matrix as vitest tests: for each of its Node lines a cell that installs the app
 * from the tarballs, builds it, starts it the documented way and runs the scenarios in Chromium.
 * A step that depends on a failed one fails at once, saying which; the server, the browser and the
 * app's directory are removed in every case (FLOCKTORY_MATRIX_KEEP=1 keeps the directory).
 */
import { appendFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, inject, test } from 'vitest';

import { launchChromium, type Browser } from '@flocktory-ssr/test-e2e/chromium';

import { APPS, type AppName, type MatrixApp, type WebApp } from './apps';
import { childEnv } from './child-env';
import { copyTemplate, npmInstall } from './install-app';
import { nodeVersion, type NodeLine } from './node-lines';
import { BAD_ORDERS } from './orders';
import { freePort, run, startServer, type RunningServer } from './processes';
import { badOrderInBrowser, badOrderOnServer, clientNavigation, directLoad } from './scenarios';
import type { CellTiming } from './timings';

const MINUTE = 60_000;
const BUILD_TIMEOUT_MS = 10 * MINUTE;
const START_TIMEOUT_MS = 90_000;
const SCENARIO_TIMEOUT_MS = 2 * MINUTE;

class Cell {
  dir = '';
  server: RunningServer | undefined;
  private browserPromise: Promise<Browser> | undefined;
  readonly passed = new Set<string>();
  readonly timing: CellTiming;

  constructor(
    readonly name: AppName,
    readonly line: NodeLine,
  ) {
    this.timing = { cell: name, node: String(line), steps: {}, failed: [] };
  }

  browser(): Promise<Browser> {
    return (this.browserPromise ??= launchChromium());
  }

  /** A test that runs only when the steps it needs passed, and is timed. */
  step(key: string, title: string, timeoutMs: number, needs: string[], body: () => Promise<void>): void {
    test(
      title,
      async () => {
        const missing = needs.filter((need) => !this.passed.has(need));
        if (missing.length) {
          this.timing.failed.push(key);
          throw new Error(`not run: ${missing.join(', ')} did not pass`);
        }
        const started = Date.now();
        try {
          await body();
          this.passed.add(key);
        } catch (error) {
          this.timing.failed.push(key);
          throw error;
        } finally {
          this.timing.steps[key] = (Date.now() - started) / 1000;
        }
      },
      timeoutMs + 30_000,
    );
  }

  async dispose(): Promise<void> {
    await this.server?.close();
    if (this.browserPromise) await (await this.browserPromise.catch(() => undefined))?.close();
    if (this.dir && process.env.FLOCKTORY_MATRIX_KEEP !== '1') await rm(this.dir, { recursive: true, force: true });
    else if (this.dir) console.log(`[matrix] kept ${this.dir}`);
    await appendFile(inject('timingsFile'), JSON.stringify(this.timing) + '\n');
  }
}

function webScenarios(cell: Cell, app: WebApp): void {
  const ready = ['start'];
  for (const variant of app.variants ?? ['']) {
    const base = () => cell.server!.url.replace(/\/$/, '') + variant;
    const prefix = variant ? `${variant.slice(1)}: ` : '';
    const key = (name: string) => (variant ? `${variant.slice(1)}:${name}` : name);
    cell.step(
      key('direct'),
      `${prefix}direct load of the thank-you page: one postcheckout with the expected data, loader.js requested once`,
      SCENARIO_TIMEOUT_MS,
      ready,
      async () => directLoad(await cell.browser(), base()),
    );
    if (app.clientNavigation) {
      cell.step(
        key('client-nav'),
        `${prefix}client-side navigation to the thank-you page: one postcheckout, loader.js requested once`,
        SCENARIO_TIMEOUT_MS,
        ready,
        async () => clientNavigation(await cell.browser(), base()),
      );
    }
    for (const bad of BAD_ORDERS) {
      const where = app.kind === 'server' ? 'one line in the server output' : 'one message in the browser console';
      cell.step(
        key(bad.key),
        `${prefix}bad order (${bad.what}): HTTP 200, no postcheckout, ${where} naming ${bad.field}`,
        SCENARIO_TIMEOUT_MS,
        ready,
        async () =>
          app.kind === 'server'
            ? badOrderOnServer(await cell.browser(), cell.server!, base(), bad, app.serverRenderPasses)
            : badOrderInBrowser(await cell.browser(), base(), bad),
      );
    }
  }
}

function defineCell(name: AppName, app: MatrixApp, line: NodeLine): void {
  const cell = new Cell(name, line);
  afterAll(() => cell.dispose(), 60_000);

  cell.step('install', `npm install (the packed tarballs, ${name}'s pinned versions) on Node ${line}`, 10 * MINUTE, [], async () => {
    cell.timing.node = nodeVersion(line);
    cell.dir = await copyTemplate(name, app, line, inject('tarballs'));
    await npmInstall(cell.dir, line);
  });

  for (const check of app.checks ?? []) {
    cell.step(check, `npm run ${check} passes (type checks)`, 5 * MINUTE, ['install'], async () => {
      await run('npm', ['run', '--silent', check], { cwd: cell.dir, env: childEnv(line), timeoutMs: 5 * MINUTE });
    });
  }
  if (app.kind === 'types') return;

  const built = app.build ? ['install', 'build'] : ['install'];
  if (app.build) {
    cell.step('build', 'npm run build', BUILD_TIMEOUT_MS, ['install'], async () => {
      await run('npm', ['run', 'build'], { cwd: cell.dir, env: childEnv(line), timeoutMs: BUILD_TIMEOUT_MS });
    });
  }
  cell.step('start', 'starts in production the way its framework documents, without NODE_ENV', START_TIMEOUT_MS, built, async () => {
    const port = await freePort();
    const start = app.start('127.0.0.1', port);
    const command = start.command.includes('/') ? join(cell.dir, start.command) : start.command;
    cell.server = await startServer(command, start.args, `http://127.0.0.1:${port}/`, {
      cwd: cell.dir,
      env: childEnv(line, start.env),
      timeoutMs: START_TIMEOUT_MS,
    });
  });
  webScenarios(cell, app);
}

export function describeApp(name: AppName): void {
  const app: MatrixApp = APPS[name];
  for (const line of app.nodeLines) describe(`${name} on Node ${line}`, () => defineCell(name, app, line));
}
