import { runInNewContext } from 'node:vm';
import { parse } from 'parse5';

/** @param {any} node @returns {Generator<any>} */
function* walk(node) {
  if (node.tagName) yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}

/** @param {any} element */
export const textOf = (element) => element.childNodes.map((/** @type {any} */ node) => node.value ?? textOf(node)).join('');

/** Parses a page like a browser and returns its elements and scripts (attributes in source order). */
export function parsePage(/** @type {string} */ html) {
  const elements = [...walk(parse(html))];
  const scripts = elements
    .filter((element) => element.tagName === 'script')
    .map((element) => ({
      names: element.attrs.map((/** @type {any} */ attribute) => attribute.name),
      attributes: Object.fromEntries(element.attrs.map((/** @type {any} */ attribute) => [attribute.name, attribute.value])),
      text: textOf(element),
    }));
  return { elements, scripts };
}

/** Runs an inline script with a bare `window` and returns what it queued on `window.flocktory`. */
export function runSnippet(/** @type {string} */ code) {
  const sandbox = { window: {}, result: '' };
  runInNewContext(code, sandbox, { timeout: 1000 });
  runInNewContext('result = JSON.stringify(window.flocktory)', sandbox);
  return JSON.parse(sandbox.result);
}

/** The nonce from our CSP header, checking the whole policy on the way. */
export function nonceFromCsp(/** @type {Response} */ response) {
  const policy = response.headers.get('content-security-policy') ?? '';
  const match = /^script-src 'nonce-([A-Za-z0-9+/]+={0,2})' 'strict-dynamic'; object-src 'none'; base-uri 'none'$/.exec(policy);
  if (!match) throw new Error(`unexpected CSP: ${policy}`);
  return /** @type {string} */ (match[1]);
}
