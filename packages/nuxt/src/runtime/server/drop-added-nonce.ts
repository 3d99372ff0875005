const OUR_SCRIPT = ' data-flocktory="';

/**
 * nuxt-security's `render:html` rewrite prepends `nonce="N"` to every `<script` it finds outside
 * what it takes for a quoted string, whether or not the tag already has one. Our scripts always
 * carry the nonce themselves (see `../nonce`), so where the rewrite reached one of them the tag
 * holds two equal nonces: this removes the prepended copy from our scripts (`data-flocktory="…"`),
 * and only where our own copy is there too. Linear: `[^>]*` ends at the tag's `>` (attribute values
 * are HTML-escaped, so a `>` never occurs inside one).
 */
export function dropAddedNonce(html: string, nonce: string): string {
  // Most parts of a page hold none of our scripts: one search, and the same string back.
  if (!html.includes(OUR_SCRIPT)) return html;
  const added = `<script nonce="${nonce}"`;
  if (!html.includes(added)) return html;
  const own = ` nonce="${nonce}"`;
  let result = '';
  let from = 0;
  for (let at = html.indexOf(added); at !== -1; at = html.indexOf(added, from)) {
    const end = html.indexOf('>', at);
    if (end === -1) break;
    const rest = html.slice(at + added.length, end);
    result += html.slice(from, at) + (rest.includes(OUR_SCRIPT) && rest.includes(own) ? '<script' + rest : added + rest);
    from = end;
  }
  return result + html.slice(from);
}
