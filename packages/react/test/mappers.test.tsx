// @vitest-environment node
/** The mappers' idiom in a real render: a GA4 purchase spread into the component's props. */
import { renderToString } from 'react-dom/server';
import { fromGa4Purchase } from '@flocktory-ssr/core/mappers';
import { postcheckoutScripts, runPushes } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { FlocktoryPostcheckout } from '../src';
import { HOSTILE_TITLE, NONCE } from './fixtures';

// The shop's GA4 purchase, as it pushes it to its dataLayer.
const ecommerce = {
  transaction_id: 'SO-77',
  value: 2999.5,
  currency: 'RUB',
  items: [{ item_id: 77, item_name: HOSTILE_TITLE, item_brand: 'Acme', price: 2999.5, quantity: 1 }],
};

describe('<FlocktoryPostcheckout {...fromGa4Purchase(ecommerce, user)} />', () => {
  it('renders the snippet that pushes the order, with the other props next to the spread', () => {
    const html = renderToString(
      <FlocktoryPostcheckout {...fromGa4Purchase(ecommerce, { email: 'ada@example.com' })} spot="thanks" nonce={NONCE} mode="strict" />,
    );
    const [script, ...others] = postcheckoutScripts(html);
    expect(others).toEqual([]);
    expect(script!.attributes.nonce).toBe(NONCE);
    expect(runPushes(script!.text)).toEqual([
      [
        'postcheckout',
        {
          user: { email: 'ada@example.com' },
          order: { id: 'SO-77', price: 2999.5, items: [{ id: '77', title: HOSTILE_TITLE, price: 2999.5, count: 1 }] },
          spot: 'thanks',
        },
      ],
    ]);
  });

  it('safe mode: an unmappable purchase is reported by the mapper (source path) and renders nothing', () => {
    const onError = vi.fn();
    const input = fromGa4Purchase({ ...ecommerce, transaction_id: undefined }, { email: 'ada@example.com' }, { mode: 'safe', onError });
    const html = renderToString(<FlocktoryPostcheckout {...input} mode="safe" onError={onError} />);
    expect(postcheckoutScripts(html)).toEqual([]);
    expect(onError.mock.calls.map(([error]) => error.issues.map((issue: { path: string }) => issue.path))).toEqual([
      ['ecommerce.transaction_id'],
      ['order.id'],
    ]);
  });
});
