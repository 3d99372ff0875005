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
  | 'unreadable'
  | 'invalid_boolean'
  | 'empty_data'
  | 'push_failed';

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

/** Records one issue. Returns undefined, so readers can `return addIssue(…)` for "no value". */
export function addIssue(
  issues: FlocktoryIssue[],
  path: string,
  code: IssueCode,
  fatal: boolean,
  message = code.replace(/_/g, ' '),
): undefined {
  issues.push({ path, code, message, fatal });
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `order.items[2].id`; odd keys are quoted so the path stays unambiguous (`user["a b"]`). */
export function joinPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
