import ts from 'typescript';

/** Whether an export reaches its declaration through an `export type` / `import type` anywhere on the way. */
function isTypeOnly(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  let current: ts.Symbol | undefined = symbol;
  const seen = new Set<ts.Symbol>();
  while (current && current.flags & ts.SymbolFlags.Alias && !seen.has(current)) {
    seen.add(current);
    if (current.declarations?.some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration))) return true;
    current = checker.getImmediateAliasedSymbol(current);
  }
  return false;
}

/**
 * The names a declaration file exports as values (classes, functions, constants, enums): what
 * `import { name }` may use at run time. Type-only exports (interfaces, aliases, `export type`)
 * are left out. Read with the compiler, so `export *` chains through other packages count too.
 * The file's extension (.d.ts in a "type": "module" package, .d.cts) tells ESM from CJS.
 */
export function declaredValueExports(declarationFile: string): string[] {
  const program = ts.createProgram([declarationFile], {
    module: ts.ModuleKind.NodeNext,
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
    if (isTypeOnly(checker, exported)) continue;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (target.flags & ts.SymbolFlags.Value) names.push(exported.name);
  }
  return names.sort();
}
