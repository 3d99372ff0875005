import { normalizePostcheckout, type FlocktoryIssue } from '@flocktory-ssr/core';

/** Exchange's documented address for a user with neither e-mail nor phone. */
export const EXCHANGE_ANONYMOUS_EMAIL = 'xname@flocktory.com';
/** The docs' 2016 test address (the test popup it triggered is gone). */
export const TEST_EMAIL = 'hello@flocktory.com';

const HASH = /^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{64})$/i;
const MINIMAL_ORDER = { id: '1', price: 0, items: [{ id: '1' }] };

/**
 * Core's own verdict on an address: the e-mail rule postcheckout applies, so a marker and a
 * postcheckout push get the same answer for the same address.
 */
export function coreEmailIssues(email: string): FlocktoryIssue[] {
  const { issues } = normalizePostcheckout({ user: { email }, order: MINIMAL_ORDER });
  return issues.filter((issue) => issue.path.startsWith('user'));
}

export const looksHashed = (value: string): boolean => HASH.test(value.trim());
