import type { Node, Program } from 'acorn';

import { propertyName } from './member-name';
import { walk } from './walk';

const QUEUES = new Set(['flocktory', '_flocktory']);

const queueTarget = (node: Node): string | undefined => {
  const name = node.type === 'Identifier' ? (node as Node & { name: string }).name : propertyName(node);
  return name !== undefined && QUEUES.has(name) ? name : undefined;
};

/** Where a script sets up a queue (`window.flocktory = …`, `var flocktory = …`): the name and offset. */
export function queueSetups(program: Program): Array<{ name: string; offset: number }> {
  const found: Array<{ name: string; offset: number }> = [];
  for (const { node } of walk(program)) {
    const target =
      node.type === 'AssignmentExpression'
        ? (node as Node & { left: Node }).left
        : node.type === 'VariableDeclarator' && (node as Node & { init: Node | null }).init
          ? (node as Node & { id: Node }).id
          : undefined;
    const name = target && queueTarget(target);
    if (name) found.push({ name, offset: node.start });
  }
  return found;
}

/** The source ranges of functions that run later (handlers, callbacks), not those called on the spot. */
export function laterRanges(program: Program): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const { node, parent } of walk(program)) {
    if (node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionDeclaration') continue;
    const calledNow = parent?.type === 'CallExpression' && (parent as Node & { callee: Node }).callee === node;
    if (!calledNow) ranges.push({ start: node.start, end: node.end });
  }
  return ranges;
}
