// @vitest-environment node
import { Writable } from 'node:stream';
import { version, type ReactNode } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
// React 18's Node build has no web-streams renderer; the browser/edge build has it in both majors.
import { renderToReadableStream } from 'react-dom/server.browser';
import { buildPostcheckout } from '@flocktory-ssr/core';
import { runPushes, scriptsOf } from '@flocktory-ssr/test-support';
import { describe, expect, it, vi } from 'vitest';
import { FlocktoryLoader, FlocktoryPostcheckout } from '../src';
import { coreCode, expectedData, NONCE, orderInput } from './fixtures';

const scripts = (html: string) => scriptsOf(html, 'auto');

function pipeable(element: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += String(chunk);
        done();
      },
    });
    sink.on('finish', () => resolve(html));
    const stream = renderToPipeableStream(element, {
      onAllReady: () => stream.pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

async function readable(element: ReactNode): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

const page = (body: ReactNode) => (
  <html>
    <head>
      <title>Thanks</title>
    </head>
    <body>{body}</body>
  </html>
);

const renderers: Record<string, (element: ReactNode) => Promise<string>> = {
  renderToString: async (element) => renderToString(element),
  renderToPipeableStream: pipeable,
  renderToReadableStream: readable,
};

describe.each(Object.entries(renderers))('%s', (_name, render) => {
  it('emits the core snippet byte for byte, with the constant marker attribute and nonce', async () => {
    const html = await render(page(<FlocktoryPostcheckout {...orderInput()} nonce={NONCE} mode="strict" />));
    const found = scripts(html).filter((script) => script.names.includes('data-flocktory'));
    expect(found).toHaveLength(1);
    const script = found[0]!;
    expect(script.text).toBe(coreCode(orderInput()));
    expect(script.text).toBe(buildPostcheckout(orderInput(), { mode: 'strict', nonce: NONCE })!.code);
    expect(script.attributes).toEqual({ 'data-flocktory': 'postcheckout', nonce: NONCE });
    expect(runPushes(script.text)).toEqual([['postcheckout', expectedData()]]);
    // The hostile title stays inside the script: no stray element was parsed out of it.
    expect(scripts(html)).toHaveLength(1);
  });

  it('omits the nonce attribute when none is given', async () => {
    const html = await render(page(<FlocktoryPostcheckout {...orderInput(5)} mode="strict" />));
    const script = scripts(html)[0]!;
    expect([...script.names].sort()).toEqual(['data-flocktory']);
    expect(runPushes(script.text)).toEqual([['postcheckout', expectedData(5)]]);
  });

  it('renders the loader once, async, with site_id and nonce', async () => {
    const html = await render(
      page(
        <>
          <FlocktoryLoader siteId="1234" nonce={NONCE} />
          <FlocktoryLoader siteId="1234" nonce={NONCE} />
        </>,
      ),
    );
    const loaders = scripts(html).filter((script) => script.names.includes('src'));
    // React 19 dedupes async scripts by src; React 18 renders each one in place.
    expect(loaders.length).toBe(Number.parseInt(version, 10) >= 19 ? 1 : 2);
    expect(loaders[0]!.attributes.src).toBe('https://api.flocktory.com/v2/loader.js?site_id=1234');
    expect(loaders[0]!.attributes.async).toBe('');
    expect(loaders[0]!.attributes.nonce).toBe(NONCE);
  });

  it('unknown props spread onto the components (v-bind/spread of a whole object) never reach an element', async () => {
    const extra = {
      dangerouslySetInnerHTML: { __html: 'injected()' },
      children: 'injected()',
      src: 'https://evil.example/x.js',
      onError: undefined,
      onerror: 'injected()',
      onLoad: () => {},
      type: 'module',
      className: 'x',
      class: 'y',
      id: 'flocktory',
      style: { color: 'red' },
      async: true,
      integrity: 'sha256-x',
      'data-flocktory': 'other',
      'data-x': '1',
    } as Record<string, unknown>;
    const html = await render(
      page(
        <>
          {/* `src` is one of the loader's own options. */}
          <FlocktoryLoader {...(extra as object)} src={undefined} siteId="1234" nonce={NONCE} />
          <FlocktoryPostcheckout {...(extra as object)} {...orderInput()} nonce={NONCE} mode="strict" />
        </>,
      ),
    );
    const found = scripts(html);
    expect(found.map((script) => script.attributes)).toEqual([
      { async: '', src: 'https://api.flocktory.com/v2/loader.js?site_id=1234', nonce: NONCE },
      { 'data-flocktory': 'postcheckout', nonce: NONCE },
    ]);
    expect(found[1]!.text).toBe(coreCode(orderInput()));
    expect(html).not.toContain('injected');
    expect(html).not.toContain('evil.example');
  });

  it('safe mode renders nothing for bad data and reports it', async () => {
    const onError = vi.fn();
    const input = orderInput();
    const html = await render(
      page(<FlocktoryPostcheckout user={input.user} order={{ ...input.order, price: 'free' }} mode="safe" onError={onError} />),
    );
    expect(scripts(html)).toEqual([]);
    expect(onError).toHaveBeenCalledOnce();
  });

  it('safe mode renders nothing for a bad nonce (never an unsafe attribute)', async () => {
    const onError = vi.fn();
    const html = await render(page(<FlocktoryPostcheckout {...orderInput()} nonce={'"><x'} mode="safe" onError={onError} />));
    expect(html).not.toContain('"><x');
    expect(scripts(html)).toEqual([]);
  });
});
