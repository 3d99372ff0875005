/**
 * Who the user is, as a shop knows them: an e-mail, a phone, the shop's user id, or several, some
 * malformed. Each case comes with the address that must be sent, from the docs' rules: the e-mail
 * when it is usable, else `<phone digits>@unknown.email`, else `<user id>@unknown.email`; and with
 * the non-fatal issue a malformed e-mail or phone gets when a fallback was used instead.
 */
import fc from 'fast-check';
import type { IssueCode } from '@flocktory-ssr/core';

import { hostileString } from './strings';

export interface Identity {
  /** `email`, `phone` and `id` fields of the input's user, as given. */
  fields: Record<string, unknown>;
  /** The address that must be sent. */
  sent: string;
  issues: Array<{ path: string; code: IssueCode; fatal: false }>;
}

/**
 * A usable address: the local part keeps every character an address may hold unquoted here (no
 * whitespace, `@`, or RFC 5322 special `<>()[]\,;:"`; no control or invisible format character;
 * dots only between characters).
 */
export const validEmail = hostileString.map((text) => {
  const local = text
    .replace(/[\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]/gu, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.|\.$/g, '')
    .slice(0, 60);
  return `${local.replace(/^\.|\.$/g, '') || 'u'}@shop.example`;
});

/** Malformed whatever the rules' details: no `@` at all, or no dot in the domain. */
const malformedEmail = fc.oneof(
  hostileString.map((text) => text.replace(/@/g, '').trim() || 'not an address'),
  fc.constantFrom('ivan@localhost', 'ivan@', '@example.com', 'ivan ivanov@example.com', 'ivan@exa mple.com'),
);

/** A phone as shops store it: 5 to 15 digits, written with +, spaces, parentheses, dashes or dots; or a number. */
const phone = fc
  .tuple(fc.stringMatching(/^[1-9]\d{4,14}$/), fc.constantFrom('plain', 'international', 'grouped', 'dotted', 'number'))
  .map(([digits, style]) => {
    const written =
      style === 'plain'
        ? digits
        : style === 'international'
          ? `+${digits.slice(0, 1)} (${digits.slice(1, 4)}) ${digits.slice(4)}`
          : style === 'grouped'
            ? digits.replace(/\B(?=(\d{2})+$)/g, '-')
            : style === 'dotted'
              ? ` ${digits.replace(/\B(?=(\d{3})+$)/g, '.')} `
              : Number(digits);
    return { written, sent: `${digits}@unknown.email` };
  });

const unusablePhone = fc.constantFrom('call me', '12-34', '+7 (999) 888-77-66 ext. 5', '1234567890123456', 'n/a');

/** The shop's user id: a safe integer, or text that can be the local part of an address as it is. */
const userId = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 31 }).map((id) => ({ written: id as unknown, sent: `${id}@unknown.email` })),
  fc
    .stringMatching(/^[A-Za-z0-9_+-]{1,20}(\.[A-Za-z0-9_+-]{1,20}){0,2}$/)
    .map((id) => ({ written: ` ${id} ` as unknown, sent: `${id}@unknown.email` })),
);

const issue = (path: string, code: IssueCode) => ({ path, code, fatal: false as const });

export const identity: fc.Arbitrary<Identity> = fc.oneof(
  { weight: 6, arbitrary: validEmail.map((email): Identity => ({ fields: { email }, sent: email, issues: [] })) },
  { weight: 2, arbitrary: phone.map((p): Identity => ({ fields: { phone: p.written }, sent: p.sent, issues: [] })) },
  { weight: 2, arbitrary: userId.map((id): Identity => ({ fields: { id: id.written }, sent: id.sent, issues: [] })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validEmail, phone, userId)
      .map(([email, p, id]): Identity => ({ fields: { email, phone: p.written, id: id.written }, sent: email, issues: [] })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(phone, userId)
      .map(([p, id]): Identity => ({ fields: { phone: p.written, id: id.written }, sent: p.sent, issues: [] })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(malformedEmail, phone)
      .map(
        ([email, p]): Identity => ({ fields: { email, phone: p.written }, sent: p.sent, issues: [issue('user.email', 'invalid_email')] }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(malformedEmail, userId)
      .map(
        ([email, id]): Identity => ({ fields: { email, id: id.written }, sent: id.sent, issues: [issue('user.email', 'invalid_email')] }),
      ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(unusablePhone, userId)
      .map(
        ([p, id]): Identity => ({ fields: { phone: p, id: id.written }, sent: id.sent, issues: [issue('user.phone', 'invalid_phone')] }),
      ),
  },
);
