// Template syntax that reached the page unrendered ({{ email }}, <?= $email ?>, ${email}, {$email},
// <%= email %>, [[email]]), and the words a template prints for a missing value.
const TEMPLATE = /\{\{|\}\}|\$\{|\{\$|<\?|\?>|<%|%>|\[\[|\]\]/;
const MISSING_WORD = /^(?:undefined|null|nil|none|nan|\[object object\])$/i;

/** Whether `value` is a template placeholder or a missing-value word rather than data. */
export function isPlaceholder(value: string): boolean {
  return TEMPLATE.test(value) || MISSING_WORD.test(value.trim());
}
