import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';

// How the components write each inline script of ours (`scriptSsrRender` in @flocktory-ssr/vue);
// its code never holds `</script` (the core escapes it).
const OPEN = `<script ${SCRIPT_ATTRIBUTE}="`;
const CLOSE = '</script>';

/**
 * The page's parts with each inline script of ours a part of its own, the text around it in parts
 * before and after (same bytes once joined). Nitro joins the parts after every `render:html` hook,
 * and a hook that rewrites each part then works on small strings: nuxt-security's nonce rewrite
 * copies a part again for each of its regular expressions that matches in it, and a part without a
 * `<script` (the page's body, when ours is its only script) it leaves as it is.
 */
export function splitOurScripts(parts: readonly unknown[]): unknown[] {
  const split: unknown[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      split.push(part);
      continue;
    }
    let from = 0;
    for (let start = part.indexOf(OPEN); start !== -1; start = part.indexOf(OPEN, from)) {
      const end = part.indexOf(CLOSE, start);
      if (end === -1) break;
      if (start > from) split.push(part.slice(from, start));
      from = end + CLOSE.length;
      split.push(part.slice(start, from));
    }
    if (from === 0) split.push(part);
    else if (from < part.length) split.push(part.slice(from));
  }
  return split;
}
