/** Machine and package versions for RESULTS.md. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Read from node_modules directly: not every package exports its package.json.
function versionIn(folder, name) {
  try {
    return JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

function adapterFolder(name) {
  try {
    return join(dirname(require.resolve(name)), '..');
  } catch {
    return undefined;
  }
}

export function machine() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    load: os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' '),
  };
}

export function versions(names) {
  const result = Object.fromEntries(names.map((name) => [name, versionIn(benchDir, name)]));
  const react = adapterFolder('@flocktory-ssr/react');
  if (react) Object.assign(result, { react: versionIn(react, 'react'), 'react-dom': versionIn(react, 'react-dom') });
  const vue = adapterFolder('@flocktory-ssr/vue');
  if (vue) result.vue = versionIn(vue, 'vue');
  return result;
}
