import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BrowserContext } from 'playwright-core';

/** Debian's Chromium by default; FLOCKTORY_CHROMIUM or `executablePath` point elsewhere. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

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

export class BrowserUnavailableError extends Error {}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new BrowserUnavailableError(
      '--browser needs playwright-core, an optional peer dependency: npm install --save-dev playwright-core ' +
        '(no browser download needed: it drives an installed Chromium)',
    );
  }
}

/**
 * Removes a Chromium profile. Chromium may still be writing into it for a moment after it closed
 * (ENOTEMPTY), so removal is retried; a profile left in the temporary directory is not a reason to
 * fail a check that already ran.
 */
async function removeProfile(userDataDir: string): Promise<void> {
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => {});
}

/** Chromium with a fresh profile in a temporary directory, removed on close. */
export async function launchBrowser(
  executablePath = process.env.FLOCKTORY_CHROMIUM ?? DEFAULT_CHROMIUM,
  timeoutMs = 30_000,
): Promise<LaunchedBrowser> {
  const { chromium } = await loadPlaywright();
  if (!existsSync(executablePath)) {
    throw new BrowserUnavailableError(
      `Chromium not found at ${executablePath}: install it (Debian: apt-get install chromium) or set FLOCKTORY_CHROMIUM to its path`,
    );
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'flocktory-doctor-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: FLAGS, timeout: timeoutMs });
  } catch (error) {
    await removeProfile(userDataDir);
    throw new BrowserUnavailableError(`Chromium (${executablePath}) did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  context.setDefaultTimeout(timeoutMs);
  context.setDefaultNavigationTimeout(timeoutMs);
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await removeProfile(userDataDir);
    },
  };
}
