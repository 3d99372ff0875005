import { describe, expect, it } from 'vitest';

import { checkHtml } from '../src/index';

const LOADER = 'https://api.flocktory.com/v2/loader.js?site_id=1234';
const TAG = `<script async src="${LOADER}"></script>`;
const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const loaderFindings = (html: string) =>
  checkHtml(html)
    .findings.filter((item) => item.code.startsWith('loader_'))
    .map((item) => item.code);

describe('loaders added by inline scripts', () => {
  it.each([
    [
      'a Next.js App Router RSC payload',
      `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"2:[\\"$\\",\\"html\\",null,{\\"children\\":[\\"$\\",\\"script\\",null,{\\"async\\":true,\\"src\\":\\"${LOADER}\\"}]}]\\n"])</script>`,
    ],
    [
      "Nuxt's runtime config",
      `<script>window.__NUXT__={};window.__NUXT__.config={public:{flocktory:{siteId:"1234",loaderSrc:"https://api.flocktory.com/v2/loader.js"}}}</script>`,
    ],
    ['a URL in an object that nothing loads', `<script>var flocktoryConfig = { loader: '${LOADER.replace('1234', '999')}' };</script>`],
  ])('%s mentions the loader URL as data: only the page’s own loader counts', (_name, body) => {
    const report = checkHtml(page(TAG, body));
    expect(report.loaders.map((loader) => [loader.siteId, loader.via])).toEqual([['1234', 'script-element']]);
    expect(report.findings).toEqual([]);
  });

  it.each([
    ['document.write', `<script>document.write('<script type="text/javascript" src="${LOADER}" async="async"><\\/script>');</script>`],
    ["jQuery's append", `<script>$('head').append('<script async src="${LOADER}"></script' + '>');</script>`],
    [
      'innerHTML',
      `<script>var flocktoryBox = document.createElement('div'); flocktoryBox.innerHTML = '<script src=\\'${LOADER}\\'></scr' + 'ipt>';</script>`,
    ],
    [
      'setAttribute',
      `<script>var s = document.createElement('script'); s.setAttribute('src', '${LOADER}'); document.head.appendChild(s);</script>`,
    ],
    [
      'a src held in a name',
      `<script>var flocktorySrc = '${LOADER}'; var s = document.createElement('script'); s.src = flocktorySrc;</script>`,
    ],
  ])('reads the site id of a loader added through %s', (_name, head) => {
    const report = checkHtml(page(head));
    expect(report.loaders).toEqual([expect.objectContaining({ src: LOADER, siteId: '1234', via: 'inline-script' })]);
    expect(report.findings.filter((item) => item.severity !== 'info')).toEqual([]);
  });

  it('an HTML string whose site id is added at run time is not read as a wrong id', () => {
    const report = checkHtml(
      page(
        `<script>document.write('<script async src="https://api.flocktory.com/v2/loader.js?site_id=' + flocktoryId + '"><\\/script>');</script>`,
      ),
    );
    expect(report.loaders).toEqual([expect.objectContaining({ siteId: null, via: 'inline-script' })]);
    expect(
      loaderFindings(
        page(
          `<script>document.write('<script src="https://api.flocktory.com/v2/loader.js?site_id=' + flocktoryId + '"><\\/script>');</script>`,
        ),
      ),
    ).toEqual(['loader_in_script']);
  });

  it('still reports a wrong site id in a written tag', () => {
    expect(
      loaderFindings(
        page(`<script>document.write('<script async src="https://api.flocktory.com/v2/loader.js?site_id=12a4"><\\/script>');</script>`),
      ),
    ).toEqual(['loader_site_id_invalid', 'loader_in_script']);
  });
});
