import { describe, expect, it } from 'vitest';

import { splitOurScripts } from '../src/runtime/server/split-our-scripts';

const ours = (kind: string, code = 'push()') => `<script data-flocktory="${kind}" nonce="n">${code}</script>`;

describe('splitOurScripts (the body before nuxt-security rewrites it)', () => {
  it('makes each of our scripts a part of its own, with the same bytes once joined', () => {
    const postcheckout = ours('postcheckout', 'f({"title":"12\\" <\\/script>"})');
    const cart = ours('update-cart');
    const parts = [`<div id="__nuxt"><main>${postcheckout}<p>"</p>${cart}</main></div>`, '<div id="teleports"></div>'];
    const split = splitOurScripts(parts);
    expect(split).toEqual(['<div id="__nuxt"><main>', postcheckout, '<p>"</p>', cart, '</main></div>', '<div id="teleports"></div>']);
    expect(split.join('')).toBe(parts.join(''));
  });

  it('adds no empty parts where a script starts or ends a part, or two follow each other', () => {
    const a = ours('postcheckout');
    const b = ours('update-cart');
    expect(splitOurScripts([`${a}${b}`])).toEqual([a, b]);
    expect(splitOurScripts([`x${a}`, `${b}y`])).toEqual(['x', a, b, 'y']);
  });

  it('returns a part without our scripts as it is, and leaves other scripts and values alone', () => {
    const page = '<div><script type="application/ld+json">{}</script><script>data-flocktory="x"</script></div>';
    const other = { toString: () => 'not a string' };
    const split = splitOurScripts([page, other, '']);
    expect(split).toEqual([page, other, '']);
    expect(split[0]).toBe(page);
  });

  it('leaves an unterminated script of ours in the text it is in', () => {
    const text = `<p>a</p>${ours('postcheckout')}<p>b</p><script data-flocktory="loader" nonce="n">`;
    expect(splitOurScripts([text])).toEqual(['<p>a</p>', ours('postcheckout'), '<p>b</p><script data-flocktory="loader" nonce="n">']);
  });
});
