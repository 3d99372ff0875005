import { expect } from 'vitest';
import { FlocktoryValidationError, type FlocktoryIssue } from '../../src/index';
import type { MapperOptions } from '../../src/mappers/index';
import { thrownIssues } from './issues';

export interface Mapped<T> {
  input: T;
  issues: FlocktoryIssue[];
}

/**
 * Runs a mapper in both modes: safe must never throw and report at most once; strict must throw
 * exactly the issues safe reported, or return the same input when there are none.
 */
export function mapBoth<T>(run: (options: MapperOptions) => T): Mapped<T> {
  const reported: FlocktoryIssue[][] = [];
  const input = run({
    mode: 'safe',
    onError: (error) => {
      expect(error).toBeInstanceOf(FlocktoryValidationError);
      reported.push([...error.issues]);
    },
  });
  expect(reported.length).toBeLessThanOrEqual(1);
  const issues = reported[0] ?? [];
  if (issues.length > 0) expect(thrownIssues(() => run({ mode: 'strict' }))).toEqual(issues);
  else expect(run({ mode: 'strict' })).toEqual(input);
  return { input, issues };
}

/** Issues without their messages, for exact comparison. */
export const summary = (issues: readonly FlocktoryIssue[]) => issues.map(({ path, code, fatal }) => ({ path, code, fatal }));
