import { docsExample as documentedExample } from '@flocktory-ssr/test-support';
import type { PostcheckoutData, PostcheckoutInput } from '../../src/index';

/** The example from Flocktory's postcheckout docs. */
export const docsExample: PostcheckoutInput = documentedExample();

/** What the docs' snippet pushes for it: the same object, already normalized. */
export const docsExampleData: PostcheckoutData = documentedExample();

/** Strings that break hand-written snippets: element end, comment and escaped states, quotes, line terminators. */
export const hostileStrings: readonly string[] = [
  '</script><script>alert(1)</script>',
  '</SCRIPT\t><img src=x onerror=alert(1)>',
  '</ScRiPt >',
  '</script/',
  '<!--<script>',
  '<!-- x --><script>alert(1)</script>-->',
  '<script',
  '"\'`;alert(1)//',
  '" onload="alert(1)',
  "'];alert(1);//",
  '\u2028\u2029',
  'a\u2028b\u2029c',
  '\ud800',
  'x\udfffy',
  '\\u003c/script>',
  '&lt;/script&gt; &amp; &quot;',
  '${alert(1)}',
  'Кроссовки «Nike» — 2 999 ₽',
  '\u0000\u0001\u001f',
  'line\r\nbreak\rcr',
  ']]><![CDATA[',
];
