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

// Fields are `declare`d and assigned in constructors: built for ES2020, initialized class fields
// become defineProperty helpers, which cost bundle size and time on every call.

/** Every problem found in one input, reported at once. */
export class FlocktoryValidationError extends Error {
  declare readonly name: 'FlocktoryValidationError';
  declare readonly issues: readonly FlocktoryIssue[];

  constructor(issues: readonly FlocktoryIssue[]) {
    super(
      `Flocktory data has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`).join('\n'),
    );
    this.name = 'FlocktoryValidationError';
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

/** Where field readers record issues. */
export interface IssueSink {
  add(path: string, code: IssueCode, message: string, fatal: boolean): undefined;
}

/** Collects issues while one input is read. */
export class IssueList implements IssueSink {
  declare readonly issues: FlocktoryIssue[];
  declare hasFatal: boolean;

  constructor() {
    this.issues = [];
    this.hasFatal = false;
  }

  add(path: string, code: IssueCode, message: string, fatal: boolean): undefined {
    this.issues.push({ path, code, message, fatal });
    if (fatal) this.hasFatal = true;
    return undefined;
  }
}

/**
 * Records the issues of one object's fields under its path: `add('id', …)` records
 * `order.items[3].id`. Items have five fields each and most have no issue, so a field's full path
 * is only built when it has one.
 */
export class FieldIssues implements IssueSink {
  private declare readonly list: IssueSink;
  private declare readonly parent: string;

  constructor(list: IssueSink, parent: string) {
    this.list = list;
    this.parent = parent;
  }

  add(field: string, code: IssueCode, message: string, fatal: boolean): undefined {
    return this.list.add(joinPath(this.parent, field), code, message, fatal);
  }
}
