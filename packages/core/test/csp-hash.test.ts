import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../src/csp-hash';
import { buildPostcheckout } from '../src/index';
import { docsInput } from './helpers/docs';
import { HOSTILE_STRINGS } from './helpers/hostile';

function nodeHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

const texts: [string, string][] = [
  ['empty', ''],
  ['ASCII', 'abc'],
  ['55 bytes (padding fits one block)', 'a'.repeat(55)],
  ['56 bytes (padding needs a second block)', 'a'.repeat(56)],
  ['63 bytes', 'a'.repeat(63)],
  ['64 bytes', 'a'.repeat(64)],
  ['65 bytes', 'a'.repeat(65)],
  ['1001 bytes', 'x'.repeat(1001)],
  ['100 000 bytes', 'abcdefghij'.repeat(10_000)],
  ['Cyrillic', 'Привет, мир! Спасибо за заказ'],
  ['emoji', '😀🛒👟'],
  ['lone surrogate', 'a\ud800b\udc00c'],
  ['U+2028', '\u2028\u2029'],
];

describe('cspHash', () => {
  it.each(texts)('%s equals node:crypto', (_name, text) => {
    expect(cspHash(text)).toBe(nodeHash(text));
  });

  it('every length from 0 to 200 bytes equals node:crypto', () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'ж'.repeat(length >> 1) + 'z'.repeat(length & 1);
      expect(cspHash(text)).toBe(nodeHash(text));
    }
  });

  it('known answer for "abc" (FIPS 180-2)', () => {
    expect(cspHash('abc')).toBe(
      `'sha256-${Buffer.from('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex').toString('base64')}'`,
    );
  });

  it('snippet.hash is a promise of the hash of snippet.code (Web Crypto), the same promise on every read', async () => {
    const snippet = buildPostcheckout(docsInput(), { mode: 'strict' })!;
    expect(snippet.hash).toBeInstanceOf(Promise);
    expect(await snippet.hash).toBe(nodeHash(snippet.code));
    expect(snippet.hash).toBe(snippet.hash);
    for (const hostile of HOSTILE_STRINGS) {
      const input = docsInput();
      const withHostile = buildPostcheckout(
        { ...input, order: { ...input.order, items: [{ id: 'a', title: `x${hostile}y` }] } },
        { mode: 'strict' },
      )!;
      expect(await withHostile.hash).toBe(nodeHash(withHostile.code));
      expect(await withHostile.hash).toBe(cspHash(withHostile.code));
    }
  });
});
