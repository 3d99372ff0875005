import type { CallExpression, Expression, Node, Program } from 'acorn';

import { lastBinding, type Bindings } from './bindings';
import { propertyName } from './member-name';
import { Dynamic, staticValue, type StaticContext } from './static-value';
import { walk } from './walk';

export interface FoundPush {
  /** The command (`postcheckout`), or undefined when the entry is not `[command, payload]`. */
  command: string | undefined;
  /** The payload as far as the code says (see staticValue). */
  payload: unknown;
  /** The pushed entry's code, for messages. */
  source: string;
  /** Where the pushed entry starts in the script (acorn: 1-based line, 0-based column). */
  loc: { line: number; column: number };
  /** The pushed entry's offset in the script. */
  offset: number;
  /** `window._flocktory`, an undocumented old queue. */
  legacy: boolean;
  strings: NonNullable<StaticContext['strings']>;
  /** The node each payload path was read from. */
  nodes: NonNullable<StaticContext['nodes']>;
}

type Member = Node & { object: Node };

/**
 * Whether an expression is (or holds) Flocktory's queue: `flocktory`, `window.flocktory`,
 * `w['flocktory']`, or a name assigned one of those (`var f = w.flocktory = w.flocktory || []`).
 */
function queueName(node: Node, bindings: Bindings, seen: Set<string>): string | undefined {
  switch (node.type) {
    case 'Identifier': {
      const name = (node as Node & { name: string }).name;
      if (name === 'flocktory' || name === '_flocktory') return name;
      if (seen.has(name)) return undefined;
      seen.add(name);
      for (const value of bindings.get(name) ?? []) {
        const found = queueName(value, bindings, seen);
        if (found) return found;
      }
      return undefined;
    }
    case 'MemberExpression': {
      const name = propertyName(node);
      return name === 'flocktory' || name === '_flocktory' ? name : undefined;
    }
    case 'AssignmentExpression':
    case 'LogicalExpression': {
      const pair = node as Node & { left: Node; right: Node };
      return queueName(pair.left, bindings, seen) ?? queueName(pair.right, bindings, seen);
    }
    case 'ConditionalExpression': {
      const conditional = node as Node & { consequent: Node; alternate: Node };
      return queueName(conditional.consequent, bindings, seen) ?? queueName(conditional.alternate, bindings, seen);
    }
    case 'SequenceExpression': {
      const expressions = (node as Node & { expressions: Node[] }).expressions;
      return queueName(expressions[expressions.length - 1]!, bindings, seen);
    }
    default:
      return undefined;
  }
}

function readEntry(
  argument: Expression,
  source: StaticContext['source'],
  bindings: Bindings,
): Omit<FoundPush, 'legacy' | 'loc' | 'offset' | 'source'> {
  const strings: FoundPush['strings'] = [];
  const nodes: FoundPush['nodes'] = new Map();
  const context: StaticContext = { source, bindings, strings, nodes };
  // `push(entry)` where entry is a name: read the array it holds.
  let node: Expression = argument;
  for (let depth = 0; node.type === 'Identifier' && depth < 5; depth++) {
    const bound = lastBinding(bindings, node.name);
    if (!bound) break;
    node = bound;
  }
  if (node.type !== 'ArrayExpression') return { command: undefined, payload: staticValue(argument, context), strings, nodes };
  const [first, second] = node.elements;
  const command = first && first.type !== 'SpreadElement' ? staticValue(first, { source, bindings }) : undefined;
  const payload = second && second.type !== 'SpreadElement' ? staticValue(second, context) : undefined;
  return { command: typeof command === 'string' ? command : undefined, payload, strings, nodes };
}

/** Every `….push(…)` on Flocktory's queue in a program; each pushed entry separately. */
export function findPushes(program: Program, source: StaticContext['source'], bindings: Bindings): FoundPush[] {
  const found: FoundPush[] = [];
  for (const { node } of walk(program)) {
    if (node.type !== 'CallExpression') continue;
    const call = node as CallExpression;
    if (call.callee.type !== 'MemberExpression' || propertyName(call.callee) !== 'push') continue;
    const queue = queueName((call.callee as unknown as Member).object, bindings, new Set());
    if (!queue) continue;
    for (const argument of call.arguments) {
      if (argument.type === 'SpreadElement') continue;
      const entry = readEntry(argument, source, bindings);
      found.push({
        ...entry,
        source: source(argument),
        loc: argument.loc!.start,
        offset: argument.start,
        legacy: queue === '_flocktory',
      });
    }
  }
  return found;
}

export { Dynamic };
