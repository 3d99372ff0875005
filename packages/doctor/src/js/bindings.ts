import type { Expression, Node, Pattern } from 'acorn';

import { walk } from './walk';

/**
 * What each name may hold, by a flat reading of one or more scripts: `var x = …`, `x = …`, and the
 * parameters of an immediately called function (`(function (d) {…})(DATA)`). Scopes are not
 * modelled: snippets are small, and a name with several candidates is read from the one given last.
 */
export type Bindings = Map<string, Expression[]>;

function add(bindings: Bindings, target: Pattern | Node, value: Expression | null | undefined): void {
  if (!value || target.type !== 'Identifier') return;
  const name = (target as { name: string }).name;
  const list = bindings.get(name);
  if (list) list.push(value);
  else bindings.set(name, [value]);
}

export function collectBindings(root: Node, bindings: Bindings = new Map()): Bindings {
  for (const { node } of walk(root)) {
    if (node.type === 'VariableDeclarator') {
      const declarator = node as unknown as { id: Pattern; init: Expression | null };
      add(bindings, declarator.id, declarator.init);
    } else if (node.type === 'AssignmentExpression') {
      const assignment = node as unknown as { left: Pattern; right: Expression; operator: string };
      if (assignment.operator === '=' || assignment.operator === '||=' || assignment.operator === '??=')
        add(bindings, assignment.left, assignment.right);
    } else if (node.type === 'CallExpression') {
      const call = node as unknown as { callee: Node; arguments: Expression[] };
      const callee = call.callee as Node & { params?: Pattern[] };
      if ((callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression') && callee.params) {
        for (const [index, param] of callee.params.entries()) add(bindings, param, call.arguments[index]);
      }
    }
  }
  return bindings;
}

/** The last value assigned to `name`, or undefined when the scripts never assign it. */
export function lastBinding(bindings: Bindings, name: string): Expression | undefined {
  const list = bindings.get(name);
  return list?.[list.length - 1];
}
