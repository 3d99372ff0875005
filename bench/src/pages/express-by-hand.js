/**
 * What a shop renders today without us, for comparison: Flocktory's snippets written by hand into
 * the view as the docs show them (https://flocktory.github.io/en/integration/postcheckout/), with
 * `JSON.stringify` of the purchase and no escaping for a script (unsafe: a `</script>` in a title
 * ends it). Attribute values are escaped as EJS's `<%= %>` escapes them. The loader's src is the one
 * our middleware renders for the demo shop. It shows what any serialization of the order costs
 * inside this page, whoever writes it.
 */
import { STUB_SITE_ID } from '../../../apps/express-shop/src/config.js';
import { LOADER_STUB_URL_PATH } from '../../../apps/loader-stub/index.js';

const LOADER_SRC = `${LOADER_STUB_URL_PATH}?site_id=${STUB_SITE_ID}`;
// EJS's escapeXML, as `<%= value %>` applies it.
const XML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const escape = (value) => String(value).replace(/[&<>'"]/g, (char) => XML[char]);

/** The view's `flocktory` helpers for one request, written by hand; its CSP nonce goes on the scripts. */
export class SnippetsByHand {
  /** @param {string} nonce */
  constructor(nonce) {
    this.nonce = nonce;
  }

  loader() {
    return `<script async src="${LOADER_SRC}" nonce="${escape(this.nonce)}"></script>`;
  }

  postcheckout(purchase) {
    return `<script nonce="${escape(this.nonce)}">window.flocktory = window.flocktory || [];
window.flocktory.push(['postcheckout', ${JSON.stringify(purchase)}]);</script>`;
  }

  user(user) {
    if (!user) return '';
    return `<div class="i-flocktory" data-fl-user-name="${escape(user.name ?? '')}" data-fl-user-email="${escape(user.email)}"></div>`;
  }

  exchange(input) {
    const email = input?.user?.email ?? '';
    return `<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="${escape(input?.spot ?? '')}" data-fl-user-email="${escape(email)}"></div>`;
  }
}
