/**
 * nuxt-security 2.5.0's nonce rewrite (`injectNonceToTags`, which its `render:html` hook runs on
 * every section of the page), copied verbatim from dist/runtime/nitro/plugins/40-cspSsrNonce.js
 * (MIT): the module does not export it. The text below is what runs, and
 * test/nuxt-security-rewrite.test.ts fails if the installed nuxt-security no longer contains it.
 *
 * It masks every `"…"` pair of a whole section (pairing quotes across tags and text), then
 * prepends `nonce="N"` to every `<script` left outside a pair, whether it has a nonce or not.
 */
export const REGEX_SOURCE = String.raw`const LINK_RE = /<link\b([^>]*?>)/gi;
const NONCE_RE = /nonce="[^"]+"/i;
const SCRIPT_RE = /<script\b([^>]*?>)/gi;
const STYLE_RE = /<style\b([^>]*?>)/gi;
const QUOTE_MASK_RE = /"([^"]*)"/g;
const QUOTE_RESTORE_RE = /__QUOTE_PLACEHOLDER_(\d+)__/g;`;

export const FUNCTION_SOURCE =
  String.raw`function injectNonceToTags(element, nonce) {
  if (typeof element !== "string") {
    return element;
  }
  const quotes = [];
  let maskedElement = element.replace(QUOTE_MASK_RE, (match) => {
    quotes.push(match);
    return ` +
  '`__QUOTE_PLACEHOLDER_${quotes.length - 1}__`' +
  String.raw`;
  });
  maskedElement = maskedElement.replace(LINK_RE, (match, rest) => {
    if (NONCE_RE.test(rest)) {
      return match.replace(NONCE_RE, ` +
  '`nonce="${nonce}"`' +
  String.raw`);
    }
    return ` +
  '`<link nonce="${nonce}"`' +
  String.raw` + rest;
  });
  maskedElement = maskedElement.replace(SCRIPT_RE, (match, rest) => {
    return ` +
  '`<script nonce="${nonce}"`' +
  String.raw` + rest;
  });
  maskedElement = maskedElement.replace(STYLE_RE, (match, rest) => {
    return ` +
  '`<style nonce="${nonce}"`' +
  String.raw` + rest;
  });
  const restoredHtml = maskedElement.replace(QUOTE_RESTORE_RE, (match, index) => {
    return quotes[parseInt(index, 10)];
  });
  return restoredHtml;
}`;

/** nuxt-security's rewrite of one page section for the request's `nonce`. */
export const injectNonceToTags = new Function(`${REGEX_SOURCE}\n${FUNCTION_SOURCE}\nreturn injectNonceToTags;`)() as (
  element: string,
  nonce: string,
) => string;
