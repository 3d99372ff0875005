/**
 * `<FlocktoryPostcheckout>` from @flocktory-ssr/react through React's server renderers, with the
 * whole input spread onto its props as shops do (`{...purchase}`): `user`, `order` and `spot` are
 * props; every other top-level key is an unknown prop that must reach no element, and the library
 * never sees it (`takesRootKeys: false`).
 */
import { PassThrough } from 'node:stream';
import { createElement, type ReactElement } from 'react';
import { renderToPipeableStream, renderToReadableStream, renderToStaticMarkup, renderToString } from 'react-dom/server';
import { FlocktoryPostcheckout } from '@flocktory-ssr/react';
import type { PostcheckoutInput } from '@flocktory-ssr/core';

import type { Adapter, RenderOptions } from './types';

/** `<FlocktoryPostcheckout {...purchase} mode nonce onError />`: the whole input spread onto the props. */
function element(input: PostcheckoutInput, options: RenderOptions): ReactElement {
  return createElement(FlocktoryPostcheckout, { ...input, mode: options.mode, nonce: options.nonce, onError: options.onError });
}

function pipeable(tree: ReactElement): Promise<string> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const stream = renderToPipeableStream(tree, {
      onShellError: reject,
      onError(error) {
        failed = true;
        reject(error);
      },
      onAllReady() {
        if (failed) return;
        const sink = new PassThrough();
        let html = '';
        sink.setEncoding('utf8');
        sink.on('data', (chunk: string) => (html += chunk));
        sink.on('end', () => resolve(html));
        stream.pipe(sink);
      },
    });
  });
}

async function readable(tree: ReactElement): Promise<string> {
  let thrown: unknown;
  const stream = await renderToReadableStream(tree, { onError: (error) => void (thrown ??= error) });
  await stream.allReady;
  const html = await new Response(stream).text();
  if (thrown !== undefined) throw thrown;
  return html;
}

function reactAdapter(name: string, render: (tree: ReactElement) => string | Promise<string>): Adapter {
  return {
    name: `React ${name}`,
    kind: 'fragment',
    takesRootKeys: false,
    render: (input, options) => render(element(input, options)),
  };
}

export const reactRenderToString = reactAdapter('renderToString', renderToString);
export const reactRenderToStaticMarkup = reactAdapter('renderToStaticMarkup', renderToStaticMarkup);
export const reactRenderToPipeableStream = reactAdapter('renderToPipeableStream', pipeable);
export const reactRenderToReadableStream = reactAdapter('renderToReadableStream', readable);
