/**
 * String arbitraries: all of Unicode as UTF-16 code units (lone surrogates included), and a
 * biased one built from the fragments that matter to the HTML tokenizer and to JavaScript.
 */
import fc from 'fast-check';

const FRAGMENTS = [
  '<',
  '/',
  '!',
  '-',
  '>',
  '=',
  '&',
  'script',
  'SCRIPT',
  'ScRiPt',
  '</script',
  '</SCRIPT',
  '</script>',
  '<script',
  '<!--',
  '-->',
  '<!',
  '</',
  '"',
  "'",
  '`',
  '${',
  '\\',
  '\\u003c',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
  ' ',
  '\t',
  '\n',
  '\r',
  '\f',
  // In an attribute, these make Chromium refuse the element's nonce.
  '<style',
  '<STYLE',
  '<sTyLe',
  '<ScRiPt ',
  '\u000b',
  '\u0000',
  '\u00a0',
  '\ufeff',
  '\u0085',
  '&lt;',
  '&#60;',
  ']]>',
  '<svg/onload=alert(1)>',
  // The escaped states whole: `<!--` then `<script` and a delimiter enters the double-escaped state,
  // where only a serializer that escapes every `<` keeps the element's own end tag working.
  '<!--<script>',
  '<!--<SCRIPT ',
  '<script/',
  '<script\t',
] as const;

/** Any UTF-16 code unit, so lone surrogates and control characters appear often. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

export const fragment = fc.constantFrom(...FRAGMENTS);

/** A string from all of Unicode, biased toward script-breaking fragments. */
export const hostileString = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: codeUnit }), { maxLength: 16 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 24 }) },
);

/**
 * An order or item id: a hostile string, or one built from what no attribute may carry (`<script`,
 * `<style`: CSP3 refuses the nonce of such an element) or carry exactly (`"`, CR, NUL, lone
 * surrogates: the HTML round trip changes them).
 */
export const hostileId = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.constantFrom('<script', '<SCRIPT', '<style', '<StYlE', '"', "'", '\r', '\r\n', '\0', '\ud800', '\udfff', '>', 'a', '1', ' '),
        { minLength: 1, maxLength: 8 },
      )
      .map((parts) => parts.join('')),
  },
);

/** Text around the snippet in the page: letters, spaces and quotes, balanced or not (never a tag). */
export const pageText = fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '=', '1'), maxLength: 8 });
