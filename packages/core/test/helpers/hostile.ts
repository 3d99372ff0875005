/** Strings that break naive inline scripts: end the element, enter comment states, end JS strings. */
export const HOSTILE_STRINGS: readonly string[] = [
  '</script>',
  '</SCRIPT>',
  '</script\t',
  '</scrIpt/',
  '</script >',
  '<!--',
  '<script>',
  '<!--<script>',
  '-->',
  '</script><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u2028',
  '\u2029',
  '\ud800',
  '\udc00',
  '\udc00\ud800',
  '"',
  "'",
  '`${alert(1)}`',
  '\\',
  '\\u003c/script>',
  '"]);alert(1);//',
  '\0',
  '\r\n',
  '\u0085\ufeff\ufffe',
  '😀',
  'Привет, «мир»',
];

/** Matches a UTF-16 code unit that is half of a pair without its other half. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What must never appear raw in script text. */
export const RAW_UNSAFE = /[<\u2028\u2029]/;
