/**
 * Loads an adapter and the framework copy it was built against. The framework is resolved from the
 * adapter's own folder: a second copy of React would break its hooks, and a different Vue would
 * not be a fair baseline. Returns a skip reason instead of throwing when the adapter is not built.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export async function loadAdapter(adapterName, frameworkModules) {
  let entry;
  try {
    entry = require.resolve(adapterName);
  } catch {
    return { skip: `${adapterName} is not installed or not built (run pnpm build)` };
  }
  const fromAdapter = createRequire(entry);
  const modules = {};
  for (const name of frameworkModules) {
    modules[name] = await import(pathToFileURL(fromAdapter.resolve(name)).href);
  }
  return { adapter: await import(adapterName), modules };
}
