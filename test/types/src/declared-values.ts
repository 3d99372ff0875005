import ts from 'typescript';

/**
 * The names a declaration file exports as values (classes, functions, constants, enums): what
 * `import { name }` may use at run time. Type-only exports (interfaces, aliases, `export type`)
 * are left out. Read with the compiler, so `export *` chains through other packages count too.
 */
export function declaredValueExports(declarationFile: string, format: 'esm' | 'cjs'): string[] {
  const module = format === 'esm' ? ts.ModuleKind.NodeNext : ts.ModuleKind.NodeNext;
  const program = ts.createProgram([declarationFile], {
    module,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(declarationFile);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`${declarationFile}: not a module`);
  const names: string[] = [];
  for (const exported of checker.getExportsOfModule(symbol)) {
    if (checker.getTypeOnlyAliasDeclaration(exported)) continue;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (target.flags & ts.SymbolFlags.Value) names.push(exported.name);
  }
  return names.sort();
}
