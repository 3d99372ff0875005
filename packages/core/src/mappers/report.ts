import type { FlocktoryIssue } from '../issues';
import { settle } from '../options';
import type { MapperOptions } from './types';

/**
 * Runs a mapper under the adapters' rules (`settle`): strict throws on any issue, safe reports
 * them and returns what was mapped. Input that cannot even be read (a throwing getter or Proxy)
 * gives `empty`, which the builders refuse in turn.
 */
export function report<T>(options: MapperOptions, empty: T, map: (issues: FlocktoryIssue[]) => T): T {
  return settle(options, map) ?? empty;
}
