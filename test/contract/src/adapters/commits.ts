/**
 * Shared by the client drivers: which render (by state token) has committed, so a step can wait
 * for its own render instead of a fixed delay, and what the components reported to `onError`.
 */
type Listener = (token: number) => void;

const listeners = new Set<Listener>();
let last = -1;

export const commits = {
  committed(token: number): void {
    last = token;
    for (const listener of listeners) listener(token);
  },
  /** Resolves once `token` committed; after `timeoutMs`, resolves with false instead. */
  waitFor(token: number, timeoutMs = 8_000): Promise<boolean> {
    if (last === token) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (result: boolean) => {
        listeners.delete(listener);
        clearTimeout(timer);
        resolve(result);
      };
      const listener: Listener = (committed) => committed === token && done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      listeners.add(listener);
    });
  },
};

/** `onError` of every component on the test pages: safe mode reports here, never to the console. */
export const reportedIssues: string[] = [];
export function reported(error: { issues: ReadonlyArray<{ path: string; code: string }> }): void {
  for (const issue of error.issues) reportedIssues.push(`${issue.path} ${issue.code}`);
}
