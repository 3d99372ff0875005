import type { Expression, Node, Property, SpreadElement } from 'acorn';

import { lastBinding, type Bindings } from './bindings';

/** A value the code computes at run time; `source` is its code. */
export class Dynamic {
  constructor(
    readonly source: string,
    /** `bare-word`: a name no inline script defines (often shop text written without quotes). */
    readonly kind: 'bare-word' | 'computed',
    readonly node: Node,
  ) {}
  toJSON(): { $dynamic: string } {
    return { $dynamic: this.source };
  }
}

export interface StaticContext {
  /** The source text of a node (which may come from another script of the page). */
  source(node: Node): string;
  bindings: Bindings;
  /** Receives every string literal read, for the injection checks. */
  strings?: Array<Node & { value: string; raw?: string }>;
  /** Receives the node each path's value was read from (`order.price` → its literal), for positions. */
  nodes?: Map<string, Node>;
}

// Names a page's scripts read without defining them; never shop text.
const GLOBALS = new Set([
  'window',
  'document',
  'location',
  'navigator',
  'self',
  'globalThis',
  'dataLayer',
  'JSON',
  'Math',
  'Number',
  'String',
  'Date',
  'Object',
  'Array',
]);

const MAX_DEPTH = 20;

function propertyKey(property: Property, context: StaticContext, depth: number): string | undefined {
  if (!property.computed && property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal') return String(property.key.value);
  if (property.computed) {
    const key = staticValue(property.key as Expression, context, depth + 1);
    return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
  }
  return undefined;
}

function objectValue(
  node: Extract<Expression, { type: 'ObjectExpression' }>,
  context: StaticContext,
  depth: number,
  path: string,
): unknown {
  const object: Record<string, unknown> = {};
  for (const property of node.properties as Array<Property | SpreadElement>) {
    if (property.type === 'SpreadElement' || property.kind !== 'init' || property.method) return dynamic(node, context, 'computed');
    const key = propertyKey(property, context, depth);
    if (key === undefined) return dynamic(node, context, 'computed');
    // Own data property even for "__proto__", as JSON.parse would make it.
    const value = staticValue(property.value as Expression, context, depth + 1, joinPath(path, key));
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

function dynamic(node: Node, context: StaticContext, kind: Dynamic['kind']): Dynamic {
  return new Dynamic(context.source(node), kind, node);
}

function identifierValue(node: Node & { name: string }, context: StaticContext, depth: number, path: string): unknown {
  if (node.name === 'undefined') return undefined;
  if (node.name === 'NaN') return NaN;
  if (node.name === 'Infinity') return Infinity;
  const bound = lastBinding(context.bindings, node.name);
  if (bound) return staticValue(bound, context, depth + 1, path);
  return dynamic(node, context, GLOBALS.has(node.name) ? 'computed' : 'bare-word');
}

function jsonParseValue(node: Extract<Expression, { type: 'CallExpression' }>, context: StaticContext, depth: number): unknown {
  const text = node.arguments.length === 1 ? staticValue(node.arguments[0] as Expression, context, depth + 1) : undefined;
  if (typeof text !== 'string') return dynamic(node, context, 'computed');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return dynamic(node, context, 'computed');
  }
}

const isJsonParse = (callee: Node): boolean => {
  const member = callee as Node & { object?: Node & { name?: string }; property?: Node & { name?: string }; computed?: boolean };
  return callee.type === 'MemberExpression' && !member.computed && member.object?.name === 'JSON' && member.property?.name === 'parse';
};

/**
 * The value an expression evaluates to, when the code alone says so: literals, objects, arrays,
 * `-1`, `!0`, `'a' + 'b'`, names assigned such values, `JSON.parse("…")`. Anything else is a
 * `Dynamic`. Nothing is ever executed.
 */
export function staticValue(node: Expression, context: StaticContext, depth = 0, path = ''): unknown {
  if (depth > MAX_DEPTH) return dynamic(node, context, 'computed');
  // A name's value overwrites the name: the literal is where the value is written.
  context.nodes?.set(path, node);
  switch (node.type) {
    case 'Literal':
      if (typeof node.value === 'string') context.strings?.push(node as Node & { value: string; raw?: string });
      return 'regex' in node && node.regex ? dynamic(node, context, 'computed') : node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis[0]!.value.cooked : dynamic(node, context, 'computed');
    case 'ObjectExpression':
      return objectValue(node, context, depth, path);
    case 'ArrayExpression':
      if (node.elements.some((element) => element?.type === 'SpreadElement')) return dynamic(node, context, 'computed');
      return node.elements.map((element, index) =>
        element ? staticValue(element as Expression, context, depth + 1, `${path}[${index}]`) : undefined,
      );
    case 'UnaryExpression': {
      const argument = staticValue(node.argument, context, depth + 1);
      if (argument instanceof Dynamic) return dynamic(node, context, 'computed');
      if (node.operator === '-') return -(argument as number);
      if (node.operator === '+') return +(argument as number);
      if (node.operator === '!') return !argument;
      if (node.operator === 'void') return undefined;
      return dynamic(node, context, 'computed');
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') return dynamic(node, context, 'computed');
      const left = staticValue(node.left as Expression, context, depth + 1);
      const right = staticValue(node.right, context, depth + 1);
      const plain = (value: unknown) => typeof value === 'string' || typeof value === 'number';
      return plain(left) && plain(right) ? (left as string) + (right as string) : dynamic(node, context, 'computed');
    }
    case 'Identifier':
      return identifierValue(node, context, depth, path);
    case 'CallExpression':
      return isJsonParse(node.callee) ? jsonParseValue(node, context, depth) : dynamic(node, context, 'computed');
    default:
      return dynamic(node, context, 'computed');
  }
}

/** Every Dynamic inside a static value, with its path (`order.items[0].price`). */
export function dynamicParts(value: unknown, path = ''): Array<{ path: string; value: Dynamic }> {
  if (value instanceof Dynamic) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => dynamicParts(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => dynamicParts(item, joinPath(path, key)));
  }
  return [];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Paths written as core writes them: `order.items[2].id`, `user["a b"]`. */
export function joinPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
