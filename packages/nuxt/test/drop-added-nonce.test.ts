import { describe, expect, it } from 'vitest';

import { dropAddedNonce } from '../src/runtime/server/drop-added-nonce';

const N = 'ab+c/d==';

describe('dropAddedNonce (after nuxt-security prepended its nonce to every <script it found)', () => {
  it('removes the prepended copy from our scripts that carry their own', () => {
    const ours = `<script nonce="${N}" data-flocktory="postcheckout" nonce="${N}">code</script>`;
    expect(dropAddedNonce(ours, N)).toBe(`<script data-flocktory="postcheckout" nonce="${N}">code</script>`);
    const loader = `<script nonce="${N}" data-hid="flocktory-loader" src="/l.js?site_id=1" async nonce="${N}" data-flocktory="loader"></script>`;
    expect(dropAddedNonce(loader, N)).toBe(
      `<script data-hid="flocktory-loader" src="/l.js?site_id=1" async nonce="${N}" data-flocktory="loader"></script>`,
    );
  });

  it('leaves every other script alone, and ours where the rewrite did not reach them', () => {
    const page =
      `<script nonce="${N}" type="module" src="/_nuxt/entry.js"></script>` +
      `<script nonce="${N}" data-flocktory="postcheckout">only the added nonce</script>` +
      `<div>27" <script data-flocktory="postcheckout" nonce="${N}">x</script></div>` +
      `<script nonce="other" data-flocktory="postcheckout" nonce="other"></script>`;
    expect(dropAddedNonce(page, N)).toBe(page);
  });

  it('handles many scripts and text around them, and an unterminated tag', () => {
    const ours = `<script nonce="${N}" data-flocktory="postcheckout" nonce="${N}">a</script>`;
    const html = `x${ours}y${ours}<script nonce="${N}"`;
    expect(dropAddedNonce(html, N)).toBe(
      `x<script data-flocktory="postcheckout" nonce="${N}">a</script>y<script data-flocktory="postcheckout" nonce="${N}">a</script><script nonce="${N}"`,
    );
  });
});
