/**
 * Executes a postcheckout script text the way a browser would run the inline script, in one
 * reused `node:vm` context (creating a context per case costs more than everything else), and
 * returns what was pushed onto `window.flocktory`, copied into this realm.
 */
import vm from 'node:vm';

interface Sandbox {
  window?: unknown;
  flocktory?: unknown;
}

const sandbox: Sandbox = {};
const context = vm.createContext(sandbox);
// In a browser `window` is the global object itself.
vm.runInContext('window = globalThis;', context);

export interface ScriptRun {
  /** Every array pushed onto window.flocktory, in order (structured-cloned into this realm). */
  pushes: unknown[];
  /** Globals the script left behind besides `window` and `flocktory` (must be none). */
  strayGlobals: string[];
}

// Each run is a fresh page view: forget the orders the page-wide list says were sent.
const newPageView = new vm.Script('delete window[Symbol.for("flocktory-ssr.sent")];');

export function runPostcheckoutScript(code: string): ScriptRun {
  // Assigning (not deleting) reliably reaches the context's global object.
  sandbox.flocktory = undefined;
  newPageView.runInContext(context);
  vm.runInContext(code, context);
  const queue = sandbox.flocktory;
  const strayGlobals = Object.keys(sandbox).filter((key) => key !== 'window' && key !== 'flocktory');
  for (const key of strayGlobals) delete (sandbox as Record<string, unknown>)[key];
  const pushes = Array.isArray(queue) ? structuredClone(queue) : [];
  return { pushes, strayGlobals };
}
