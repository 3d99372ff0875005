// React Server Components render of the BUILT package, as React's own Node setup does it: run with
// `node --conditions=react-server`; node-register turns every 'use client' file that is required
// into a client reference. Prints the Flight payload. Props come as JSON in argv[2]; argv[3] names the
// component (default FlocktoryPostcheckout).
'use strict';
require('react-server-dom-webpack/node-register')();
const { createElement } = require('react');
const { renderToPipeableStream } = require('react-server-dom-webpack/server');
const components = require('../../dist/index.cjs');

// Every client reference `<file url>#<export>` is its own "chunk-less" module, named by its url.
const clientManifest = new Proxy(
  {},
  {
    get(_target, key) {
      const [id, name] = String(key).split('#');
      return { id, chunks: [], name };
    },
  },
);

const props = JSON.parse(process.argv[2]);
const component = components[process.argv[3] || 'FlocktoryPostcheckout'];
renderToPipeableStream(createElement(component, props), clientManifest, {
  onError(error) {
    console.error(error);
    process.exitCode = 1;
  },
}).pipe(process.stdout);
