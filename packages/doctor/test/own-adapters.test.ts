import { buildPostcheckout, escapeJsonForScript, type PostcheckoutInput } from '@flocktory-ssr/core';
import { cspHash } from '@flocktory-ssr/core/csp-hash';
import { renderLoader, renderPostcheckout } from '@flocktory-ssr/html';
import { FlocktoryLoader as ReactLoader, FlocktoryPostcheckout as ReactPostcheckout } from '@flocktory-ssr/react';
import { FlocktoryLoader as VueLoader, FlocktoryPostcheckout as VuePostcheckout } from '@flocktory-ssr/vue';
import { runPushes } from '@flocktory-ssr/test-support';
import { createElement } from 'react';
import { renderToString as reactToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSSRApp, h } from 'vue';
import { renderToString as vueToString } from 'vue/server-renderer';

import { checkHtml, type PageReport } from '../src/index';

const NONCE = 'cjRuZDBtTjBuY2U=';
const STRICT_CSP = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;

// Everything that breaks a hand-written snippet: quotes, </script>, <!--<script>, U+2028, a
// price string with spaces, a phone instead of an e-mail.
const HOSTILE: PostcheckoutInput = {
  user: { name: `O'Brien "Bob"`, phone: '+7 (999) 888-77-66' },
  order: {
    id: 'A-77',
    price: '2 999,00',
    items: [
      { id: 'sku-1', title: 'Кеды "Air" </script><script>alert(1)</script>', price: '1 000', count: '2' },
      { id: 2, title: 'Gift <!--<script> \u2028 next', image: 'https://cdn.example.com/2.png' },
    ],
  },
  spot: 'desktop',
};

const page = (head: string, body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

function expectClean(report: PageReport): void {
  expect(report.findings).toEqual([]);
  expect(report.loaders).toEqual([expect.objectContaining({ siteId: '1234', async: true, inHead: true })]);
  expect(report.pushes).toEqual([
    { command: 'postcheckout', payload: buildPostcheckout(HOSTILE)!.data, origin: 'ours', position: expect.anything() },
  ]);
}

describe('pages rendered by our own adapters give no findings', () => {
  it('@flocktory-ssr/html, nonce CSP header', () => {
    const html = page(renderLoader({ siteId: 1234, nonce: NONCE }), renderPostcheckout(HOSTILE, { nonce: NONCE }));
    expectClean(checkHtml(html, { csp: STRICT_CSP, pageType: 'thank-you', url: 'https://shop.example/thank-you' }));
  });

  it('@flocktory-ssr/html, hash CSP (the loader allowed by host)', () => {
    const code = buildPostcheckout(HOSTILE)!.code;
    const csp = `script-src ${cspHash(code)} https://api.flocktory.com`;
    const html = page(renderLoader({ siteId: 1234 }), renderPostcheckout(HOSTILE));
    expectClean(checkHtml(html, { csp, pageType: 'thank-you', url: 'https://shop.example/thank-you' }));
  });

  it('@flocktory-ssr/react, renderToString of a whole document', () => {
    const html = reactToString(
      createElement(
        'html',
        null,
        createElement('head', null, createElement(ReactLoader, { siteId: '1234', nonce: NONCE })),
        createElement('body', null, createElement(ReactPostcheckout, { ...HOSTILE, nonce: NONCE })),
      ),
    );
    expectClean(checkHtml(`<!DOCTYPE html>${html}`, { csp: STRICT_CSP, pageType: 'thank-you' }));
  });

  it('@flocktory-ssr/vue, server-rendered', async () => {
    const head = await vueToString(createSSRApp(() => h(VueLoader, { siteId: 1234, nonce: NONCE })));
    const body = await vueToString(createSSRApp(() => h(VuePostcheckout, { ...HOSTILE, nonce: NONCE })));
    expectClean(checkHtml(page(head, body), { csp: STRICT_CSP, pageType: 'thank-you' }));
  });

  it('reads exactly what our script pushes when it runs', () => {
    const html = page(renderLoader({ siteId: 1234 }), renderPostcheckout(HOSTILE));
    const script = /<script data-flocktory[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(checkHtml(html).pushes.map((push) => ['postcheckout', push.payload])).toEqual(runPushes(script));
  });
});

describe('our snippet in its self-guarding form: (function (data) {…})(DATA)', () => {
  // The shape core's code takes when it keeps a page-wide list of sent orders; read by parsing.
  const guarded = (json: string) =>
    '(function(d){try{var w=window,s=Symbol.for("flocktory-ssr.sent"),l=w[s]||(w[s]=[]);var f=w.flocktory;' +
    'if(!f||typeof f.push!=="function")f=w.flocktory=[];if(l.indexOf(d.order.id)<0){l.push(d.order.id);f.push(["postcheckout",d])}}catch(e){}})(' +
    json +
    ');';

  it('is recognised and compared with core, two orders on one page kept apart', () => {
    const first = buildPostcheckout(HOSTILE)!;
    const second = buildPostcheckout({ ...HOSTILE, order: { ...HOSTILE.order, id: 'B-2' } })!;
    const json = (data: unknown) => escapeJsonForScript(JSON.stringify(data));
    const scripts = [first, second].map((snippet) => `<script data-flocktory="postcheckout">${guarded(json(snippet.data))}</script>`);
    const report = checkHtml(page(renderLoader({ siteId: 1234 }), scripts.join('')), { pageType: 'thank-you' });
    expect(report.findings).toEqual([]);
    expect(report.pushes.map((push) => push.payload)).toEqual([first.data, second.data]);
    // And it is what the code pushes when run.
    expect(runPushes(guarded(json(first.data)))).toEqual([['postcheckout', first.data]]);
  });
});
