import { describe, expect, it } from 'vitest';
import { escapeJsonForScript } from '../src/index';
import { expectInertScript } from './helpers/html';
import { HOSTILE_STRINGS, LONE_SURROGATE, RAW_UNSAFE } from './helpers/hostile';
import { runPushes } from './helpers/sandbox';

const serializeForScript = (value: unknown) => escapeJsonForScript(JSON.stringify(value));

/** Serialized JSON as an inline script: it must stay inert and evaluate back to the value. */
function expectSafeRoundTrip(value: unknown) {
  const json = serializeForScript(value);
  expect(json).not.toMatch(RAW_UNSAFE);
  expect(json).not.toMatch(LONE_SURROGATE);
  expect(JSON.parse(json)).toEqual(value);
  const code = `window.flocktory=[${json}];`;
  expectInertScript(code);
  expect(runPushes(code)).toEqual([value]);
}

describe('escapeJsonForScript(JSON.stringify(value))', () => {
  it.each(HOSTILE_STRINGS.map((hostile) => [JSON.stringify(hostile), hostile]))(
    'hostile %s as a value, a key and in an array',
    (_label, hostile) => {
      expectSafeRoundTrip(hostile);
      expectSafeRoundTrip({ [hostile]: hostile, nested: { [hostile]: [hostile, { [`x${hostile}`]: hostile }] } });
    },
  );

  it('all hostile strings together, keys and values', () => {
    const value = Object.fromEntries(HOSTILE_STRINGS.map((hostile, index) => [hostile, [index, hostile, { [hostile]: null }]]));
    expectSafeRoundTrip(value);
  });

  it.each([[null], [true], [0], [-1.5], [''], [[]], [{}], [[1, 'a', null, { b: [false] }]]])('plain JSON %j', (value) => {
    expectSafeRoundTrip(value);
  });

  it('keeps a __proto__ key from JSON.parse as data in the JSON round trip', () => {
    // Evaluated as a JS object literal, "__proto__" would set the prototype instead (a JS rule,
    // not an HTML one); postcheckout data never has such a key, so only the JSON form is checked.
    const value = JSON.parse('{"__proto__":{"</script>":1},"a":[{"__proto__":null}]}') as unknown;
    const json = serializeForScript(value);
    expectInertScript(`window.x=${json};`);
    expect(JSON.parse(json)).toEqual(value);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['__proto__', 'a']);
  });

  it('escapes exactly <, U+2028 and U+2029 and leaves the rest of JSON.stringify as is', () => {
    expect(serializeForScript('</script>\u2028\u2029&>')).toBe('"\\u003c/script>\\u2028\\u2029&>"');
    expect(serializeForScript({ a: 'plain' })).toBe('{"a":"plain"}');
    expect(serializeForScript('\ud800')).toBe('"\\ud800"');
  });

  it('refuses values without a JSON form instead of writing "undefined"', () => {
    expect(() => serializeForScript(undefined)).toThrow(TypeError);
    expect(() => serializeForScript(() => 1)).toThrow(TypeError);
  });
});

describe('escapeJsonForScript', () => {
  it('returns safe JSON unchanged (same string) and escapes unsafe JSON', () => {
    const safe = '{"a":"b"}';
    expect(escapeJsonForScript(safe)).toBe(safe);
    expect(escapeJsonForScript('"<!--"')).toBe('"\\u003c!--"');
    expect(JSON.parse(escapeJsonForScript(JSON.stringify({ '<k>': '\u2028' })))).toEqual({ '<k>': '\u2028' });
  });
});
