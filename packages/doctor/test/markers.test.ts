import { describe, expect, it } from 'vitest';

import { checkHtml, type PageExpectations } from '../src/index';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><script async src="https://api.flocktory.com/v2/loader.js?site_id=1"></script></head><body>${body}</body></html>`;
const problems = (body: string, expect: PageExpectations = {}) =>
  checkHtml(page(body), expect).findings.map((item) => `${item.severity} ${item.code}${item.path ? ` ${item.path}` : ''}`);

const user = (email: string, name = 'Ivan Ivanov') =>
  `<div class="i-flocktory" data-fl-user-name="${name}" data-fl-user-email="${email}"></div>`;
const exchange = (email: string, extra = '') =>
  `<div class="i-flocktory" data-fl-action="exchange"${extra} data-fl-user-email="${email}"></div>`;

describe('user marker', () => {
  it.each(['ivan@example.com', '79998887766@unknown.email', '12345@unknown.email'])('accepts %s', (email) => {
    expect(problems(user(email))).toEqual([]);
  });

  it.each([
    ['not an address', 'ivan', 'error marker_email_invalid data-fl-user-email'],
    ['spaces', 'ivan @example.com', 'error marker_email_invalid data-fl-user-email'],
    ["Exchange's anonymous address", 'xname@flocktory.com', 'warning marker_email_exchange_fallback data-fl-user-email'],
    ["the docs' old test address", 'hello@flocktory.com', 'warning marker_email_test_address data-fl-user-email'],
    ['a SHA-256 hash', 'a'.repeat(64), 'error marker_email_hashed data-fl-user-email'],
    ['a PHP placeholder', '<?= $user->email ?>', 'error marker_placeholder data-fl-user-email'],
    ['"undefined"', 'undefined', 'error marker_placeholder data-fl-user-email'],
  ])('flags %s', (_name, email, expected) => {
    expect(problems(user(email.replace(/"/g, '&quot;').replace(/</g, '&lt;')))).toEqual([expected]);
  });

  it('requires the e-mail; an empty one is a logged-out page that should have no marker', () => {
    expect(problems('<div class="i-flocktory" data-fl-user-name="Ivan"></div>')).toEqual([
      'error marker_attribute_required data-fl-user-email',
    ]);
    expect(problems(user(''))).toEqual(['warning user_marker_empty data-fl-user-email']);
    expect(problems(user('', ''), { anonymous: true })).toEqual([
      'warning user_marker_empty data-fl-user-email',
      'info marker_name_empty data-fl-user-name',
    ]);
  });

  it('on a page fetched logged out, any e-mail is a leak', () => {
    expect(problems(user('ivan@example.com'), { anonymous: true })).toEqual(['error user_marker_anonymous']);
  });

  it('two users on one page conflict', () => {
    expect(problems(user('a@example.com') + user('b@example.com'))).toEqual(['error user_marker_conflict']);
  });

  it('a quote in the name that the template did not escape breaks the markup', () => {
    const broken = '<div class="i-flocktory" data-fl-user-name="Ivan "Big" Ivanov" data-fl-user-email="ivan@example.com"></div>';
    expect(problems(broken)).toEqual(['error marker_attribute_broken big"', 'error marker_attribute_broken ivanov"']);
  });
});

describe('exchange marker', () => {
  it('accepts xname@flocktory.com without a name, also on an anonymous page', () => {
    expect(problems(exchange('xname@flocktory.com', ' data-fl-spot="afterpayment_thankyoupage"'), { anonymous: true })).toEqual([]);
  });

  it('a real address on an anonymous page is a leak', () => {
    expect(problems(exchange('ivan@example.com'), { anonymous: true })).toEqual(['error exchange_marker_anonymous']);
  });

  it('requires the e-mail', () => {
    expect(problems('<div class="i-flocktory" data-fl-action="exchange"></div>')).toEqual([
      'error marker_attribute_required data-fl-user-email',
    ]);
  });
});

describe('category and item markers', () => {
  const category = (id: string) => `<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="${id}"></div>`;
  const item = (attributes: string) => `<div class="i-flocktory" data-fl-action="track-item-view" ${attributes}></div>`;

  it('a category marker belongs on category pages only', () => {
    expect(problems(category('15'), { pageType: 'category' })).toEqual([]);
    expect(problems(category('15'), { pageType: 'product' })).toEqual(['error category_marker_on_product_page']);
    expect(problems(category('15'), { pageType: 'cart' })).toEqual(['error category_marker_wrong_page']);
    expect(problems(category(''))).toEqual(['error marker_attribute_required data-fl-category-id']);
  });

  it('an item marker: id required, optional attributes may be "" but available is true/false', () => {
    expect(problems(item('data-fl-item-id="X1" data-fl-item-category-id="" data-fl-item-vendor="" data-fl-item-available=""'))).toEqual([]);
    expect(problems(item('data-fl-item-category-id="15"'))).toEqual(['error marker_attribute_required data-fl-item-id']);
    expect(problems(item('data-fl-item-id="X1" data-fl-item-availability="true"'))).toEqual([
      'warning marker_attribute_unknown data-fl-item-availability',
    ]);
    expect(problems(item('data-fl-item-id="X1"'), { pageType: 'category' })).toEqual(['error item_marker_wrong_page']);
    expect(problems(item('data-fl-item-id="X1"') + item('data-fl-item-id="X2"'))).toEqual(['warning item_marker_duplicate']);
  });

  // The same words core refuses as `placeholder` (its rule, shared), and other languages' words for nothing.
  it.each(['undefined', ' null ', 'NaN', '[object Object]', 'None', 'nil', 'NULL', '{{ product.id }}', '<%= sku %>'])(
    'an item id %j is a placeholder, not data',
    (id) => {
      expect(problems(item(`data-fl-item-id="${id.replace(/</g, '&lt;')}"`))).toEqual(['error marker_placeholder data-fl-item-id']);
    },
  );

  // Nestlé's baby-food brand, a person called Nan: data, in any case but String(NaN)'s.
  it.each(['NAN', 'Nan', 'Undefined', 'null-1'])('a vendor %j is data', (vendor) => {
    expect(problems(item(`data-fl-item-id="X1" data-fl-item-vendor="${vendor}"`))).toEqual([]);
  });

  it('flags markers Flocktory cannot read', () => {
    expect(problems('<div class="i-flocktory"></div>')).toEqual(['error marker_no_data']);
    expect(problems('<div class="i-flocktory" data-fl-action="track-cart"></div>')).toEqual([
      'warning marker_unknown_action data-fl-action',
    ]);
    expect(problems(`<template>${category('15')}</template>`)).toEqual(['warning marker_in_template']);
  });
});

describe('loader', () => {
  const loaderPage = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body></body></html>`;
  const codes = (head: string) => checkHtml(loaderPage(head)).findings.map((item) => item.code);

  it.each([
    ['', ['loader_missing']],
    ['<script async src="https://api.flocktory.com/v2/loader.js"></script>', ['loader_site_id_missing']],
    ['<script async src="https://api.flocktory.com/v2/loader.js?site_id= 1234"></script>', ['loader_site_id_invalid']],
    ['<script async src="http://api.flocktory.com/v2/loader.js?site_id=1"></script>', ['loader_insecure']],
    [
      '<script async type="text/plain" data-cookieconsent="marketing" src="https://api.flocktory.com/v2/loader.js?site_id=1"></script>',
      ['loader_wrong_type'],
    ],
    ['<script async src="/flocktory-stub/loader.js?site_id=1"></script>', []],
    ['<script async src="https://cdn.shop.example/loader.js?site_id=1"></script>', ['loader_other_host']],
    [
      '<script async src="https://api.flocktory.com/v2/loader.js?site_id=1"></script><script async src="https://api.flocktory.com/v2/loader.js?site_id=1"></script>',
      ['loader_duplicate'],
    ],
    [
      "<script>var s = document.createElement('script'); s.src = 'https://api.flocktory.com/v2/loader.js?site_id=' + window.FL_SITE; document.head.append(s);</script>",
      ['loader_in_script'],
    ],
    [
      "<script>var s = document.createElement('script'); s.src = 'https://api.flocktory.com/v2/loader.js?site_id=' + '12x'; document.head.append(s);</script>",
      ['loader_site_id_invalid', 'loader_in_script'],
    ],
  ])('%s', (head, expected) => {
    expect(codes(head)).toEqual(expected);
  });
});
