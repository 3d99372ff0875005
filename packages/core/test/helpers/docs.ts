import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { PostcheckoutInput } from '../../src/index';
import { runPostcheckout } from './sandbox';

/** The script text of a docs snippet in test/fixtures. */
function docsScriptText(file: string): string {
  const html = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
  const fragment = parse(html);
  const scripts: DefaultTreeAdapterTypes.Element[] = [];
  const visit = (node: DefaultTreeAdapterTypes.Node) => {
    if ('tagName' in node && node.tagName === 'script') scripts.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(fragment);
  if (scripts.length !== 1) throw new Error(`${file}: expected one script`);
  return scripts[0]!.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
}

/** What the docs' own snippet pushes, key order included. */
export function docsPush(file: 'docs-example-en.html' | 'docs-example-ru-spot.html'): unknown {
  return runPostcheckout(docsScriptText(file));
}

/** The docs' example as a shop would pass it in. */
export function docsInput(): PostcheckoutInput {
  return {
    user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com', sex: 'm' },
    order: {
      id: '77',
      price: 2000,
      custom_field: 'my_custom_id',
      items: [{ id: '777', title: 'Nike Shoes', price: 1000, image: 'http://path.to.image', count: 1 }],
    },
  };
}
