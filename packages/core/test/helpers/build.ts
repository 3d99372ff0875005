import { expect } from 'vitest';
import { buildPostcheckout, type PostcheckoutData, type PostcheckoutInput } from '../../src/index';
import { expectInertScript } from './html';
import { runPostcheckout } from './sandbox';

/** A minimal valid order to vary one field at a time. */
export function minimalInput(): PostcheckoutInput {
  return { user: { email: 'buyer@example.com' }, order: { id: '1', price: 100, items: [{ id: 'sku-1' }] } };
}

/**
 * Builds in strict mode (no issue allowed), checks the HTML stays inert, runs the code and
 * returns what was pushed; it must equal `snippet.data`.
 */
export function pushedFor(input: unknown): PostcheckoutData {
  const snippet = buildPostcheckout(input as PostcheckoutInput, { mode: 'strict' });
  expect(snippet).not.toBeNull();
  expectInertScript(snippet!.code);
  const pushed = runPostcheckout(snippet!.code);
  expect(pushed).toEqual(snippet!.data);
  return pushed as PostcheckoutData;
}

/** `minimalInput()` with the first item's fields replaced. */
export function withItem(item: Record<string, unknown>): unknown {
  const input = minimalInput();
  return { ...input, order: { ...input.order, items: [item] } };
}

/** `minimalInput()` with order fields replaced. */
export function withOrder(order: Record<string, unknown>): unknown {
  const input = minimalInput();
  return { ...input, order: { ...input.order, ...order } };
}
