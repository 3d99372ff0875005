import { buildUser, type FlocktoryIssue } from '@flocktory-ssr/core';

/** Exchange's documented address for a user with neither e-mail nor phone (core's constant). */
export { EXCHANGE_ANONYMOUS_EMAIL } from '@flocktory-ssr/core';
/** The docs' 2016 test address (the test popup it triggered is gone). */
export const TEST_EMAIL = 'hello@flocktory.com';

const HASH = /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})$/i;
/**
 * Core's own verdict on an address: what `buildUser` (the user marker's builder, whose e-mail rule
 * postcheckout shares) reports, so a marker and a postcheckout push get the same answer.
 */
export function coreEmailIssues(email: string): FlocktoryIssue[] {
  const issues: FlocktoryIssue[] = [];
  buildUser({ email }, { mode: 'safe', onError: (error) => issues.push(...error.issues) });
  return issues;
}

export const looksHashed = (value: string): boolean => HASH.test(value.trim());
