import { describe, expect, it, vi } from 'vitest';
import { buildUser } from '../src/index';
import { expectOutcome } from './helpers/command';

// Expected attributes written from https://flocktory.github.io/en/integration/precheckout/ ("ID to
// identify the logged-in user"): class, then name (only when known), then e-mail.
describe('buildUser', () => {
  it('renders the docs example: name, then e-mail', () => {
    expect(expectOutcome(buildUser, { name: 'John Doe', email: 'johndoe@gmail.com' }, [])).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-user-name', 'John Doe'],
      ['data-fl-user-email', 'johndoe@gmail.com'],
    ]);
  });

  it('leaves the name attribute out when the name is unknown or blank', () => {
    const expected = [
      ['class', 'i-flocktory'],
      ['data-fl-user-email', 'johndoe@gmail.com'],
    ];
    for (const name of [undefined, null, '', '  '])
      expect(expectOutcome(buildUser, { name, email: 'johndoe@gmail.com' }, [])).toEqual(expected);
  });

  it('falls back to phone@unknown.email, then id@unknown.email, in that order', () => {
    const email = (user: object) => expectOutcome(buildUser, user, [])!.at(-1);
    expect(email({ phone: '+7 (999) 888-77-66' })).toEqual(['data-fl-user-email', '79998887766@unknown.email']);
    expect(email({ id: 12345678 })).toEqual(['data-fl-user-email', '12345678@unknown.email']);
    expect(email({ phone: 79998887766, id: 1 })).toEqual(['data-fl-user-email', '79998887766@unknown.email']);
    expect(email({ email: 'a@b.co', phone: 79998887766, id: 1 })).toEqual(['data-fl-user-email', 'a@b.co']);
  });

  it('renders nothing for an anonymous visitor (null or undefined), without an issue even in strict mode', () => {
    const onError = vi.fn();
    expect(buildUser(null, { mode: 'strict', onError })).toBeNull();
    expect(buildUser(undefined, { mode: 'safe', onError })).toBeNull();
    expect(onError).not.toHaveBeenCalled();
  });

  it('a user without e-mail, phone or id is an error: no marker', () => {
    expectOutcome(buildUser, {}, ['user.email required fatal']);
    expectOutcome(buildUser, { name: 'Only A Name' }, ['user.email required fatal']);
    expectOutcome(buildUser, { email: 'not an address' }, ['user.email invalid_email fatal']);
    expectOutcome(buildUser, 'a@b.co', ['user invalid_type fatal']);
  });

  it('a bad e-mail with a usable fallback, or a bad name, is reported and the marker still rendered', () => {
    expect(expectOutcome(buildUser, { email: 'nope', phone: '79998887766' }, ['user.email invalid_email dropped'])).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-user-email', '79998887766@unknown.email'],
    ]);
    expect(expectOutcome(buildUser, { name: { first: 'A' }, email: 'a@b.co' }, ['user.name invalid_type dropped'])).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-user-email', 'a@b.co'],
    ]);
  });

  it('takes the postcheckout user as it is: sex is accepted and not rendered; other keys are reported', () => {
    expect(expectOutcome(buildUser, { name: 'A B', email: 'a@b.co', sex: 'm' }, [])).toHaveLength(3);
    expectOutcome(buildUser, { email: 'a@b.co', age: 30 }, ['user.age unknown_key dropped']);
  });

  it('never reads the nonce: a marker is not a script', () => {
    expect(
      expectOutcome((user, options) => buildUser(user as never, { ...options, nonce: '" onload="x' }), { email: 'a@b.co' }, []),
    ).toHaveLength(2);
  });
});
