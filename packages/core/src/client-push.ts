/** How the browser-side commands validate, report and push; none of them ever throws. */
import { FlocktoryValidationError, type FlocktoryIssue } from './issues';
import { collect, report, type FlocktoryOptions } from './options';

/** Options of the browser-side commands. There is no strict mode: they never throw into a click handler. */
export interface PushOptions {
  /** Receives every problem found (the command still pushes when none is fatal). Default: `console.error`. */
  onError?: FlocktoryOptions['onError'];
}

interface Queue {
  push(command: unknown): unknown;
}

/** The page's window as we use it: `flocktory` may be anything (an element with that id or name). */
export type PageWindow = { flocktory?: unknown } & Record<symbol, unknown>;

/** The page's window, or undefined on the server. */
export const pageWindow = (): PageWindow | undefined => (typeof window === 'undefined' ? undefined : (window as unknown as PageWindow));

/** `window.flocktory`, made a queue (`[]`) when it is absent or is not one: an element with id or name "flocktory". */
export function queue(target: PageWindow): Queue {
  const current = target.flocktory as Partial<Queue> | null | undefined;
  if (current && typeof current.push === 'function') return current as Queue;
  const fresh: unknown[] = [];
  target.flocktory = fresh;
  return fresh;
}

/** Reads a payload with `read`; every problem goes to `onError`. Undefined when one is fatal. */
export function validated<T>(read: (issues: FlocktoryIssue[]) => T | undefined, options: PushOptions): T | undefined {
  const { data, issues } = collect(read);
  if (issues.length > 0) report(new FlocktoryValidationError(issues), options.onError);
  return data;
}

/** `window.flocktory.push([command, payload])`; a failure (Flocktory's code threw) is reported. Returns whether it pushed. */
export function pushCommand(target: PageWindow, command: string, payload: unknown, options: PushOptions): boolean {
  try {
    queue(target).push([command, payload]);
    return true;
  } catch (error) {
    let message = `window.flocktory.push threw`;
    try {
      message += ': ' + error;
    } catch {
      // A hostile `toString`: keep the generic text.
    }
    report(new FlocktoryValidationError([{ path: '', code: 'push_failed', message, fatal: true }]), options.onError);
    return false;
  }
}
