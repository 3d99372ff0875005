import { describe, expect, it } from 'vitest';
import { buildExchange } from '../src/index';
import { expectOutcome } from './helpers/command';

// From https://flocktory.github.io/en/integration/exchange/: <div class="i-flocktory"
// data-fl-action="exchange" data-fl-spot="some_spot" data-fl-user-name="Ivan Ivanov"
// data-fl-user-email="ivan@gmail.com">; xname@flocktory.com when nothing is known.
describe('buildExchange', () => {
  it('renders the docs example, attributes in its order', () => {
    expect(expectOutcome(buildExchange, { spot: 'some_spot', user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com' } }, [])).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-action', 'exchange'],
      ['data-fl-spot', 'some_spot'],
      ['data-fl-user-name', 'Ivan Ivanov'],
      ['data-fl-user-email', 'ivan@gmail.com'],
    ]);
  });

  it('an anonymous visitor gets the banner with xname@flocktory.com and no name', () => {
    const anonymous = [
      ['class', 'i-flocktory'],
      ['data-fl-action', 'exchange'],
      ['data-fl-user-email', 'xname@flocktory.com'],
    ];
    expect(expectOutcome(buildExchange, {}, [])).toEqual(anonymous);
    expect(expectOutcome(buildExchange, { user: null }, [])).toEqual(anonymous);
    expect(expectOutcome(buildExchange, undefined, [])).toEqual(anonymous);
  });

  it('a signed-in user without e-mail falls back to phone@unknown.email, then id@unknown.email', () => {
    const email = (user: object) => expectOutcome(buildExchange, { user }, [])!.at(-1);
    expect(email({ phone: '8 999 888-77-66' })).toEqual(['data-fl-user-email', '89998887766@unknown.email']);
    expect(email({ name: 'A', id: 'u-1' })).toEqual(['data-fl-user-email', 'u-1@unknown.email']);
  });

  it('a user that cannot be identified is reported (not fatal) and the banner shown as for an anonymous visitor', () => {
    expect(expectOutcome(buildExchange, { spot: 's', user: { name: 'A', id: 'not an id' } }, ['user.id invalid_user_id dropped'])).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-action', 'exchange'],
      ['data-fl-spot', 's'],
      ['data-fl-user-email', 'xname@flocktory.com'],
    ]);
    expectOutcome(buildExchange, { user: 'a@b.co' }, ['user invalid_type dropped']);
  });

  it('a bad spot is dropped with an issue; unknown keys are reported', () => {
    expect(expectOutcome(buildExchange, { spot: {}, user: { email: 'a@b.co' } }, ['spot invalid_type dropped'])).toHaveLength(3);
    expectOutcome(buildExchange, { banner: 1 }, ['banner unknown_key dropped']);
    expectOutcome(buildExchange, [], [' invalid_type fatal']);
  });
});
