import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Report } from '../src/index';
import { fixturePath } from './check-fixture';
import { serve, type Served } from './serve';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs the built command as a user would; never rejects, returns its exit code and output. */
function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runIn(process.cwd(), ...args);
}

function runIn(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 20_000, cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('flocktory-doctor command', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve((request, response) => {
      if (request.url === '/thank-you') {
        response.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "script-src 'nonce-abc' 'strict-dynamic'",
        });
        response.end(
          '<!DOCTYPE html><html><head><script async nonce="abc" src="https://api.flocktory.com/v2/loader.js?site_id=1234"></script></head><body>' +
            `<script>window.flocktory = window.flocktory || []; window.flocktory.push(['postcheckout', {user: {email: 'a@example.com'}, order: {id: '1', price: 1, items: [{id: 'a'}]}}]);</script></body></html>`,
        );
      } else if (request.url === '/other-site-id') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(readFileSync(fixturePath('hand-written-correct.html'), 'utf8').replace('site_id=1234', 'site_id=4321'));
      } else {
        response.writeHead(500);
        response.end('oops');
      }
    });
  });
  afterAll(() => server.close());

  it('exit 0 and a readable report for a correct page', async () => {
    const { code, stdout } = await run(fixturePath('hand-written-correct.html'));
    expect(code).toBe(0);
    expect(stdout).toContain('flocktory-doctor: 1 page, 0 errors, 0 warnings, 0 info');
    expect(stdout).toContain('pushes: postcheckout (hand-written)');
    expect(stdout).toContain('exit code 0: no errors');
  });

  it('exit 1 with each finding: severity, code, path, position and fix', async () => {
    const { code, stdout } = await run(fixturePath('price-string-with-spaces.html'));
    expect(code).toBe(1);
    expect(stdout).toContain('error   payload_not_normalized  (order.price, line 16:14)');
    expect(stdout).toContain('order.price: Flocktory receives the string "2 999,00"; core would send the number 2999');
    expect(stdout).toContain('fix: send the value core would send');
  });

  it('--json prints the report; the site id is compared across pages', async () => {
    const { code, stdout } = await run('--json', fixturePath('hand-written-correct.html'), `${server.url}/other-site-id`);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.exitCode).toBe(1);
    expect(report.siteIds).toEqual(['1234', '4321']);
    expect(report.findings.map((item) => item.code)).toEqual(['site_id_inconsistent']);
    expect(report.findings[0]!.message).toContain('1234 (');
  });

  it('two site ids on one page are reported once, on that page', async () => {
    const { code, stdout } = await run(
      '--json',
      fixturePath('hand-written-correct.html'),
      fixturePath('two-loaders-different-site-ids.html'),
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.siteIds).toEqual(['1234', '4321']);
    expect(report.findings).toEqual([]);
    expect(report.pages[1]!.findings.map((item) => item.code)).toEqual(['loader_site_id_conflict']);
  });

  it('--expect-anonymous and --page-type change the rules', async () => {
    expect((await run(fixturePath('user-marker-anonymous.html'))).code).toBe(0);
    expect((await run('--expect-anonymous', fixturePath('user-marker-anonymous.html'))).code).toBe(1);
    const { code, stdout } = await run('--page-type', 'thank-you', '--json', fixturePath('user-marker-anonymous.html'));
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report).pages[0]!.findings.map((item) => item.code)).toEqual(['postcheckout_missing']);
  });

  it('--csp applies a policy to a saved file', async () => {
    const { code, stdout } = await run('--csp', "script-src 'self'", '--json', fixturePath('hand-written-correct.html'));
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Report).pages[0]!.findings.map((item) => item.code)).toEqual(['csp_blocks_loader', 'csp_blocks_script']);
  });

  it('fetches a URL and reads its Content-Security-Policy header', async () => {
    const { code, stdout } = await run('--json', `${server.url}/thank-you`);
    expect(code).toBe(1);
    const page = (JSON.parse(stdout) as Report).pages[0]!;
    expect(page.status).toBe(200);
    expect(page.findings.map((item) => item.code)).toEqual(['csp_blocks_script']);
  });

  it.each([
    ['no arguments', [], /give at least one URL or HTML file/],
    ['an unknown option', ['--nope', 'x.html'], /Unknown option '--nope'/],
    ['a bad page type', ['--page-type', 'home', 'x.html'], /--page-type must be one of/],
    ['a bad timeout', ['--timeout', 'soon', 'x.html'], /--timeout takes a whole number/],
  ])('exit 2 on %s, with usage', async (_name, args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: flocktory-doctor');
  });

  it('exit 2 when a page cannot be read, even if another page has errors', async () => {
    const missing = await run(fixturePath('price-string-with-spaces.html'), '/nonexistent/page.html');
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('could not check: cannot read /nonexistent/page.html: ENOENT');
    expect((await run(`${server.url}/broken`)).code).toBe(2);
    const closed = await serve(() => {});
    await closed.close();
    const refused = await run('--timeout', '5000', `${closed.url}/`);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain('ECONNREFUSED');
  });

  it("prints exactly the README's example report", async () => {
    const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
    const example = /## Example report\n\n```text\n([\s\S]*?)```/.exec(readme)![1];
    const { stdout } = await runIn(dirname(fixturePath('x')), 'price-string-with-spaces.html', 'docs-snippet-unescaped-quote.html');
    expect(stdout).toBe(example);
  });

  it('the CommonJS build works from require()', async () => {
    const script = `const { checkHtml } = require(${JSON.stringify(fileURLToPath(new URL('../dist/index.cjs', import.meta.url)))});
      process.stdout.write(checkHtml('<p>no loader</p>').findings.map((item) => item.code).join());`;
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-e', script], { timeout: 20_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    expect(output).toBe('loader_missing');
  });

  it('--help prints usage and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Exit code: 0 no errors, 1 errors found, 2 could not check');
  });
});
