// How long flocktory-doctor takes on a 200 KB page without --browser: the library call (median of
// warm runs) and the whole command (a fresh Node process, as CI runs it).
// Run after `pnpm build`: node bench/speed.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { renderLoader, renderPostcheckout } from '@flocktory-ssr/html';

import { checkHtml } from '../dist/index.js';

const TARGET_BYTES = 200 * 1024;

/** A product-listing-heavy thank-you page: styles, a vendor script, 200+ tiles, our snippet. */
function page() {
  const items = Array.from({ length: 20 }, (_, index) => ({
    id: `sku-${index}`,
    title: `Товар "${index}" <b>`,
    price: '1 999,00',
    count: 1,
  }));
  const purchase = { user: { name: 'Иван Иванов', email: 'ivan@example.com' }, order: { id: '77', price: '39 980,00', items } };
  const vendor = `<script>${'(function(){var a=[],b={};function c(d){return d&&d.length?d.map(function(e){return e*2}):[]}a.push(c([1,2,3]));b.x=a;})();\n'.repeat(300)}</script>`;
  const style = `<style>${'.tile{display:flex;margin:0 4px;padding:8px;border:1px solid #eee}\n'.repeat(200)}</style>`;
  let tiles = '';
  for (let index = 0; Buffer.byteLength(tiles) < TARGET_BYTES * 0.75; index++) {
    tiles += `<div class="tile" data-id="${index}"><a href="/p/${index}"><img src="/img/${index}.jpg" alt="Товар ${index}"></a><span class="price">1 999 ₽</span><button class="buy" data-sku="sku-${index}">В корзину</button></div>\n`;
  }
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Спасибо за заказ</title>${style}${renderLoader({ siteId: 1234 })}${vendor}</head><body>` +
    `<div class="i-flocktory" data-fl-user-name="Иван Иванов" data-fl-user-email="ivan@example.com"></div>` +
    `<main>${tiles}</main>${renderPostcheckout(purchase)}</body></html>`
  );
}

const html = page();
if (process.env.DUMP) writeFileSync(process.env.DUMP, html);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// CPU time as well as wall time: the machine may be shared, and waiting for a core is not our cost.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function measure(check) {
  const wall = performance.now();
  const cpu = cpuMs();
  check();
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu };
}

for (let run = 0; run < 5; run++) checkHtml(html);
const warm = Array.from({ length: 21 }, () => measure(() => checkHtml(html)));

const directory = mkdtempSync(join(tmpdir(), 'doctor-bench-'));
const file = join(directory, 'thank-you.html');
writeFileSync(file, html);
const index = fileURLToPath(new URL('../dist/index.js', import.meta.url));
// The first check in a fresh process (cold JIT), as one CLI run does it.
const COLD = `import(${JSON.stringify(index)}).then(({ checkHtml }) => {
  const html = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8');
  const wall = performance.now(); const before = process.cpuUsage();
  checkHtml(html);
  const { user, system } = process.cpuUsage(before);
  console.log(JSON.stringify({ wall: performance.now() - wall, cpu: (user + system) / 1000 }));
})`;
const cold = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['-e', COLD], { encoding: 'utf8' })));
const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const command = Array.from({ length: 5 }, () => measure(() => execFileSync(process.execPath, [bin, file], { stdio: 'ignore' })).wall);
rmSync(directory, { recursive: true, force: true });

const show = (runs) =>
  `${median(runs.map((run) => run.cpu)).toFixed(0)} ms CPU (${median(runs.map((run) => run.wall)).toFixed(0)} ms wall)`;
console.log(
  `page: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB, ${checkHtml(html).findings.length} findings, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
);
console.log(`checkHtml, warm (median of 21): ${show(warm)}`);
console.log(`checkHtml, first call in a fresh process (median of 5): ${show(cold)}`);
console.log(`flocktory-doctor <file>, whole command incl. Node start-up (median of 5): ${median(command).toFixed(0)} ms wall`);
