import type { Node } from 'acorn';

type Member = Node & { property: Node & { name?: string; value?: unknown }; computed: boolean };

/** The property a member expression names (`a.b`, `a['b']`), or undefined when it is computed. */
export function propertyName(node: Node): string | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const member = node as Member;
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return undefined;
}

/** The name a call calls: `write` for `document.write(…)`, `$` for `$(…)`. */
export function calleeName(callee: Node): string | undefined {
  return callee.type === 'Identifier' ? (callee as Node & { name: string }).name : propertyName(callee);
}
