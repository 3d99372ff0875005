/**
 * The attribute that marks every `<script>` an adapter renders. Its value says which script it is
 * (`postcheckout`, `loader`, `update-cart`), never shop text: an attribute holding `<script` makes Chromium refuse
 * the element's nonce, and the HTML round trip changes CR, NUL and lone surrogates.
 */
export const SCRIPT_ATTRIBUTE = 'data-flocktory';

/**
 * Where the page records the order ids it pushed: a plain array on `window`. A symbol, because an
 * element with `id="flocktory-ssr…"` can clobber a named property, never a symbol one.
 */
export const SENT_KEY = 'flocktory-ssr.sent';

/**
 * The inline code is `CODE_PREFIX + JSON of the data + CODE_SUFFIX`, so the client can parse the
 * data back out. It pushes the order unless this page already did (the id is in the sent list),
 * then records it; it replaces a `window.flocktory` that cannot be pushed to (a DOM element named
 * "flocktory"), and it never throws into the page.
 */
export const CODE_PREFIX =
  // SENT_KEY is spelled out: one literal is a constant that bundlers drop from pages without the
  // postcheckout, where a concatenation is kept (a test checks that the two agree).
  '(function(d){try{var w=window,k=Symbol.for("flocktory-ssr.sent"),s=w[k]=w[k]||[],f=w.flocktory,i=d.order.id;if(s.indexOf(i)==-1){if(!f||typeof f.push!="function")f=w.flocktory=[];f.push(["postcheckout",d]);s.push(i)}}catch(e){}})(';
export const CODE_SUFFIX = ');';
