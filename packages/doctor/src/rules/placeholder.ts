import { isStringifiedMissingValue } from '@flocktory-ssr/core';

// Template syntax that reached the page unrendered ({{ email }}, <?= $email ?>, ${email}, {$email},
// <%= email %>, [[email]]).
const TEMPLATE = /\{\{|\}\}|\$\{|\{\$|<\?|\?>|<%|%>|\[\[|\]\]/;
// What other server languages print for a missing value: Python's and Jinja's None, Ruby's nil,
// PHP's and SQL's NULL, in any case. A page's markers come from any backend, and a finding is read
// by a person, so these are flagged here; core sends them as data (a name or brand may be "None").
const OTHER_LANGUAGES_MISSING = /^(?:none|nil|null)$/i;

/**
 * Whether `value` is a template placeholder or a missing-value word rather than data: core's rule
 * for JavaScript's (`undefined`, `null`, `NaN`, `[object Object]`, what core refuses as
 * `placeholder`), then other languages' words.
 */
export function isPlaceholder(value: string): boolean {
  return TEMPLATE.test(value) || isStringifiedMissingValue(value) || OTHER_LANGUAGES_MISSING.test(value.trim());
}
