import { normalizePostcheckout } from '@flocktory-ssr/core';

import { diff, isWithin, type Difference } from '../diff';
import { finding, quote, type FindingDetails } from '../finding';
import type { Finding } from '../types';
import { notOwnEmail } from '../rules/email';
import { withNeutralValues } from './payload-source';

const NOT_OWN_CODES = {
  hashed: 'payload_email_hashed',
  'exchange-fallback': 'payload_email_exchange_fallback',
  'test-address': 'payload_email_test_address',
} as const;

// The docs' own price format: digits, one dot or comma ("2999,00", "1000.00").
const DOCS_PRICE = /^\d+([.,]\d+)?$/;

const describe = (value: unknown) =>
  value === undefined
    ? 'nothing'
    : `${typeof value === 'string' ? 'the string' : Array.isArray(value) ? 'the array' : `the ${typeof value}`} ${quote(value)}`;

function compare(difference: Difference, at: FindingDetails): Finding {
  const { path, received, sent } = difference;
  const details = { ...at, path };
  const what = `${path}: Flocktory receives ${describe(received)}; core would send ${describe(sent)}`;
  if (sent === undefined) {
    // Core leaves out empty optional values; anything else it drops has an issue of its own.
    return finding('payload_not_normalized', `${what} (left out)`, {
      ...details,
      severity: received === '' || received === null ? 'info' : 'warning',
    });
  }
  if (typeof sent === 'number' && typeof received === 'string') {
    // The docs allow a price as text like "2999,00"; spaces, currency, counts as text are errors.
    const docsFormat = /price$/.test(path) && DOCS_PRICE.test(received);
    return finding('payload_not_normalized', what, { ...details, severity: docsFormat ? 'warning' : 'error' });
  }
  if (typeof sent === 'string' && typeof received === 'string' && received.trim() === sent) {
    return finding('payload_not_normalized', `${what} (spaces around the text)`, { ...details, severity: 'warning' });
  }
  if (typeof sent === 'string' && typeof received === 'number')
    return finding('payload_not_normalized', what, { ...details, severity: 'warning' });
  return finding('payload_not_normalized', what, details);
}

/**
 * A postcheckout payload against core: core's issues, then every difference between what the page
 * pushes and what core would send for the same input (`normalizePostcheckout`). Parts the code
 * computes at run time are skipped (they get a push_dynamic_value finding elsewhere).
 */
export function checkPostcheckoutPayload(payload: unknown, at: FindingDetails): Finding[] {
  const { value, dynamicPaths } = withNeutralValues(payload);
  const computed = (path: string) => dynamicPaths.some((parent) => isWithin(path, parent));
  const { data, issues } = normalizePostcheckout(value);
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const email = (value as { user?: { email?: unknown } } | null)?.user?.email;
  const notOwn = typeof email === 'string' && !computed('user.email') ? notOwnEmail(email) : undefined;
  if (notOwn) {
    // The same rule as the user marker's; for a hash it replaces core's "not an address".
    findings.push(finding(NOT_OWN_CODES[notOwn.kind], `user.email: ${notOwn.message}`, { ...at, path: 'user.email' }));
    reported.add('user.email');
  }
  for (const issue of issues) {
    if (computed(issue.path) || (notOwn?.kind === 'hashed' && issue.path === 'user.email')) continue;
    reported.add(issue.path);
    findings.push(
      finding(
        'payload_invalid',
        `${issue.path || '(payload)'}: ${issue.message} [core: ${issue.code}]${issue.fatal ? '; core would send nothing' : '; core drops it'}`,
        {
          ...at,
          path: issue.path,
          severity: issue.fatal ? 'error' : 'warning',
        },
      ),
    );
  }
  if (data) {
    for (const difference of diff(value, data)) {
      if (computed(difference.path) || [...reported].some((path) => isWithin(difference.path, path) && path !== '')) continue;
      findings.push(compare(difference, at));
    }
  }
  return findings;
}
