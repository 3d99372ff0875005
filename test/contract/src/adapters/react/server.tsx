/** Server side of the React test pages: a streaming render (renderToPipeableStream), as shops run it. */
import { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';

import type { BodyPart, ServerModule } from '../../adapter';
import type { AppState } from '../../app-state';
import { App, lateGate } from './app';

function render(state: AppState, pageNonce: string): Promise<BodyPart[]> {
  let open: () => void = () => {};
  lateGate.open = !state.late;
  lateGate.promise = new Promise<void>((resolve) => (open = resolve));
  return new Promise((resolve, reject) => {
    let html = '';
    let shell = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        html += chunk.toString('utf8');
        callback();
      },
    });
    sink.on('finish', () => {
      if (!state.late) return resolve([{ html }, { bundle: true }]);
      resolve([{ html: shell }, { bundle: true }, { html: html.slice(shell.length) }]);
    });
    const stream = renderToPipeableStream(<App state={state} />, {
      // React's own inline scripts (streaming) carry the page's nonce.
      nonce: pageNonce,
      onShellReady() {
        stream.pipe(sink);
        if (!state.late) return;
        // The shell has been written; now let the late boundary render and stream.
        setImmediate(() => {
          shell = html;
          lateGate.open = true;
          open();
        });
      },
      onShellError: reject,
      onError: reject,
    });
  });
}

const server: ServerModule = { render };
export default server;
