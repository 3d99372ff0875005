import { describe, expect, it } from 'vitest';
import { joinPath } from '../src/issues';
import { buildSafe } from './helpers/issues';
import { expectInertScript } from './helpers/html';
import { HOSTILE_STRINGS, LONE_SURROGATE, RAW_UNSAFE } from './helpers/hostile';
import { runPostcheckout } from './helpers/sandbox';

/** Every string field carries `text`; every object also has an unknown key named `key`. */
function hostileInput(text: string, key: string) {
  return {
    user: { name: text, email: `a${text}z@example.com`, phone: '79998887766', [key]: text },
    order: {
      id: text,
      price: 10,
      custom_field: text,
      items: [{ id: text, title: text, price: 1, image: `https://cdn.example.com/${text}`, count: 1, [key]: text }],
      [key]: text,
    },
    spot: text,
    [key]: text,
  };
}

function expectedPush(text: string) {
  // The email and URL rules refuse whitespace (U+2028 included), the email rule also RFC 5322's
  // specials, control and format characters, and doubled dots; then the fallbacks apply.
  const emailOk = !/[\s@<>()[\]\\,;:"\p{Cc}\p{Cf}]|\.\./u.test(text);
  const imageOk = !/\s/.test(text);
  const item: Record<string, unknown> = { id: text, title: text, price: 1 };
  if (imageOk) item.image = `https://cdn.example.com/${text}`;
  item.count = 1;
  return {
    data: {
      user: { name: text, email: emailOk ? `a${text}z@example.com` : '79998887766@unknown.email' },
      order: { id: text, price: 10, custom_field: text, items: [item] },
      spot: text,
    },
    droppedEmail: !emailOk,
    droppedImage: !imageOk,
  };
}

describe.each(HOSTILE_STRINGS.map((hostile) => [JSON.stringify(hostile), hostile]))('hostile string %s', (_label, hostile) => {
  // Surrounded, so trimming (which removes U+2028 etc. at the ends) keeps the hostile part.
  const text = `a${hostile}z`;

  it('in every string field and as an unknown key at every level: inert HTML, exact data pushed', () => {
    const { snippet, reported } = buildSafe(hostileInput(text, hostile));
    expect(snippet).not.toBeNull();
    const { code } = snippet!;
    expect(code).not.toMatch(RAW_UNSAFE);
    expect(code).not.toMatch(LONE_SURROGATE);
    expectInertScript(code);

    const expected = expectedPush(text);
    const pushed = runPostcheckout(code);
    expect(pushed).toEqual(expected.data);
    expect(JSON.stringify(pushed)).toBe(JSON.stringify(expected.data));

    // Unknown keys are dropped, each reported at its exact path; nothing else is dropped.
    const paths = reported[0]!.map((issue) => `${issue.path} ${issue.code}`);
    const want = ['', 'user', 'order', 'order.items[0]'].map((parent) => `${joinPath(parent, hostile)} unknown_key`);
    if (expected.droppedEmail) want.push('user.email invalid_email');
    if (expected.droppedImage) want.push('order.items[0].image invalid_url');
    expect(paths.sort()).toEqual(want.sort());
  });

  it('alone in a field: sent trimmed, or left out when nothing is left', () => {
    const { snippet } = buildSafe({
      user: { email: 'a@b.co', name: hostile },
      order: { id: 'o', price: 1, items: [{ id: 'i', title: hostile }], custom_field: hostile },
      spot: hostile,
    });
    expectInertScript(snippet!.code);
    const pushed = runPostcheckout(snippet!.code) as {
      user: { name?: string };
      order: { custom_field?: string; items: { title?: string }[] };
      spot?: string;
    };
    const trimmed = hostile.trim();
    const sent = trimmed === '' ? undefined : trimmed;
    expect(pushed.user.name).toBe(sent);
    expect(pushed.order.custom_field).toBe(sent);
    expect(pushed.order.items[0]!.title).toBe(sent);
    expect(pushed.spot).toBe(sent);
  });

  it('in fields that must not hold it (phone, user id, sex, price, count): refused, still inert', () => {
    const { snippet, reported } = buildSafe({
      user: { email: 'a@b.co', phone: text, id: text, sex: text },
      order: { id: 'o', price: 1, items: [{ id: 'i', price: text, count: text }] },
    });
    expectInertScript(snippet!.code);
    expect(runPostcheckout(snippet!.code)).toEqual({ user: { email: 'a@b.co' }, order: { id: 'o', price: 1, items: [{ id: 'i' }] } });
    // phone and id are only read as stand-ins for a missing email, so here they are ignored.
    expect(reported[0]!.map((issue) => issue.path).sort()).toEqual(['user.sex', 'order.items[0].price', 'order.items[0].count'].sort());
  });

  it('as the only phone and user id: fatal, nothing rendered', () => {
    const { snippet, reported } = buildSafe({ user: { phone: text, id: text }, order: { id: 'o', price: 1, items: [{ id: 'i' }] } });
    expect(snippet).toBeNull();
    expect(reported[0]!.map((issue) => [issue.path, issue.code])).toEqual([
      ['user.phone', 'invalid_phone'],
      ['user.id', 'invalid_user_id'],
    ]);
  });

  it('as the order id, fatal problems elsewhere still render nothing', () => {
    const { snippet } = buildSafe({ user: { name: text }, order: { id: text, price: text, items: [{ id: text }] } });
    expect(snippet).toBeNull();
  });
});
