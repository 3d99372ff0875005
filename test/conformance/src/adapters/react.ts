/**
 * `<FlocktoryPostcheckout>` from @flocktory-ssr/react through React's server renderers. Users pass
 * the data as props (`user`, `order`, `spot`), so unknown keys at the top level never reach the
 * library: `takesRootKeys: false`.
 */
import { PassThrough } from 'node:stream';
import { createElement, type ReactElement } from 'react';
import { renderToPipeableStream, renderToReadableStream, renderToStaticMarkup, renderToString } from 'react-dom/server';
import { FlocktoryPostcheckout } from '@flocktory-ssr/react';
import type { PostcheckoutInput } from '@flocktory-ssr/core';

import type { Adapter, RenderOptions } from './types';

function element(input: PostcheckoutInput, options: RenderOptions): ReactElement {
  const { user, order, spot } = input as PostcheckoutInput & { spot?: string | null };
  return createElement(FlocktoryPostcheckout, { user, order, ...(spot === undefined ? {} : { spot }), mode: options.mode, nonce: options.nonce, onError: options.onError });
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

function reactAdapter(name: string, transport: Adapter['transport'], render: (tree: ReactElement) => string | Promise<string>): Adapter {
  return {
    name: `React ${name}`,
    kind: 'fragment',
    transport,
    // React escapes only & < > " ' in attributes: a CR in an order id is read back as LF.
    keepsCarriageReturn: false,
    takesRootKeys: false,
    render: (input, options) => render(element(input, options)),
  };
}

export const reactRenderToString = reactAdapter('renderToString', 'string', renderToString);
export const reactRenderToStaticMarkup = reactAdapter('renderToStaticMarkup', 'string', renderToStaticMarkup);
export const reactRenderToPipeableStream = reactAdapter('renderToPipeableStream', 'utf8', pipeable);
export const reactRenderToReadableStream = reactAdapter('renderToReadableStream', 'utf8', readable);
