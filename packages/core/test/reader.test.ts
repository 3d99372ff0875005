import { describe, expect, it } from 'vitest';
import type { FlocktoryIssue } from '../src/issues';
import { collect } from '../src/options';
import { listOf, nested, optional, readRequired, required, schema } from '../src/reader';
import { count, id, price, text } from '../src/value-rules';

// A schema of every kind of field, independent of any command.
const LINE = schema(() => ({ id: required(id), qty: optional(count) }));
const OWNER = schema(() => ({ name: required(text), nick: optional(text) }));
const THING = schema(
  () => ({
    id: required(id),
    title: optional(text),
    price: required(price),
    owner: optional(nested(OWNER)),
    lines: required(listOf(LINE, true)),
  }),
  ['ignored'],
);

function read(input: unknown) {
  const { data, issues } = collect((found: FlocktoryIssue[]) => readRequired(THING, input, found, 'thing'));
  return { data, issues: issues.map(({ path, code, fatal }) => `${path} ${code} ${fatal ? 'fatal' : 'dropped'}`) };
}

const good = () => ({ id: 7, title: ' A ', price: '1 000,50', lines: [{ id: 'l1', qty: '2' }] });

describe('the schema reader', () => {
  it('returns the normalized fields in the schema order, whatever the input order', () => {
    const { data, issues } = read({ lines: [{ qty: 1, id: 'x' }], price: 5, id: 'a', owner: { nick: 'n', name: 'N' } });
    expect(issues).toEqual([]);
    expect(JSON.stringify(data)).toBe('{"id":"a","price":5,"owner":{"name":"N","nick":"n"},"lines":[{"id":"x","qty":1}]}');
  });

  it('leaves absent optional fields out: null, undefined and blank text', () => {
    const { data, issues } = read({ ...good(), title: '  ', owner: null, lines: [{ id: 'l', qty: undefined }] });
    expect(issues).toEqual([]);
    expect(data).toStrictEqual({ id: '7', price: 1000.5, lines: [{ id: 'l' }] });
  });

  it('reports an absent or bad required field as fatal and returns nothing, after reading every field', () => {
    const { data, issues } = read({ title: {}, price: -1, lines: [{ id: '' }, null, { id: 'ok', qty: 0 }] });
    expect(data).toBeUndefined();
    expect(issues).toEqual([
      'thing.id required fatal',
      'thing.title invalid_type dropped',
      'thing.price invalid_price fatal',
      'thing.lines[0].id required fatal',
      'thing.lines[1] required fatal',
      'thing.lines[2].qty invalid_count dropped',
    ]);
  });

  it('drops a bad optional field with an issue that is not fatal, and sends the rest', () => {
    const { data, issues } = read({ ...good(), title: Symbol('x') });
    expect(issues).toEqual(['thing.title not_plain_data dropped']);
    expect(data).toStrictEqual({ id: '7', price: 1000.5, lines: [{ id: 'l1', qty: 2 }] });
  });

  it('drops an unusable optional nested object whole, and its fatal issues become non-fatal', () => {
    const { data, issues } = read({ ...good(), owner: { nick: 'only a nick' } });
    expect(issues).toEqual(['thing.owner.name required dropped']);
    expect(data).toStrictEqual({ id: '7', title: 'A', price: 1000.5, lines: [{ id: 'l1', qty: 2 }] });
  });

  it('reports unknown and forbidden keys at every level (never sent), and accepts the declared extras', () => {
    const input = JSON.parse('{"id":1,"price":1,"ignored":true,"extra":1,"__proto__":{},"lines":[{"id":1,"a b":2}]}');
    const { data, issues } = read(input);
    expect(issues).toEqual([
      'thing.extra unknown_key dropped',
      'thing.__proto__ forbidden_key dropped',
      'thing.lines[0]["a b"] unknown_key dropped',
    ]);
    expect(data).toStrictEqual({ id: '1', price: 1, lines: [{ id: '1' }] });
  });

  it('reads own enumerable properties only: a polluted prototype is never data', () => {
    const input = Object.assign(Object.create({ title: 'inherited' }) as object, { id: 1, price: 1, lines: [{ id: 1 }] });
    // A class instance's prototype chain is longer: this one is plain-looking but not plain data.
    expect(read(input).issues).toEqual(['thing not_plain_data fatal']);
    const plain: Record<string, unknown> = { id: 1, price: 1, lines: [{ id: 1 }] };
    Object.defineProperty(plain, 'title', { value: 'hidden', enumerable: false });
    expect(read(plain).data).toStrictEqual({ id: '1', price: 1, lines: [{ id: '1' }] });
  });

  it('reports cycles, holes, wrong types and empty lists', () => {
    const cyclic: Record<string, unknown> = { ...good() };
    cyclic.owner = cyclic;
    expect(read(cyclic).issues).toEqual(['thing.owner circular dropped']);
    // eslint-disable-next-line no-sparse-arrays
    expect(read({ ...good(), lines: [, { id: 1 }] }).issues).toEqual(['thing.lines[0] required fatal']);
    expect(read({ ...good(), lines: {} }).issues).toEqual(['thing.lines invalid_type fatal']);
    expect(read({ ...good(), lines: [] }).issues).toEqual(['thing.lines empty_items fatal']);
    expect(read([good()]).issues).toEqual(['thing invalid_type fatal']);
    expect(read(undefined).issues).toEqual(['thing required fatal']);
  });

  it('turns a throwing getter into one fatal issue instead of an exception', () => {
    const input = {
      ...good(),
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(read(input).issues).toEqual([' unreadable fatal']);
  });
});
