// @vitest-environment node
/**
 * The marker components through React's server renderer, read back with parse5: exactly the
 * attributes Flocktory's docs give (written out here, not computed by the core), in order, as one
 * empty div; nothing for an anonymous visitor or bad data in safe mode; strict mode throws.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { FlocktoryValidationError } from '@flocktory-ssr/core';
import { elementsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { FlocktoryCategoryView, FlocktoryExchange, FlocktoryItemView, FlocktoryUser } from '../src';

/** Every element of the rendered fragment as `[tag, [[name, value]…], childCount]`. */
function elements(node: ReactNode, render = renderToStaticMarkup) {
  return elementsOf(render(<>{node}</>), 'fragment').map((element) => [
    element.tagName,
    element.attrs.map((attribute) => [attribute.name, attribute.value]),
    element.childNodes.length,
  ]);
}

const marker = (...attributes: [string, string][]) => [['div', [['class', 'i-flocktory'], ...attributes], 0]];

describe.each([
  ['renderToStaticMarkup', renderToStaticMarkup],
  ['renderToString', renderToString],
])('markers through %s', (_name, render) => {
  it('<FlocktoryUser>: name then e-mail; the phone fallback; nothing for an anonymous visitor', () => {
    expect(elements(<FlocktoryUser user={{ name: ' John Doe ', email: 'johndoe@gmail.com' }} mode="strict" />, render)).toEqual(
      marker(['data-fl-user-name', 'John Doe'], ['data-fl-user-email', 'johndoe@gmail.com']),
    );
    expect(elements(<FlocktoryUser user={{ phone: '+7 (999) 888-77-66' }} mode="strict" />, render)).toEqual(
      marker(['data-fl-user-email', '79998887766@unknown.email']),
    );
    expect(elements(<FlocktoryUser user={null} mode="strict" />, render)).toEqual([]);
    expect(elements(<FlocktoryUser user={undefined} mode="strict" />, render)).toEqual([]);
  });

  it('<FlocktoryCategoryView>', () => {
    expect(elements(<FlocktoryCategoryView id={42} mode="strict" />, render)).toEqual(
      marker(['data-fl-action', 'track-category-view'], ['data-fl-category-id', '42']),
    );
  });

  it('<FlocktoryItemView>: left-out props are not rendered, null ones render ""', () => {
    expect(elements(<FlocktoryItemView id="123" categoryId="1" vendor="Nike" available mode="strict" />, render)).toEqual(
      marker(
        ['data-fl-action', 'track-item-view'],
        ['data-fl-item-id', '123'],
        ['data-fl-item-category-id', '1'],
        ['data-fl-item-vendor', 'Nike'],
        ['data-fl-item-available', 'true'],
      ),
    );
    expect(elements(<FlocktoryItemView id="SKU-1" mode="strict" />, render)).toEqual(
      marker(['data-fl-action', 'track-item-view'], ['data-fl-item-id', 'SKU-1']),
    );
    expect(elements(<FlocktoryItemView id="SKU-1" categoryId={null} vendor={null} available={null} mode="strict" />, render)).toEqual(
      marker(
        ['data-fl-action', 'track-item-view'],
        ['data-fl-item-id', 'SKU-1'],
        ['data-fl-item-category-id', ''],
        ['data-fl-item-vendor', ''],
        ['data-fl-item-available', ''],
      ),
    );
    expect(elements(<FlocktoryItemView id={7} available={false} mode="strict" />, render)).toEqual(
      marker(['data-fl-action', 'track-item-view'], ['data-fl-item-id', '7'], ['data-fl-item-available', 'false']),
    );
  });

  it('<FlocktoryExchange>: spot and user; the anonymous address without a user', () => {
    expect(
      elements(<FlocktoryExchange spot="some_spot" user={{ name: 'Ivan Ivanov', email: 'ivan@gmail.com' }} mode="strict" />, render),
    ).toEqual(
      marker(
        ['data-fl-action', 'exchange'],
        ['data-fl-spot', 'some_spot'],
        ['data-fl-user-name', 'Ivan Ivanov'],
        ['data-fl-user-email', 'ivan@gmail.com'],
      ),
    );
    expect(elements(<FlocktoryExchange mode="strict" />, render)).toEqual(
      marker(['data-fl-action', 'exchange'], ['data-fl-user-email', 'xname@flocktory.com']),
    );
  });

  it('hostile text stays one attribute value', () => {
    const vendor = `"><script>alert(1)</script><style x='`;
    expect(elements(<FlocktoryItemView id="1" vendor={vendor} mode="strict" />, render)).toEqual(
      marker(['data-fl-action', 'track-item-view'], ['data-fl-item-id', '1'], ['data-fl-item-vendor', vendor]),
    );
  });
});

describe('bad data', () => {
  it('safe mode renders nothing and reports, with the field path', () => {
    const onError = vi.fn();
    const html = renderToStaticMarkup(
      <>
        <FlocktoryUser user={{ name: 'No Address' } as never} mode="safe" onError={onError} />
        <FlocktoryCategoryView id="  " mode="safe" onError={onError} />
        <FlocktoryItemView id={undefined as unknown as string} vendor="Nike" mode="safe" onError={onError} />
      </>,
    );
    expect(html).toBe('');
    expect(
      onError.mock.calls.map(([error]) => (error as FlocktoryValidationError).issues.map((issue) => `${issue.path} ${issue.code}`)),
    ).toEqual([['user.email required'], ['category.id required'], ['item.id required']]);
  });

  it('safe mode drops a bad optional value and still renders the marker', () => {
    const onError = vi.fn();
    expect(elements(<FlocktoryItemView id={7} available={'maybe' as 'true'} mode="safe" onError={onError} />)).toEqual(
      marker(['data-fl-action', 'track-item-view'], ['data-fl-item-id', '7'], ['data-fl-item-available', '']),
    );
    expect(onError).toHaveBeenCalledOnce();
  });

  it('strict mode throws the core error during render', () => {
    expect(() => renderToStaticMarkup(<FlocktoryCategoryView id="" mode="strict" />)).toThrow(FlocktoryValidationError);
  });
});
