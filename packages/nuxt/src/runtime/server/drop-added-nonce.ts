import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';

// What every script of ours carries (attribute values are HTML-escaped, so a `>` never occurs inside one).
const OUR_SCRIPT = ` ${SCRIPT_ATTRIBUTE}="`;

/**
 * nuxt-security's `render:html` rewrite prepends `nonce="N"` to every `<script` it finds outside
 * what it takes for a quoted string, whether or not the tag already has one. Our scripts always
 * carry the nonce themselves (see `../nonce`), so where the rewrite reached one of them the tag
 * holds two equal nonces: this removes the prepended copy from our scripts (`data-flocktory="…"`),
 * and only where our own copy is there too. One pass over the text, looking for our attribute only:
 * a part of the page without our scripts comes back as the same string.
 */
export function dropAddedNonce(html: string, nonce: string): string {
  const added = `<script nonce="${nonce}"`;
  const own = ` nonce="${nonce}"`;
  let result = '';
  let from = 0;
  for (let mark = html.indexOf(OUR_SCRIPT); mark !== -1; mark = html.indexOf(OUR_SCRIPT, mark + OUR_SCRIPT.length)) {
    // The tag holding the attribute: the last `<script` before it, with no `>` in between.
    const start = html.lastIndexOf('<script', mark);
    if (start < from || !html.startsWith(added, start) || html.indexOf('>', start) < mark) continue;
    const end = html.indexOf('>', mark);
    if (end === -1 || !html.slice(start + added.length, end).includes(own)) continue;
    result += `${html.slice(from, start)}<script`;
    from = start + added.length;
  }
  return from === 0 ? html : result + html.slice(from);
}
