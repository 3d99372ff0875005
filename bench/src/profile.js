/**
 * `pnpm --filter ./bench profile [input] [contender]`: where the time of one contender goes on one
 * input of the main table (default: buildPostcheckout on the rich order). Runs it for ~3 s of CPU
 * under V8's sampling profiler (node:inspector, 100 µs interval), then prints the share of samples
 * per function, self time and with callees, and the same for the JSON.stringify floor.
 */
import { Session } from 'node:inspector/promises';

import { normalizePostcheckout } from '@flocktory-ssr/core';

import { CONTENDERS, argFor } from './contenders.js';
import { INPUTS } from './fixtures.js';
import { cpuNow } from './measure.js';

const [inputKey = 'rich', contenderKey = 'ours-build'] = process.argv.slice(2);
const input = INPUTS.find((each) => each.key === inputKey);
const contender = CONTENDERS.find((each) => each.key === contenderKey);
if (!input || !contender) {
  console.error(`usage: profile.js [${INPUTS.map((each) => each.key).join('|')}] [${CONTENDERS.map((each) => each.key).join('|')}]`);
  process.exit(2);
}
const raw = input.make();
const data = normalizePostcheckout(raw).data;

function loop(call, ns) {
  const until = cpuNow() + ns;
  let calls = 0;
  while (cpuNow() < until) for (let i = 0; i < 64; i++, calls++) call();
  return calls;
}

/** Self and total (self + callees) sample counts per function, from a V8 CPU profile. */
function summarize(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map(profile.nodes.map((node) => [node.id, 0]));
  for (const sample of profile.samples) self.set(sample, self.get(sample) + 1);
  const name = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? url.replace(/^.*\/(packages|node_modules|bench)\//, '$1/') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const rows = new Map();
  for (const node of profile.nodes) {
    const row = rows.get(name(node)) ?? { self: 0, total: 0 };
    row.self += self.get(node.id);
    rows.set(name(node), row);
  }
  // Total: each sample counts once for every distinct function on its stack.
  for (const sample of profile.samples) {
    const seen = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) seen.add(name(byId.get(id)));
    for (const each of seen) rows.get(each).total++;
  }
  return { rows, samples: profile.samples.length };
}

async function profileOf(call) {
  loop(call, 300e6); // warm-up: compiled code, not the interpreter, is what we look at
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const started = cpuNow();
  const calls = loop(call, 3e9);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return { ...summarize(profile), nsPerCall: (cpuNow() - started) / calls };
}

function print(title, { rows, samples, nsPerCall }) {
  // This script's own frames and its CPU clock are not the contender's.
  const ours = (name) => ['(root)', '(program)', '(idle)'].includes(name) || /bench\/src\/(profile|measure)\.js|^cpuUsage/.test(name);
  const top = [...rows.entries()].filter(([name]) => !ours(name)).sort((a, b) => b[1].self - a[1].self);
  console.log(`\n${title}: ${(nsPerCall / 1000).toFixed(2)} µs per call (profiled), ${samples} samples`);
  console.log("self %  total %  function (a builtin such as JSON.stringify counts as its caller's self time)");
  for (const [name, row] of top.slice(0, 25)) {
    if (row.self === 0 && row.total / samples < 0.02) continue;
    console.log(`${((row.self / samples) * 100).toFixed(1).padStart(6)}  ${((row.total / samples) * 100).toFixed(1).padStart(7)}  ${name}`);
  }
}

const json = CONTENDERS.find((each) => each.key === 'json');
print(`${contender.label}, ${input.label}`, await profileOf(() => contender.run(argFor(contender, raw, data))));
print(`${json.label}, ${input.label}`, await profileOf(() => json.run(argFor(json, raw, data))));
