export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_price'
  | 'invalid_count'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_user_id'
  | 'invalid_url'
  | 'invalid_sex'
  | 'invalid_nonce'
  | 'invalid_site_id'
  | 'empty_items'
  | 'not_plain_data'
  | 'circular'
  | 'forbidden_key'
  | 'unknown_key'
  | 'unreadable';

export interface FlocktoryIssue {
  /** Where the problem is, e.g. `order.items[2].id`. */
  path: string;
  code: IssueCode;
  /** A plain-language sentence for logs. */
  message: string;
  /**
   * `true` when required data is affected: in safe mode nothing is rendered at all.
   * `false` when an optional field was dropped and the rest is still sent.
   */
  fatal: boolean;
}

// Fields are `declare`d and assigned in the constructor: built for ES2020, initialized class
// fields become defineProperty helpers, which cost bundle size and time.

/** Every problem found in one input, reported at once. */
export class FlocktoryValidationError extends Error {
  declare readonly name: 'FlocktoryValidationError';
  declare readonly issues: readonly FlocktoryIssue[];

  constructor(issues: readonly FlocktoryIssue[]) {
    super('Invalid Flocktory data:' + issues.map((issue) => `\n- ${issue.path || '(root)'}: ${issue.message}`).join(''));
    this.name = 'FlocktoryValidationError';
    this.issues = issues;
  }
}

// One message per code keeps the bundle small (the budget is 2 KB); readers pass their own only
// where the code alone would not say what was expected.
const MESSAGES: Partial<Record<IssueCode, string>> = {
  required: 'is required',
  not_plain_data: 'must be plain data',
  invalid_price: 'must be a price like 2999 or "2 999,00"',
  invalid_count: 'must be a positive integer',
  invalid_email: 'must be an email',
  invalid_phone: 'must have 5 to 15 digits',
  invalid_user_id: 'must be up to 64 letters, digits or ._+-',
  invalid_url: 'must be an http(s) URL',
  invalid_sex: 'must be m or f',
  invalid_nonce: 'must be base64 or base64url',
  invalid_site_id: 'must be digits',
  empty_items: 'must hold at least one item',
  circular: 'is circular',
  forbidden_key: 'is forbidden',
  unknown_key: 'is unknown, not sent',
};

/** Records one issue. Returns undefined, so readers can `return addIssue(…)` for "no value". */
export function addIssue(
  issues: FlocktoryIssue[],
  path: string,
  code: IssueCode,
  fatal: boolean,
  message = MESSAGES[code]!,
): undefined {
  issues.push({ path, code, message, fatal });
}

/** A throwing getter or Proxy trap: the input cannot be read, and its message must not throw again. */
export function addUnreadable(issues: FlocktoryIssue[], error: unknown): undefined {
  let message = 'could not be read';
  try {
    if (error instanceof Error) message += ': ' + error.message;
  } catch {
    // A hostile `message` getter: keep the generic text.
  }
  return addIssue(issues, '', 'unreadable', true, message);
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `order.items[2].id`; odd keys are quoted so the path stays unambiguous (`user["a b"]`). */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
