// The SSR half of an RSC framework: decodes the Flight payload on stdin (client references are
// loaded from their file urls) and renders it to HTML with react-dom/server. Prints the HTML.
'use strict';
const { fileURLToPath } = require('node:url');
const { createFromNodeStream } = require('react-server-dom-webpack/client');
const { renderToString } = require('react-dom/server');

globalThis.__webpack_chunk_load__ = () => Promise.resolve();
globalThis.__webpack_require__ = (id) => require(fileURLToPath(id));
const moduleMap = new Proxy({}, { get: (_target, id) => new Proxy({}, { get: (_inner, name) => ({ id, chunks: [], name }) }) });

(async () => {
  const tree = await createFromNodeStream(process.stdin, { moduleMap, moduleLoading: null, serverModuleMap: null });
  process.stdout.write(renderToString(tree));
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
