/** The copy of nuxt-security's nonce rewrite that the property suite runs is the installed one's text. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

import { FUNCTION_SOURCE, injectNonceToTags, REGEX_SOURCE } from '../src/nuxt-security-rewrite';

// The nuxt-security that @flocktory-ssr/nuxt is built and tested with (its devDependency).
const installed = readFileSync(
  new URL('../../../packages/nuxt/node_modules/nuxt-security/dist/runtime/nitro/plugins/40-cspSsrNonce.js', import.meta.url),
  'utf8',
);

it('is verbatim the installed nuxt-security rewrite', () => {
  expect(installed).toContain(REGEX_SOURCE);
  expect(installed).toContain(FUNCTION_SOURCE);
});

it('behaves as the bug report says: one unbalanced `"` above a script hides it from the rewrite', () => {
  expect(injectNonceToTags('<p>a</p><script>x</script>', 'N')).toBe('<p>a</p><script nonce="N">x</script>');
  expect(injectNonceToTags('<p>27" screen</p><script data-x="1">x</script>', 'N')).toBe('<p>27" screen</p><script data-x="1">x</script>');
  // And it prepends a second nonce to a script that has one.
  expect(injectNonceToTags('<script nonce="N">x</script>', 'N')).toBe('<script nonce="N" nonce="N">x</script>');
});
