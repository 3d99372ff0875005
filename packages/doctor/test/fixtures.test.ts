import { describe, expect, it } from 'vitest';

import { checkPages, type CheckHtmlOptions } from '../src/index';
import { checkFixture, fixturePath, problems } from './check-fixture';

interface Case {
  file: string;
  options?: CheckHtmlOptions;
  /** Every error and warning, `severity code path`. */
  expected: string[];
  exitCode: 0 | 1;
}

// Pages in the styles shops write, each with exactly the problems it must report.
const CASES: Case[] = [
  { file: 'docs-snippet-unescaped-quote.html', expected: ['error script_syntax_error'], exitCode: 1 },
  {
    file: 'price-string-with-spaces.html',
    expected: ['error payload_not_normalized order.items[0].price', 'error payload_not_normalized order.price'],
    exitCode: 1,
  },
  { file: 'missing-email.html', expected: ['error payload_invalid user.email'], exitCode: 1 },
  { file: 'two-loaders-different-site-ids.html', expected: ['error loader_site_id_conflict'], exitCode: 1 },
  { file: 'user-marker-anonymous.html', options: { anonymous: true }, expected: ['error user_marker_anonymous'], exitCode: 1 },
  { file: 'user-marker-anonymous.html', expected: [], exitCode: 0 },
  { file: 'category-marker-on-product-page.html', expected: ['error category_marker_on_product_page'], exitCode: 1 },
  { file: 'nonce-csp-blocks-snippet.html', expected: ['error csp_blocks_script'], exitCode: 1 },
  { file: 'concatenated-snippet-script-in-title.html', expected: ['error script_cut_short'], exitCode: 1 },
  { file: 'two-category-markers.html', expected: ['error category_marker_duplicate'], exitCode: 1 },
  {
    file: 'cyrillic-attribute.html',
    expected: ['error marker_attribute_cyrillic data-fl-item-сategory-id', 'error marker_value_invalid data-fl-item-available'],
    exitCode: 1,
  },
  { file: 'html-comment-opener.html', expected: ['error script_escape_state', 'error script_syntax_error'], exitCode: 1 },
  { file: 'bare-word.html', expected: ['error push_bare_word user.name', 'warning payload_not_normalized order.id'], exitCode: 1 },
  { file: 'add-to-cart.html', expected: ['error cart_payload_invalid item.price'], exitCode: 1 },
  { file: 'loader-in-body-sync.html', expected: ['warning loader_not_async', 'warning loader_not_in_head'], exitCode: 0 },
  {
    file: 'marker-email-problems.html',
    expected: ['error marker_email_hashed data-fl-user-email', 'error marker_placeholder data-fl-user-name'],
    exitCode: 1,
  },
  { file: 'gtm-loader-and-unknown-email.html', expected: [], exitCode: 0 },
  { file: 'hand-written-correct.html', expected: [], exitCode: 0 },
];

describe('fixture pages', () => {
  for (const { file, options, expected, exitCode } of CASES) {
    it(`${file}${options ? ` ${JSON.stringify(options)}` : ''}: ${expected.join(', ') || 'no problems'}`, async () => {
      expect(problems(checkFixture(file, options).findings)).toEqual(expected);
      const report = await checkPages([{ target: fixturePath(file), ...options }]);
      expect(report.exitCode).toBe(exitCode);
    });
  }

  it("names the line and column where an unescaped quote broke the docs' snippet", () => {
    const [error] = checkFixture('docs-snippet-unescaped-quote.html').findings;
    // Line 25: `                title: "Nike Shoes "Air Max"",`; the parser stops at "Air".
    expect(error).toMatchObject({ code: 'script_syntax_error', position: { line: 25, column: 37 } });
    expect(error!.message).toBe(
      'not valid JavaScript at line 25, column 37: Unexpected token (right after a quote: a quote inside a value, such as a product title, ended the string early)',
    );
  });

  it('says what core would send for a price string with spaces', () => {
    const price = checkFixture('price-string-with-spaces.html').findings.find((item) => item.path === 'order.price');
    expect(price!.message).toBe('order.price: Flocktory receives the string "2 999,00"; core would send the number 2999');
    // Line 16: `      price: '2 999,00',`, the value's own place.
    expect(price!.position).toEqual({ line: 16, column: 14 });
  });

  it('names both site ids of two loaders', () => {
    const report = checkFixture('two-loaders-different-site-ids.html');
    expect(report.loaders.map((loader) => loader.siteId)).toEqual(['1234', '4321']);
    expect(report.findings[0]!.message).toContain('1234, 4321');
  });

  it('gives the hash a blocked inline script would need', () => {
    const blocked = checkFixture('nonce-csp-blocks-snippet.html').findings[0]!;
    expect(blocked.message).toMatch(/no nonce attribute, and its hash 'sha256-[A-Za-z0-9+/]{43}=' is not listed/);
  });

  it('reads a loader that a tag-manager script adds, with its concatenated site id', () => {
    expect(checkFixture('gtm-loader-and-unknown-email.html').loaders).toEqual([
      expect.objectContaining({ src: '//api.flocktory.com/v2/loader.js?site_id=1234', siteId: '1234', via: 'inline-script' }),
    ]);
  });
});
