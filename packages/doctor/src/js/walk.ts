import type { Node } from 'acorn';

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';

/** Every node under `root` (itself included) with its parent, in source order. */
export function* walk(root: Node): Generator<{ node: Node; parent: Node | null }> {
  const stack: Array<{ node: Node; parent: Node | null }> = [{ node: root, parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    yield entry;
    // Children pushed in reverse so they come out in source order; `for…in` allocates nothing.
    const node = entry.node as unknown as Record<string, unknown>;
    const from = stack.length;
    for (const key in node) {
      if (key === 'loc' || key === 'type') continue;
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) stack.push({ node: item, parent: entry.node });
      } else if (isNode(value)) stack.push({ node: value, parent: entry.node });
    }
    reverse(stack, from);
  }
}

function reverse<T>(list: T[], from: number): void {
  for (let low = from, high = list.length - 1; low < high; low++, high--) {
    const swap = list[low]!;
    list[low] = list[high]!;
    list[high] = swap;
  }
}
