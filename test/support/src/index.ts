export { elementsOf, type Element, type HtmlKind } from './elements';
export { loaderScripts, orderIdOf, postcheckoutScripts, scriptsOf, scriptsWith, toParsedScript, type ParsedScript } from './scripts';
export { parseSingleScript } from './single-script';
export { runPushes } from './run-pushes';
export { docsExample } from './docs-example';
