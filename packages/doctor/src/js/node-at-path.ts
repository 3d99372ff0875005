import type { Node } from 'acorn';

/** The node a path's value was read from, or that of its closest parent (a missing field: its object). */
export function nearestNode(nodes: ReadonlyMap<string, Node>, path: string): Node | undefined {
  for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
    const node = nodes.get(current);
    if (node) return node;
  }
  return undefined;
}

const parentPath = (path: string): string | undefined => {
  if (path === '') return undefined;
  return path.replace(/(?:\.[A-Za-z_$][\w$]*|\[[^\]]*\])$|^[A-Za-z_$][\w$]*$/, '');
};
