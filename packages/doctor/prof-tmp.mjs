import { parse } from 'parse5';
import { readFileSync } from 'node:fs';
const html = readFileSync('/tmp/dr/page.html', 'utf8');
const a = [], b = [];
for (let i = 0; i < 20; i++) {
  let t = performance.now(); parse(html, { sourceCodeLocationInfo: true }); a.push(performance.now() - t);
  t = performance.now(); parse(html); b.push(performance.now() - t);
}
const med = (v) => v.sort((x, y) => x - y)[10].toFixed(1);
console.log('loc', med(a), 'plain', med(b));
