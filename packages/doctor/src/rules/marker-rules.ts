/**
 * The rules of Flocktory's `.i-flocktory` markers, written from the docs:
 * https://flocktory.github.io/en/integration/precheckout/ (user, category, item) and
 * https://flocktory.github.io/en/integration/exchange/ (exchange banner).
 *
 * This table and `validateMarker` are the only place that knows them. E-mails are judged by core's
 * `buildUser` (coreEmailIssues). The other values are checked as the page holds them, which is
 * stricter than core's builders, which read a shop's input: core accepts `available: "TRUE"` and
 * renders "true", while a page must carry exactly "true" or "false" for Flocktory's loader.
 */
import type { MarkerKind } from '../types';
import { coreEmailIssues, EXCHANGE_ANONYMOUS_EMAIL, notOwnEmail } from './email';
import { isPlaceholder } from './placeholder';

type ValueRule = 'text' | 'email' | 'true-false';

interface AttributeRule {
  required: boolean;
  value: ValueRule;
  /** `""` is allowed (item: "supported but unknown for this product"); otherwise an empty value is a problem. */
  emptyAllowed?: boolean;
}

interface MarkerRule {
  /** The data-fl-action value; null for the user marker, which has none. */
  action: string | null;
  attributes: Readonly<Record<string, AttributeRule>>;
}

export const MARKER_RULES: Readonly<Record<Exclude<MarkerKind, 'unknown'>, MarkerRule>> = {
  user: {
    action: null,
    attributes: {
      'data-fl-user-name': { required: false, value: 'text' },
      'data-fl-user-email': { required: true, value: 'email' },
    },
  },
  category: {
    action: 'track-category-view',
    attributes: { 'data-fl-category-id': { required: true, value: 'text' } },
  },
  item: {
    action: 'track-item-view',
    attributes: {
      'data-fl-item-id': { required: true, value: 'text' },
      'data-fl-item-category-id': { required: false, value: 'text', emptyAllowed: true },
      'data-fl-item-vendor': { required: false, value: 'text', emptyAllowed: true },
      'data-fl-item-available': { required: false, value: 'true-false', emptyAllowed: true },
    },
  },
  exchange: {
    action: 'exchange',
    attributes: {
      'data-fl-spot': { required: false, value: 'text' },
      'data-fl-user-name': { required: false, value: 'text' },
      'data-fl-user-email': { required: true, value: 'email' },
    },
  },
};

export type MarkerIssueCode =
  | 'marker_attribute_required'
  | 'marker_attribute_unknown'
  | 'marker_attribute_cyrillic'
  | 'marker_attribute_broken'
  | 'marker_value_invalid'
  | 'marker_placeholder'
  | 'marker_email_invalid'
  | 'marker_email_hashed'
  | 'marker_email_exchange_fallback'
  | 'marker_email_test_address'
  | 'marker_name_empty';

export interface MarkerIssue {
  code: MarkerIssueCode;
  /** The attribute concerned. */
  attribute: string;
  message: string;
}

/** The marker kind an element's data-fl-action (and user attributes) say it is. */
export function markerKind(attributes: Readonly<Record<string, string>>): MarkerKind {
  const action = attributes['data-fl-action'];
  if (action === undefined) return 'data-fl-user-email' in attributes || 'data-fl-user-name' in attributes ? 'user' : 'unknown';
  for (const [kind, rule] of Object.entries(MARKER_RULES)) if (rule.action === action.trim()) return kind as MarkerKind;
  return 'unknown';
}

// Cyrillic letters that look like Latin ones, as typed into attribute names by mistake.
const LOOKALIKES: Record<string, string> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', і: 'i', к: 'k', м: 'm', т: 't' };
const toLatin = (name: string) => name.replace(/[а-яё]/g, (letter) => LOOKALIKES[letter] ?? letter);

const NOT_OWN_CODES = {
  hashed: 'marker_email_hashed',
  'exchange-fallback': 'marker_email_exchange_fallback',
  'test-address': 'marker_email_test_address',
} as const;

function checkEmail(kind: MarkerKind, value: string, issues: MarkerIssue[]): void {
  const attribute = 'data-fl-user-email';
  const notOwn = notOwnEmail(value);
  // Exchange's own fallback is right on the Exchange marker.
  if (notOwn && !(notOwn.kind === 'exchange-fallback' && kind === 'exchange')) {
    const message =
      notOwn.kind === 'exchange-fallback'
        ? `${EXCHANGE_ANONYMOUS_EMAIL} on the ${kind} marker makes every visitor one user`
        : notOwn.message;
    issues.push({ code: NOT_OWN_CODES[notOwn.kind], attribute, message });
  } else if (!notOwn) {
    for (const issue of coreEmailIssues(value)) {
      issues.push({ code: 'marker_email_invalid', attribute, message: `${JSON.stringify(value)}: ${issue.message} (core's e-mail rule)` });
    }
  }
}

function checkValue(kind: MarkerKind, name: string, value: string, rule: AttributeRule, issues: MarkerIssue[]): void {
  if (value.trim() === '') {
    if (rule.required) issues.push({ code: 'marker_attribute_required', attribute: name, message: `${name} is empty` });
    else if (name === 'data-fl-user-name') issues.push({ code: 'marker_name_empty', attribute: name, message: `${name} is empty` });
    else if (!rule.emptyAllowed)
      issues.push({ code: 'marker_value_invalid', attribute: name, message: `${name} is empty; leave it out instead` });
    return;
  }
  if (isPlaceholder(value)) {
    issues.push({
      code: 'marker_placeholder',
      attribute: name,
      message: `${name}=${JSON.stringify(value)} is a template placeholder, not data`,
    });
  } else if (rule.value === 'email') {
    checkEmail(kind, value, issues);
  } else if (rule.value === 'true-false' && value !== 'true' && value !== 'false') {
    issues.push({ code: 'marker_value_invalid', attribute: name, message: `${name}=${JSON.stringify(value)}: only "true" or "false"` });
  }
}

/** Every problem of one marker's own attributes, by the rules of its kind. */
export function validateMarker(kind: Exclude<MarkerKind, 'unknown'>, attrs: ReadonlyArray<{ name: string; value: string }>): MarkerIssue[] {
  const rule = MARKER_RULES[kind];
  const issues: MarkerIssue[] = [];
  const seen = new Set<string>();
  for (const { name, value } of attrs) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (/["'<>=]/.test(name)) {
      issues.push({
        code: 'marker_attribute_broken',
        attribute: name,
        message: `attribute name ${JSON.stringify(name)} is left over from a value cut short by a quote`,
      });
      continue;
    }
    if (!name.startsWith('data-fl-') || name === 'data-fl-action') continue;
    const attributeRule = rule.attributes[name];
    if (attributeRule) checkValue(kind, name, value, attributeRule, issues);
    else if (/[^\x20-\x7e]/.test(name)) {
      const latin = toLatin(name);
      issues.push({
        code: 'marker_attribute_cyrillic',
        attribute: name,
        message: `${name} has non-Latin letters${latin in rule.attributes ? `: it should be ${latin}` : ''}`,
      });
    } else {
      issues.push({ code: 'marker_attribute_unknown', attribute: name, message: `${name} is not an attribute of the ${kind} marker` });
    }
  }
  for (const [name, attributeRule] of Object.entries(rule.attributes)) {
    if (attributeRule.required && !seen.has(name))
      issues.push({ code: 'marker_attribute_required', attribute: name, message: `${name} is missing` });
  }
  return issues;
}
