import { buildPostcheckout, type PostcheckoutData, type PostcheckoutInput } from '@flocktory-ssr/core';

/** A hostile title: if escaping failed, the inline script would end early. */
export const HOSTILE_TITLE = '</script><script>alert(1)</script><!--';

export function orderInput(id: string | number = 'A-1001'): PostcheckoutInput {
  return {
    user: { name: ' Ada Lovelace ', email: 'ada@example.com', sex: 'F' },
    order: {
      id,
      price: '2 999,50',
      items: [{ id: 77, title: HOSTILE_TITLE, price: 2999.5, count: '1' }],
    },
    spot: 'thanks',
  };
}

/** What Flocktory must receive for `orderInput(id)`, written out by hand. */
export function expectedData(id: string | number = 'A-1001'): PostcheckoutData {
  return {
    user: { name: 'Ada Lovelace', email: 'ada@example.com', sex: 'f' },
    order: { id: String(id), price: 2999.5, items: [{ id: '77', title: HOSTILE_TITLE, price: 2999.5, count: 1 }] },
    spot: 'thanks',
  };
}

export function coreCode(input: PostcheckoutInput): string {
  const snippet = buildPostcheckout(input, { mode: 'strict' });
  if (!snippet) throw new Error('fixture must be valid');
  return snippet.code;
}

export const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';
