import { isStringifiedMissingValue } from '@flocktory-ssr/core';

// Template syntax that reached the page unrendered ({{ email }}, <?= $email ?>, ${email}, {$email},
// <%= email %>, [[email]]).
const TEMPLATE = /\{\{|\}\}|\$\{|\{\$|<\?|\?>|<%|%>|\[\[|\]\]/;
// What other server languages print for a missing value, which core (reading JavaScript values)
// never sees: Python's and Jinja's None, Ruby's nil, PHP's and SQL's NULL, in any case. A page's
// markers come from any backend; a real name "None" is rare enough for a finding a person reads.
const OTHER_LANGUAGES_MISSING = /^(?:none|nil|null)$/i;

/**
 * Whether `value` is a template placeholder or a missing-value word rather than data: core's rule
 * for JavaScript's (`undefined`, `null`, `NaN`, `[object Object]`, what core refuses as
 * `placeholder`), then other languages' words.
 */
export function isPlaceholder(value: string): boolean {
  return TEMPLATE.test(value) || isStringifiedMissingValue(value) || OTHER_LANGUAGES_MISSING.test(value.trim());
}
