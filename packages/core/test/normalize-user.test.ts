import { describe, expect, it } from 'vitest';
import { unknownEmailFromPhone, unknownEmailFromUserId } from '../src/index';
import { minimalInput, pushedFor } from './helpers/build';
import { expectIssues } from './helpers/issues';

function withUser(user: Record<string, unknown>) {
  return { ...minimalInput(), user };
}

describe('user.sex', () => {
  it.each([
    ['m', 'm'],
    ['M', 'm'],
    ['male', 'm'],
    ['Male', 'm'],
    [' MALE ', 'm'],
    ['f', 'f'],
    ['F', 'f'],
    ['female', 'f'],
    ['FEMALE', 'f'],
  ])('%j → %j', (sex, sent) => {
    expect(pushedFor(withUser({ email: 'a@b.co', sex })).user.sex).toBe(sent);
  });

  it.each([[''], ['   '], [null], [undefined]])('%j is left out, as the docs ask', (sex) => {
    const user = pushedFor(withUser({ email: 'a@b.co', sex })).user;
    expect(user).toEqual({ email: 'a@b.co' });
    expect('sex' in user).toBe(false);
  });
});

describe('user.name', () => {
  it.each([[''], ['  '], [null]])('%j is left out', (name) => {
    const user = pushedFor(withUser({ name, email: 'a@b.co' })).user;
    expect('name' in user).toBe(false);
  });

  it('is trimmed', () => {
    expect(pushedFor(withUser({ name: '  Ivan Ivanov ', email: 'a@b.co' })).user.name).toBe('Ivan Ivanov');
  });
});

describe('user.email and its documented stand-ins', () => {
  it('the helpers give the documented addresses', () => {
    expect(unknownEmailFromPhone('+7 (999) 888-77-66')).toBe('79998887766@unknown.email');
    expect(unknownEmailFromPhone('79998887766')).toBe('79998887766@unknown.email');
    expect(unknownEmailFromPhone(79998887766)).toBe('79998887766@unknown.email');
    expect(unknownEmailFromPhone('8.999.888.77.66')).toBe('89998887766@unknown.email');
    expect(unknownEmailFromUserId(12345678)).toBe('12345678@unknown.email');
    expect(unknownEmailFromUserId('12345678')).toBe('12345678@unknown.email');
    expect(unknownEmailFromUserId(12345678n)).toBe('12345678@unknown.email');
    expect(unknownEmailFromUserId('user_42.x')).toBe('user_42.x@unknown.email');
  });

  it('the helpers refuse what cannot make an address', () => {
    expect(unknownEmailFromPhone('call me')).toBeUndefined();
    expect(unknownEmailFromPhone('123')).toBeUndefined();
    expect(unknownEmailFromPhone('1'.repeat(16))).toBeUndefined();
    expect(unknownEmailFromUserId('a b')).toBeUndefined();
    expect(unknownEmailFromUserId('a@b')).toBeUndefined();
    expect(unknownEmailFromUserId('</script>')).toBeUndefined();
    expect(unknownEmailFromUserId('.a')).toBeUndefined();
    expect(unknownEmailFromUserId('a'.repeat(65))).toBeUndefined();
  });

  it('phone → 79998887766@unknown.email', () => {
    expect(pushedFor(withUser({ phone: '+7 (999) 888-77-66' })).user).toEqual({ email: '79998887766@unknown.email' });
    expect(pushedFor(withUser({ phone: 79998887766 })).user.email).toBe('79998887766@unknown.email');
  });

  it('user id → 12345678@unknown.email', () => {
    expect(pushedFor(withUser({ id: 12345678 })).user).toEqual({ email: '12345678@unknown.email' });
    expect(pushedFor(withUser({ id: '12345678' })).user.email).toBe('12345678@unknown.email');
  });

  it('email wins over phone, phone wins over id', () => {
    expect(pushedFor(withUser({ email: 'a@b.co', phone: '79998887766', id: 1 })).user.email).toBe('a@b.co');
    expect(pushedFor(withUser({ phone: '79998887766', id: 1 })).user.email).toBe('79998887766@unknown.email');
    expect(pushedFor(withUser({ email: '', phone: '', id: 1 })).user.email).toBe('1@unknown.email');
    expect(pushedFor(withUser({ email: null, phone: null, id: 1 })).user.email).toBe('1@unknown.email');
  });

  it('phone and id are never sent as fields of their own', () => {
    const user = pushedFor(withUser({ name: 'A', email: 'a@b.co', phone: '79998887766', id: 5, sex: 'f' })).user;
    expect(Object.keys(user)).toEqual(['name', 'email', 'sex']);
  });

  it('email is trimmed', () => {
    expect(pushedFor(withUser({ email: ' a@b.co\n' })).user.email).toBe('a@b.co');
  });
});

describe('user.email shape', () => {
  it.each(['иван@почта.рф', "o'brien+x/y=z@example.com", 'a.b-c_d@sub-1.example.co', 'user@xn--80ak6aa92e.com', '用户@例子.广告'])(
    '%j is valid',
    (email) => {
      expect(pushedFor(withUser({ email })).user.email).toBe(email);
    },
  );

  it.each([
    ['zero-width space', 'iv\u200ban@example.com'],
    ['soft hyphen', 'iv\u00adan@example.com'],
    ['NUL', 'ivan\u0000@example.com'],
    ['right-to-left override', 'ivan\u202e@example.com'],
    ['zero-width joiner in the domain', 'ivan@exa\u200dmple.com'],
    ['BOM inside', 'iv\ufeffan@example.com'],
    ['a control character', 'iv\u0007an@example.com'],
    ['a leading dot', '.ivan@example.com'],
    ['a trailing dot', 'ivan.@example.com'],
    ['doubled dots', 'iv..an@example.com'],
    ['a label starting with -', 'ivan@-example.com'],
    ['a label ending with -', 'ivan@example-.com'],
    ['an empty label', 'ivan@example..com'],
    ['a trailing dot in the domain', 'ivan@example.com.'],
    ['all of it', '.ivan..x.@-example-.com'],
  ])('%s is malformed: reported, fatal without a fallback', (_label, email) => {
    expectIssues(withUser({ email }), [{ path: 'user.email', code: 'invalid_email' }]);
  });

  it('a malformed address with a phone: the phone address is sent, the problem reported', () => {
    const safe = expectIssues(withUser({ email: 'iv\u200ban@example.com', phone: '79998887766' }), [
      { path: 'user.email', code: 'invalid_email', fatal: false },
    ]);
    expect(safe.snippet!.data.user.email).toBe('79998887766@unknown.email');
  });
});
