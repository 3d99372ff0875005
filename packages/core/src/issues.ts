export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_price'
  | 'ambiguous_price'
  | 'invalid_count'
  | 'ambiguous_count'
  | 'unsafe_integer'
  | 'placeholder'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_user_id'
  | 'invalid_url'
  | 'invalid_sex'
  | 'invalid_nonce'
  | 'invalid_site_id'
  | 'empty_items'
  | 'too_many_items'
  | 'not_plain_data'
  | 'circular'
  | 'forbidden_key'
  | 'unknown_key'
  | 'unreadable'
  | 'too_many_issues'
  | 'src_has_site_id'
  | 'duplicate_order'
  | 'ambiguous'
  | 'invalid_boolean'
  | 'empty_data'
  | 'push_failed';

export interface FlocktoryIssue {
  /** Where the problem is, e.g. `order.items[2].id`. */
  path: string;
  code: IssueCode;
  /**
   * What is wrong, in words, for logs and people (`invalid price`); its wording may change between
   * versions, so programs match on `code` and `path`, never on the message.
   */
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

/**
 * The default `onError`: the error's message on one line (`Invalid Flocktory data: order.price: …;
 * user.email: …`), as log collectors keep a line whole but split a logged Error and its stack.
 * Exported for the adapters' own default reports (any Error: its message, on one line) and for an
 * `onError` that also logs as the default does.
 */
export function logIssues(error: Error): void {
  // Through globalThis: builds that drop `console.*` calls as debug output (nuxt-security's
  // default removeLoggers, terser's drop_console) would drop this too, and it is no debug output:
  // data was not sent. A shop that wants it elsewhere, or nowhere, passes `onError`.
  globalThis.console.error(error.message.replace(':\n- ', ': ').replace(/\n- /g, '; '));
}

/** Issues kept per input; hostile input (a million holes, a million keys) must not cost a million objects. */
export const MAX_ISSUES = 100;

/**
 * Records one issue. Returns undefined, so readers can `return addIssue(…)` for "no value".
 * Past MAX_ISSUES, one `too_many_issues` issue stands for the rest, fatal if any of them is.
 */
export function addIssue(
  issues: FlocktoryIssue[],
  path: string,
  code: IssueCode,
  fatal: boolean,
  message = code.replace(/_/g, ' '),
): undefined {
  const rest = issues[MAX_ISSUES];
  if (rest) rest.fatal ||= fatal;
  else if (issues.length < MAX_ISSUES) issues.push({ path, code, message, fatal });
  else issues.push({ path: '', code: 'too_many_issues', message: 'too many issues: the rest are not listed', fatal });
}

/**
 * An issue's message: the code's words, what is accepted, and what was received, for logs. Text
 * received is quoted with JSON escapes (a log line stays one line) and cut at 40 characters (a log
 * is no place for a whole payload); numbers as written; anything else by its kind only, never
 * converted (a hostile `toString` must not run).
 */
export function explain(code: IssueCode, expected: string | undefined, value: unknown): string {
  const kind = typeof value;
  let shown: string;
  if (kind === 'string') {
    const given = value as string;
    shown = JSON.stringify(given.length > 40 ? given.slice(0, 40) + '…' : given);
  } else if (kind === 'number' || kind === 'bigint' || kind === 'boolean' || value == null) {
    shown = String(value);
  } else {
    shown = Array.isArray(value) ? 'an array' : kind === 'object' ? 'an object' : `a ${kind}`;
  }
  return `${code.replace(/_/g, ' ')}${expected ? ': ' + expected : ''} (received ${shown})`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `order.items[2].id`; odd keys are quoted so the path stays unambiguous (`user["a b"]`). */
export function joinPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
