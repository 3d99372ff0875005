import type { Expression, Node, Program } from 'acorn';

import type { PageElement } from '../html/parse-page';
import type { Bindings } from '../js/bindings';
import { pagePosition } from '../js/parse-script';
import { staticValue } from '../js/static-value';
import { walk } from '../js/walk';
import type { InlineLoader } from './loader';
import { isLoaderUrl } from './loader-url';

/** Loader URLs in string literals (or all-literal concatenations) of a script. */
export function inlineLoaders(program: Program, element: PageElement, bindings: Bindings, source: (node: Node) => string): InlineLoader[] {
  const found: InlineLoader[] = [];
  for (const { node, parent } of walk(program)) {
    if (node.type !== 'Literal' || typeof (node as Node & { value: unknown }).value !== 'string') continue;
    if (!/loader\.js/i.test((node as Node & { value: string }).value)) continue;
    // The whole concatenation when the site id is appended: '…loader.js?site_id=' + '1234'.
    const whole = parent?.type === 'BinaryExpression' ? parent : node;
    const value = staticValue(whole as Expression, { source, bindings });
    const computed = typeof value !== 'string';
    const src = computed ? (node as Node & { value: string }).value : value;
    // A site id appended at run time: the literal ends with "site_id=".
    if (!isLoaderUrl(computed ? `${src}0` : src)) continue;
    const position = pagePosition(element.textPosition, node.loc!.start.line, node.loc!.start.column);
    found.push({ src: computed ? `${src}…` : src, computed, position });
  }
  return found;
}
