/**
 * Optional fields with values the docs' rules refuse: each is dropped, the rest of the order is
 * still sent, and one non-fatal issue names the field. Mixed into the valid values of src/orders.ts.
 */
import fc from 'fast-check';
import type { IssueCode } from '@flocktory-ssr/core';

import { hostileString } from './strings';

/** A refused value and the code its field reports. */
export interface Refused {
  value: unknown;
  issue: IssueCode;
}

const refused =
  (issue: IssueCode) =>
  (value: unknown): Refused => ({ value, issue });

/** Text fields (name, title, custom_field, spot) given something that is not text. */
export const notText: fc.Arbitrary<Refused> = fc.oneof(
  fc.constantFrom({ first: 'Ivan' }, ['x'], true, Number.NaN).map(refused('invalid_type')),
  fc.constant(() => '</script>').map(refused('not_plain_data')),
);

/** Images that are not absolute http(s) URLs. */
export const badImage: fc.Arbitrary<Refused> = fc
  .tuple(fc.constantFrom('javascript:', '//x.example/', 'data:image/png;base64,', 'ftp://x.example/', '/img/'), hostileString)
  .map(([prefix, text]) => refused('invalid_url')(`${prefix}${text.replace(/\s/g, '')}x`));

/** Counts that are not positive whole numbers (none of them looks like a grouped thousand). */
export const badCount: fc.Arbitrary<Refused> = fc
  .oneof(
    fc.constantFrom<unknown>(0, '0', 'two', '-1', true, { n: 1 }),
    fc.integer({ min: -10_000, max: -1 }),
    fc.integer({ min: 0, max: 10_000 }).map((n) => n + 0.5),
  )
  .map(refused('invalid_count'));

/** Item prices that are not amounts ≥ 0. */
export const badPrice: fc.Arbitrary<Refused> = fc
  .oneof(fc.constantFrom<unknown>('free', '2 999,00 руб.', '1e3', Number.NaN), fc.integer({ min: -1_000_000, max: -1 }))
  .map((value) => ({
    value,
    issue: (typeof value === 'string' || typeof value === 'number' ? 'invalid_price' : 'invalid_type') as IssueCode,
  }));

export const badSex: fc.Arbitrary<Refused> = fc.constantFrom('x', 'man', 'W', 'unknown', 'mf').map(refused('invalid_sex'));
