import { buildUser, EXCHANGE_ANONYMOUS_EMAIL, type FlocktoryIssue } from '@flocktory-ssr/core';

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

/** An address core accepts (or not) that is still not the shopper's own: a hash, Exchange's fallback, the docs' test address. */
export type NotOwnEmail = 'hashed' | 'exchange-fallback' | 'test-address';

/** Which of those an address is, if any; the same rule for a user marker and a postcheckout push. */
export function notOwnEmail(value: string): { kind: NotOwnEmail; message: string } | undefined {
  const email = value.trim().toLowerCase();
  if (looksHashed(value)) return { kind: 'hashed', message: `${JSON.stringify(value)} looks like a hash, not an address` };
  if (email === EXCHANGE_ANONYMOUS_EMAIL)
    return { kind: 'exchange-fallback', message: `${EXCHANGE_ANONYMOUS_EMAIL} here makes every visitor one user` };
  if (email === TEST_EMAIL) return { kind: 'test-address', message: `${TEST_EMAIL} is the docs' old test address` };
  return undefined;
}
