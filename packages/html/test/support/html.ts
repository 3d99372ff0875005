import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ParsedScript {
  /** Attribute names in source order, to catch injected extras. */
  names: string[];
  attributes: Record<string, string>;
  text: string;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

function toScript(element: Element): ParsedScript {
  const text = element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
  return {
    names: element.attrs.map((attribute) => attribute.name),
    attributes: Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value])),
    text,
  };
}

/** Every element the browser's parser would build from a full document. */
export function parseDocument(html: string): { scripts: ParsedScript[]; elements: Element[] } {
  const all = [...elements(parse(html) as Node)];
  return { scripts: all.filter((element) => element.tagName === 'script').map(toScript), elements: all };
}

/** Parses `html` as body content; it must be exactly one `<script>` element and nothing else. */
export function parseSingleScript(html: string): ParsedScript {
  const fragment = parseFragment(html) as Node;
  const top = 'childNodes' in fragment ? fragment.childNodes : [];
  const all = [...elements(fragment)];
  if (top.length !== 1 || all.length !== 1 || all[0]?.tagName !== 'script') {
    throw new Error(`expected exactly one <script> element, got: ${JSON.stringify(all.map((element) => element.tagName))} in ${html}`);
  }
  return toScript(all[0]);
}
