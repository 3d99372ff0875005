import { joinPath } from './js/static-value';

export interface Difference {
  path: string;
  /** What the page pushes (undefined: absent). */
  received: unknown;
  /** What core would send (undefined: left out). */
  sent: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf where `received` and `sent` differ, with core's path syntax. */
export function diff(received: unknown, sent: unknown, path = ''): Difference[] {
  if (Array.isArray(received) && Array.isArray(sent)) {
    const length = Math.max(received.length, sent.length);
    const out: Difference[] = [];
    for (let index = 0; index < length; index++) out.push(...diff(received[index], sent[index], `${path}[${index}]`));
    return out;
  }
  if (isObject(received) && isObject(sent)) {
    const keys = [...new Set([...Object.keys(received), ...Object.keys(sent)])];
    return keys.flatMap((key) => diff(received[key], sent[key], joinPath(path, key)));
  }
  return Object.is(received, sent) ? [] : [{ path, received, sent }];
}

/** Whether `path` is `parent` or inside it. */
export const isWithin = (path: string, parent: string): boolean =>
  parent === '' || path === parent || path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);
