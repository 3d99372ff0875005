/**
 * What the flocktory-doctor e2e tests share: the findings that matter (errors and warnings; info
 * only says what was seen), the browser options, and the doctor's command run as `npx` runs it.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import type { Finding, PageReport, Report } from '@flocktory-ssr/doctor';

import { CHROMIUM_PATH } from './chromium';

/** Errors and warnings (info is allowed on good pages: it only says what was seen). */
export const problems = (findings: readonly Finding[]) =>
  findings.filter((finding) => finding.severity !== 'info').map((finding) => `${finding.code}: ${finding.message}`);

/** Every error and warning of a report, each page's prefixed with its target. */
export const allProblems = (report: Report) => [
  ...problems(report.findings),
  ...report.pages.flatMap((page) => problems(page.findings).map((text) => `${page.target} ${text}`)),
];

/** A page's distinct error codes, sorted. */
export const errorCodes = (page: PageReport) =>
  [...new Set(page.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.code))].sort();

/** The doctor's `--browser` options: the suite's Chromium. */
export const browserOptions = { executablePath: CHROMIUM_PATH };

/** The doctor's command, as `npx flocktory-doctor` runs it; resolves with its exit code and output. */
export function runDoctorCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@flocktory-ssr/doctor/package.json');
  const bin = join(
    dirname(packageJson),
    (require('@flocktory-ssr/doctor/package.json') as { bin: Record<string, string> }).bin['flocktory-doctor']!,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, FLOCKTORY_CHROMIUM: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
