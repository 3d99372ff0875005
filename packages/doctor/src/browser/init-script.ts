/**
 * Runs in the page before any of its scripts. Wraps `push` of whatever `window.flocktory` becomes
 * (the page's `[]` queue, then the loader's replacement object), records a JSON copy of every
 * entry once (the loader re-reading queued entries does not count twice), and records CSP
 * violations. The page's own behaviour is unchanged: the original `push` still runs, and until the page
 * assigns `window.flocktory` it reads what it would without the doctor (an element named "flocktory").
 */
export const INIT_SCRIPT = `(() => {
  const state = { pushes: [], violations: [], replaced: false };
  Object.defineProperty(window, '__flocktoryDoctor', { value: state });
  const seen = new WeakSet();
  const copy = (value) => { try { return JSON.parse(JSON.stringify(value)); } catch (error) { return String(value); } };
  const record = (entry) => {
    if (entry && typeof entry === 'object') { if (seen.has(entry)) return; seen.add(entry); }
    state.pushes.push(copy(entry));
  };
  const wrap = (queue) => {
    if (!queue || (typeof queue !== 'object' && typeof queue !== 'function')) return queue;
    const original = queue.push;
    if (typeof original !== 'function' || original.__flocktoryDoctor) return queue;
    const push = function () { for (let i = 0; i < arguments.length; i++) record(arguments[i]); return original.apply(this, arguments); };
    Object.defineProperty(push, '__flocktoryDoctor', { value: true });
    try { queue.push = push; } catch (error) {}
    return queue;
  };
  let current;
  let assigned = false;
  const observe = () => Object.defineProperty(window, 'flocktory', {
    configurable: true,
    enumerable: true,
    get() {
      if (assigned) return current;
      // Until the page assigns it, window.flocktory is what the page has under that name: an element
      // with id or name "flocktory" (named access, which this own property would otherwise hide).
      delete window.flocktory;
      const named = window.flocktory;
      observe();
      return named;
    },
    // The page's queue is an array; the loader (which may run first) sets an object of its own.
    // A page keeping the named element (\`window.flocktory || []\`) has not been given the loader's object.
    set(value) {
      const element = value instanceof Node || value instanceof HTMLCollection;
      if (value && !Array.isArray(value) && !element) state.replaced = true;
      assigned = true;
      current = wrap(value);
    },
  });
  try { observe(); } catch (error) {}
  document.addEventListener('securitypolicyviolation', (event) => {
    state.violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample || '' });
  }, true);
})();`;

/** Takes (and clears) what the init script recorded since the last call; reads the markers now in the DOM. */
export const COLLECT_SCRIPT = `(() => {
  const state = window.__flocktoryDoctor || { pushes: [], violations: [], replaced: false };
  const pushes = state.pushes.splice(0);
  const violations = state.violations.splice(0);
  const markers = Array.from(document.querySelectorAll('.i-flocktory')).map((element) =>
    Array.from(element.attributes).map((attribute) => ({ name: attribute.name, value: attribute.value })));
  return { pushes, violations, markers, replaced: state.replaced };
})()`;

export interface Collected {
  pushes: unknown[];
  violations: Array<{ directive: string; blockedURI: string; sample: string }>;
  markers: Array<Array<{ name: string; value: string }>>;
  replaced: boolean;
}
