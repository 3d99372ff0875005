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

/** Every problem found in one input, reported at once. */
export class FlocktoryValidationError extends Error {
  override readonly name = 'FlocktoryValidationError';
  readonly issues: readonly FlocktoryIssue[];

  constructor(issues: readonly FlocktoryIssue[]) {
    super(
      `Flocktory data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`).join('\n'),
    );
    this.issues = issues;
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `order.items[2].id`; odd keys are quoted so the path stays unambiguous (`user["a b"]`). */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Collects issues while one input is read. */
export class IssueList {
  readonly issues: FlocktoryIssue[] = [];
  hasFatal = false;

  add(path: string, code: IssueCode, message: string, fatal: boolean): undefined {
    this.issues.push({ path, code, message, fatal });
    if (fatal) this.hasFatal = true;
    return undefined;
  }
}
