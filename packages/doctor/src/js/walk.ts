import type { Node } from 'acorn';

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Every node under `root` (itself included) with its parent, in source order. */
export function* walk(root: Node): Generator<{ node: Node; parent: Node | null }> {
  const stack: Array<{ node: Node; parent: Node | null }> = [{ node: root, parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    yield entry;
    const children: Node[] = [];
    for (const [key, value] of Object.entries(entry.node)) {
      if (key === 'loc') continue;
      if (Array.isArray(value)) for (const item of value) { if (isNode(item)) children.push(item); }
      else if (isNode(value)) children.push(value);
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, parent: entry.node });
  }
}
