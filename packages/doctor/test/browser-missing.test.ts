import { describe, expect, it, vi } from 'vitest';

import { checkPages } from '../src/index';
import { fixturePath } from './check-fixture';

// As if the optional peer dependency were not installed.
vi.mock('playwright-core', () => {
  throw new Error("Cannot find package 'playwright-core'");
});

describe('--browser without playwright-core', () => {
  it('reports the page as not checked (exit 2) and says what to install', async () => {
    const report = await checkPages([fixturePath('hand-written-correct.html')], { browser: true });
    expect(report.exitCode).toBe(2);
    expect(report.pages[0]!.failure).toBe(
      '--browser needs playwright-core, an optional peer dependency: npm install --save-dev playwright-core (no browser download needed: it drives an installed Chromium)',
    );
    // The static check still ran.
    expect(report.pages[0]!.pushes).toHaveLength(1);
  });
});
