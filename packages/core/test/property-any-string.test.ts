/**
 * Property tests: not just the known attack strings but any UTF-16 string (lone surrogates, every
 * code point, the attack strings mixed in) in every text field, unknown keys, and any JSON value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonForScript } from '../src/index';
import { expectInertScript } from './helpers/html';
import { HOSTILE_STRINGS, RAW_UNSAFE } from './helpers/hostile';
import { buildSafe } from './helpers/issues';
import { runPostcheckout } from './helpers/sandbox';

const unit = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, '<', '/', '!', '-', 's', 'S', '\t', '>'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
);
const anyString = fc.string({ unit, maxLength: 12 });

describe('any string', () => {
  it('in every text field and as an unknown key: inert HTML, the trimmed string pushed', () => {
    fc.assert(
      fc.property(anyString, anyString, anyString, anyString, anyString, (name, orderId, title, spot, key) => {
        const input = {
          user: { name, email: 'a@b.co', [`x${key}`]: 1 },
          order: { id: `o${orderId}`, price: 1, custom_field: title, items: [{ id: `i${title}`, title }], [`x${key}`]: 1 },
          spot,
        };
        const { snippet } = buildSafe(input);
        expect(snippet).not.toBeNull();
        expect(snippet!.code).not.toMatch(RAW_UNSAFE);
        expectInertScript(snippet!.code);
        const pushed = runPostcheckout(snippet!.code) as Record<string, any>;
        const sent = (text: string) => (text.trim() === '' ? undefined : text.trim());
        expect(pushed.user.name).toBe(sent(name));
        expect(pushed.order.id).toBe(`o${orderId}`.trim());
        expect(pushed.order.custom_field).toBe(sent(title));
        expect(pushed.order.items[0].id).toBe(`i${title}`.trim());
        expect(pushed.order.items[0].title).toBe(sent(title));
        expect(pushed.spot).toBe(sent(spot));
        expect(pushed).toEqual(snippet!.data);
      }),
      { numRuns: 200 },
    );
  });

  it('escapeJsonForScript: any JSON value with any keys stays inert and round-trips', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: unit, maxDepth: 3 }), (value) => {
        const json = escapeJsonForScript(JSON.stringify(value));
        expect(json).not.toMatch(RAW_UNSAFE);
        expectInertScript(`window.x=${json};`);
        // Exactly what JSON.stringify means (-0 becomes 0, as in any JSON).
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 200 },
    );
  });
});
