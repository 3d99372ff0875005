import { describe, expect, it, vi } from 'vitest';
import * as core from '@flocktory-ssr/core';
import { parseSingleScript, runPushes } from '@flocktory-ssr/test-support';
import { buildPostcheckout, FlocktoryValidationError, renderPostcheckout, type PostcheckoutInput } from '../src/index';
import { docsExample, docsExampleData } from './support/fixtures';

describe('renderPostcheckout', () => {
  it("renders the docs' example as one script whose text is core's code and pushes the normalized data", () => {
    const html = renderPostcheckout(docsExample, { mode: 'strict' });
    const script = parseSingleScript(html);
    expect(script.names).toEqual(['data-flocktory']);
    expect(script.attributes).toEqual({ 'data-flocktory': 'postcheckout' });
    expect(script.text).toBe(buildPostcheckout(docsExample, { mode: 'strict' })?.code);
    expect(runPushes(script.text)).toEqual([['postcheckout', docsExampleData]]);
  });

  it('is exactly the element, byte for byte', () => {
    const code = buildPostcheckout(docsExample)!.code;
    expect(renderPostcheckout(docsExample, { nonce: 'abc+/=' })).toBe(
      `<script data-flocktory="postcheckout" nonce="abc+/=">${code}</script>`,
    );
  });

  it('adds the nonce attribute only when given', () => {
    expect(parseSingleScript(renderPostcheckout(docsExample, { nonce: 'rAnd0m_-' })).attributes).toEqual({
      'data-flocktory': 'postcheckout',
      nonce: 'rAnd0m_-',
    });
    expect(parseSingleScript(renderPostcheckout(docsExample, { nonce: null })).names).toEqual(['data-flocktory']);
    expect(parseSingleScript(renderPostcheckout(docsExample, { nonce: '' })).names).toEqual(['data-flocktory']);
  });

  it('the order id (numbers become strings) is in the code only, never in an attribute', () => {
    const input: PostcheckoutInput = { ...docsExample, order: { ...docsExample.order, id: 12345, price: '2 999,00' } };
    const script = parseSingleScript(renderPostcheckout(input, { mode: 'strict' }));
    expect(script.attributes).toEqual({ 'data-flocktory': 'postcheckout' });
    const pushed = runPushes(script.text) as [string, core.PostcheckoutData][];
    expect(pushed[0]?.[1].order).toMatchObject({ id: '12345', price: 2999 });
  });

  it('appends to a queue the page already has', () => {
    const script = parseSingleScript(renderPostcheckout(docsExample));
    expect(runPushes(script.text, [['other', 1]])).toEqual([
      ['other', 1],
      ['postcheckout', docsExampleData],
    ]);
  });

  it('re-exports the whole core API, the same objects', async () => {
    for (const name of Object.keys(core)) {
      expect(name in (await import('../src/index')), name).toBe(true);
    }
    expect(FlocktoryValidationError).toBe(core.FlocktoryValidationError);
  });
});

describe('modes', () => {
  const missingEmail = { user: { name: 'x' }, order: docsExample.order } as unknown as PostcheckoutInput;
  const badImage: PostcheckoutInput = {
    ...docsExample,
    order: { ...docsExample.order, items: [{ id: '1', title: 'T', image: 'javascript:alert(1)' }] },
  };

  it('safe mode renders nothing for bad required data and reports it', () => {
    const onError = vi.fn();
    expect(renderPostcheckout(missingEmail, { mode: 'safe', onError })).toBe('');
    expect(onError).toHaveBeenCalledTimes(1);
    const error = onError.mock.calls[0]?.[0] as FlocktoryValidationError;
    expect(error).toBeInstanceOf(FlocktoryValidationError);
    expect(error.issues.some((issue) => issue.path === 'user.email' && issue.fatal)).toBe(true);
  });

  it('safe mode never throws, whatever the input', () => {
    const onError = vi.fn();
    for (const input of [null, undefined, 42, 'x', [], { user: null, order: null }]) {
      expect(renderPostcheckout(input as never, { mode: 'safe', onError })).toBe('');
    }
    expect(onError).toHaveBeenCalledTimes(6);
  });

  it('safe mode drops a bad optional field, renders the rest and reports it', () => {
    const onError = vi.fn();
    const script = parseSingleScript(renderPostcheckout(badImage, { mode: 'safe', onError }));
    const [[, data]] = runPushes(script.text) as [[string, core.PostcheckoutData]];
    expect(data.order.items).toEqual([{ id: '1', title: 'T' }]);
    expect((onError.mock.calls[0]?.[0] as FlocktoryValidationError).issues[0]).toMatchObject({
      path: 'order.items[0].image',
      fatal: false,
    });
  });

  it("strict mode throws core's error with every issue", () => {
    expect(() => renderPostcheckout(missingEmail, { mode: 'strict' })).toThrow(FlocktoryValidationError);
    expect(() => renderPostcheckout(badImage, { mode: 'strict' })).toThrow(/order\.items\[0\]\.image/);
  });

  it('a bad nonce is an error, never an attribute', () => {
    const onError = vi.fn();
    expect(renderPostcheckout(docsExample, { mode: 'safe', onError, nonce: 'a" onload="alert(1)' })).toBe('');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(() => renderPostcheckout(docsExample, { mode: 'strict', nonce: 'a b' })).toThrow(FlocktoryValidationError);
  });

  it('defaults to safe mode in production and strict otherwise', () => {
    const saved = process.env.NODE_ENV;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      process.env.NODE_ENV = 'production';
      expect(renderPostcheckout(missingEmail)).toBe('');
      expect(spy).toHaveBeenCalledTimes(1);
      process.env.NODE_ENV = 'test';
      expect(() => renderPostcheckout(missingEmail)).toThrow(FlocktoryValidationError);
    } finally {
      process.env.NODE_ENV = saved;
      spy.mockRestore();
    }
  });
});
