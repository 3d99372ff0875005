/**
 * Writes one of our own messages to the server log (or the browser console). Through `globalThis`,
 * as the core's default `onError` does: builds that drop `console.*` calls as debug output
 * (nuxt-security's default `removeLoggers`, esbuild's `drop: ['console']`) would drop a plain
 * `console.warn(…)`, and these messages are no debug output: a page lost part of its integration.
 */
export function log(level: 'warn' | 'error', ...parts: unknown[]): void {
  globalThis.console[level](...parts);
}
