import { describe, expect, it } from 'vitest';
import { buildPostcheckout, type PostcheckoutInput } from '../src/index';

const input: PostcheckoutInput = {
  user: { name: 'Иван </script>', email: 'ivan@example.com', sex: 'M' },
  order: {
    id: 77,
    price: '2 999,00',
    custom_field: 'c',
    items: [
      { id: 1, title: 'Кроссовки "Nike" 😀', price: '1000.00', image: 'https://cdn.example.com/a.jpg', count: '2' },
      { id: '2', title: '\u2028' },
    ],
  },
  spot: 'desktop',
};

const reordered = {
  spot: 'desktop',
  order: {
    items: [
      { count: '2', image: 'https://cdn.example.com/a.jpg', price: '1000.00', title: 'Кроссовки "Nike" 😀', id: 1 },
      { title: '\u2028', id: '2' },
    ],
    custom_field: 'c',
    price: '2 999,00',
    id: 77,
  },
  user: { sex: 'M', email: 'ivan@example.com', name: 'Иван </script>' },
} as PostcheckoutInput;

describe('the same input gives the same bytes', () => {
  it('twice in a row', async () => {
    const first = buildPostcheckout(input, { mode: 'strict' })!;
    const second = buildPostcheckout(structuredClone(input), { mode: 'strict' })!;
    expect(second.code).toBe(first.code);
    expect(await second.hash).toBe(await first.hash);
  });

  it('with keys in another order', async () => {
    const first = buildPostcheckout(input, { mode: 'strict' })!;
    const second = buildPostcheckout(reordered, { mode: 'strict' })!;
    expect(second.code).toBe(first.code);
    expect(await second.hash).toBe(await first.hash);
  });

  it('equivalent spellings of the same order give the same bytes', () => {
    const a = buildPostcheckout(
      { user: { email: 'a@b.co' }, order: { id: 77, price: '2 999,00', items: [{ id: 1, count: '2' }] } },
      { mode: 'strict' },
    )!;
    const b = buildPostcheckout(
      { user: { email: ' a@b.co ' }, order: { id: '77', price: 2999, items: [{ id: '1', count: 2 }] } },
      { mode: 'strict' },
    )!;
    expect(b.code).toBe(a.code);
  });

  it('does not change the input', () => {
    const copy = structuredClone(input);
    buildPostcheckout(input, { mode: 'strict' });
    expect(input).toEqual(copy);
  });
});
