/**
 * Debian's Chromium driven by playwright-core (browsers are never downloaded). `.ci/run` and
 * scripts/setup.sh install it with apt; without it the suite fails at once, saying so.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.FLOCKTORY_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Bounded waits everywhere: a hung browser fails a test instead of the whole CI run. */
export const ACTION_TIMEOUT_MS = 15_000;

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get update && apt-get install -y chromium ` +
        '(scripts/setup.sh does this), or set FLOCKTORY_CHROMIUM to its path.',
    );
  }
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile in a temporary directory per launch, removed on close. */
export async function launchChromium(): Promise<Browser> {
  assertChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'flocktory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
    timeout: 60_000,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(30_000);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      // Chromium may still write into its profile for a moment after closing (ENOTEMPTY): retry.
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
