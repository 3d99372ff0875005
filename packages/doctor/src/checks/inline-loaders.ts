import type { Expression, Node, Program } from 'acorn';

import type { PageElement } from '../html/parse-page';
import type { Bindings } from '../js/bindings';
import { calleeName, propertyName } from '../js/member-name';
import { pagePosition } from '../js/parse-script';
import { staticValue } from '../js/static-value';
import { walk } from '../js/walk';
import type { InlineLoader } from './loader';
import { isLoaderUrl } from './loader-url';

// Calls that turn an HTML string into elements: document.write, insertAdjacentHTML, jQuery's.
const HTML_SINKS = new Set([
  'write',
  'writeln',
  'insertAdjacentHTML',
  'createContextualFragment',
  'append',
  'prepend',
  'after',
  'before',
  'html',
  'replaceWith',
  'appendTo',
  'prependTo',
  'insertAfter',
  'insertBefore',
  '$',
  'jQuery',
]);
const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);

type Use = 'src' | 'html' | undefined;
type Parents = Map<Node, Node>;

/** The `+` concatenation a string is part of ('…loader.js?site_id=' + '1234'), or the string itself. */
function concatenation(node: Node, parents: Parents): Node {
  let whole = node;
  for (let parent = parents.get(whole); parent?.type === 'BinaryExpression'; parent = parents.get(whole)) {
    if ((parent as Node & { operator: string }).operator !== '+') break;
    whole = parent;
  }
  return whole;
}

/** What the code does with a value: sets a script's src, writes it as HTML, or holds it in a name. */
function directUse(node: Node, parent: Node | undefined): Use | { name: string } {
  if (parent?.type === 'AssignmentExpression') {
    const { left, right } = parent as Node & { left: Node; right: Node };
    if (right !== node) return undefined;
    if (left.type === 'Identifier') return { name: (left as Node & { name: string }).name };
    const property = propertyName(left);
    if (property === 'src') return 'src';
    return property !== undefined && HTML_PROPERTIES.has(property) ? 'html' : undefined;
  }
  if (parent?.type === 'VariableDeclarator') {
    const { id, init } = parent as Node & { id: Node; init: Node | null };
    return init === node && id.type === 'Identifier' ? { name: (id as Node & { name: string }).name } : undefined;
  }
  if (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') {
    const call = parent as Node & { callee: Node; arguments: Node[] };
    const index = call.arguments.indexOf(node);
    if (index === -1) return undefined;
    const name = calleeName(call.callee);
    if (name === 'setAttribute') {
      const attribute = call.arguments[0] as Node & { value?: unknown };
      return index === 1 && attribute.type === 'Literal' && attribute.value === 'src' ? 'src' : undefined;
    }
    return name !== undefined && HTML_SINKS.has(name) ? 'html' : undefined;
  }
  return undefined;
}

/** How a string ends up used, following it through one name (`var src = '…'; s.src = src`). */
function howUsed(whole: Node, program: Program, parents: Parents): Use {
  const direct = directUse(whole, parents.get(whole));
  if (typeof direct !== 'object') return direct;
  for (const { node } of walk(program)) {
    if (node.type !== 'Identifier' || (node as Node & { name: string }).name !== direct.name) continue;
    const use = concatenation(node, parents);
    const found = directUse(use, parents.get(use));
    if (typeof found === 'string') return found;
  }
  return undefined;
}

/** `document.createElement('script')` anywhere in the script: a tag-manager style loader snippet. */
function createsScript(program: Program): boolean {
  for (const { node } of walk(program)) {
    if (node.type !== 'CallExpression') continue;
    const call = node as Node & { callee: Node; arguments: Array<Node & { value?: unknown }> };
    const tag = call.arguments[0];
    if (calleeName(call.callee) === 'createElement' && tag?.type === 'Literal' && String(tag.value).toLowerCase() === 'script') return true;
  }
  return false;
}

// A `src` attribute of a <script> tag in HTML text; an unclosed quote means the string goes on at run time.
const SCRIPT_SRC = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)("?)|'([^']*)('?)|([^\s"'>]+)())/gi;

/** The loader sources of the <script> tags in an HTML string. */
function scriptSources(html: string): Array<{ src: string; open: boolean }> {
  const found: Array<{ src: string; open: boolean }> = [];
  for (const match of html.matchAll(SCRIPT_SRC)) {
    const src = (match[1] ?? match[3] ?? match[5] ?? '').replace(/&amp;/gi, '&');
    const open = (match[1] !== undefined && match[2] === '') || (match[3] !== undefined && match[4] === '');
    found.push({ src, open });
  }
  return found;
}

// A URL written alone: no spaces, quotes or markup (a framework's JSON payload has all of them).
const BARE_URL = /^[^\s"'<>]+$/;

/** A loader source, or undefined; `computed` when the string ends with "site_id=" and the id is added at run time. */
function loaderSource(src: string, open: boolean): { src: string; computed: boolean } | undefined {
  const computed = open || /[?&]site_id=$/.test(src);
  if (!isLoaderUrl(computed ? `${src}0` : src)) return undefined;
  return computed ? { src: `${src}…`, computed } : { src, computed };
}

/**
 * Loader URLs a script loads: set as a script element's src, or written as a `<script src>` tag
 * through document.write, innerHTML or jQuery. A URL that is only data (a framework's payload or
 * config object mentioning it) loads nothing and is not one.
 */
export function inlineLoaders(program: Program, element: PageElement, bindings: Bindings, source: (node: Node) => string): InlineLoader[] {
  const found: InlineLoader[] = [];
  const parents: Parents = new Map();
  const literals: Array<Node & { value: string }> = [];
  for (const { node, parent } of walk(program)) {
    if (parent) parents.set(node, parent);
    if (node.type === 'Literal' && typeof (node as Node & { value: unknown }).value === 'string') {
      if (/loader\.js/i.test((node as Node & { value: string }).value)) literals.push(node as Node & { value: string });
    }
  }
  if (literals.length === 0) return found;
  const addsScripts = createsScript(program);
  const done = new Set<Node>();
  for (const literal of literals) {
    const whole = concatenation(literal, parents);
    if (done.has(whole)) continue;
    done.add(whole);
    const value = staticValue(whole as Expression, { source, bindings });
    const text = typeof value === 'string' ? value : literal.value;
    const open = typeof value !== 'string';
    const use = howUsed(whole, program, parents);
    const sources: Array<{ src: string; computed: boolean } | undefined> = [];
    if (BARE_URL.test(text.trim()) && (use === 'src' || addsScripts)) sources.push(loaderSource(text.trim(), open));
    else if (use === 'html') sources.push(...scriptSources(text).map((tag) => loaderSource(tag.src, tag.open)));
    const position = pagePosition(element.textPosition, literal.loc!.start.line, literal.loc!.start.column);
    for (const loader of sources) if (loader) found.push({ ...loader, position });
  }
  return found;
}
