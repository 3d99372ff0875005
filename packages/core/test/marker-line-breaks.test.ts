import { describe, expect, it } from 'vitest';
import { buildCategoryView, buildExchange, buildItemView, buildUser, type MarkerAttributes } from '../src/index';

// A browser reads a CR written raw into an attribute, or a CR LF, as one LF; React writes it raw,
// the html package and Vue as `&#13;`. The core hands every adapter LF only, so Flocktory gets the
// same value whatever the shop renders with.
const MIXED = 'a\rb\r\nc\nd\r\re';
const AS_LF = 'a\nb\nc\nd\n\ne';

const values = (attributes: MarkerAttributes | null) => Object.fromEntries(attributes ?? []);

describe('marker values: every line break is LF', () => {
  it('every builder, every attribute that carries shop text', () => {
    const options = { mode: 'strict' as const };
    expect(values(buildUser({ name: MIXED, email: 'a@b.co' }, options))['data-fl-user-name']).toBe(AS_LF);
    expect(values(buildCategoryView({ id: MIXED }, options))['data-fl-category-id']).toBe(AS_LF);
    expect(values(buildItemView({ id: MIXED, categoryId: MIXED, vendor: MIXED }, options))).toMatchObject({
      'data-fl-item-id': AS_LF,
      'data-fl-item-category-id': AS_LF,
      'data-fl-item-vendor': AS_LF,
    });
    expect(values(buildExchange({ spot: MIXED, user: { name: MIXED, email: 'a@b.co' } }, options))).toMatchObject({
      'data-fl-spot': AS_LF,
      'data-fl-user-name': AS_LF,
    });
  });

  it('no CR is left anywhere, whatever mix of CR, CR LF and LF', () => {
    for (const text of ['\r', '\r\n', '\n\r', '\r\r\n\n', `x${'\r\n'.repeat(50)}y`]) {
      const attributes = buildExchange({ spot: `s${text}t`, user: { name: `n${text}m`, email: 'a@b.co' } }, { mode: 'strict' });
      for (const [, value] of attributes!) expect(value).not.toContain('\r');
    }
  });

  it('leaves values without a CR as they are', () => {
    expect(values(buildItemView({ id: 'a\nb', vendor: 'O\u2028Reilly' }, { mode: 'strict' }))).toMatchObject({
      'data-fl-item-id': 'a\nb',
      'data-fl-item-vendor': 'O\u2028Reilly',
    });
  });
});
