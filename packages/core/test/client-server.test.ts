import { describe, expect, it, vi } from 'vitest';
import { addToCart, attachToProfile, reInitAfterNavigation, removeFromCart, updateCart } from '../src/client';

describe('browser commands on the server', () => {
  it('do nothing, report nothing and return false', () => {
    const onError = vi.fn();
    expect(typeof window).toBe('undefined');
    expect(addToCart({ id: 1, count: 1 }, { onError })).toBe(false);
    expect(removeFromCart({ id: 1, count: 1 }, { onError })).toBe(false);
    expect(updateCart([], { onError })).toBe(false);
    expect(attachToProfile({ a: 'b' }, { onError })).toBe(false);
    expect(reInitAfterNavigation('/x')).toBe(false);
    expect(onError).not.toHaveBeenCalled();
  });
});
