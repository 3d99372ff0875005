import { describe, expect, it } from 'vitest';

import { checkHtml } from '../src/index';

const ASYNC_LOADER = '<script async src="https://api.flocktory.com/v2/loader.js?site_id=1"></script>';
const ORDER = "{user: {email: 'a@example.com'}, order: {id: '1', price: 10, items: [{id: 's'}]}}";
const PUSH = `window.flocktory.push(['postcheckout', ${ORDER}]);`;
const SETUP = 'window.flocktory = window.flocktory || [];';
const problems = (head: string, body: string) =>
  checkHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { pageType: 'thank-you' })
    .findings.filter((item) => item.severity !== 'info')
    .map((item) => `${item.severity} ${item.code}`);

describe('a push needs a queue', () => {
  it('a push with no queue set up, the loader async: an error (the push throws, the order is lost)', () => {
    expect(problems(ASYNC_LOADER, `<script>${PUSH}</script>`)).toEqual(['error push_no_queue']);
  });

  it.each([
    ['in the same script', `<script>${SETUP} ${PUSH}</script>`],
    ['in an earlier script', `<script>${SETUP}</script><script>${PUSH}</script>`],
    ['in the push itself', `<script>(window.flocktory = window.flocktory || []).push(['postcheckout', ${ORDER}]);</script>`],
    ['by a bare var', `<script>var flocktory = flocktory || []; flocktory.push(['postcheckout', ${ORDER}]);</script>`],
  ])('the queue set up %s: no finding', (_name, body) => {
    expect(problems(ASYNC_LOADER, body)).toEqual([]);
  });

  it('a loader without async before the push has set window.flocktory itself', () => {
    const loader = '<script src="https://api.flocktory.com/v2/loader.js?site_id=1"></script>';
    expect(problems(loader, `<script>${PUSH}</script>`)).toEqual(['warning loader_not_async']);
  });

  it('an external script without async before the push may set the queue up: a warning, not an error', () => {
    const bundle = '<script src="/assets/app.js"></script>';
    expect(problems(`${ASYNC_LOADER}${bundle}`, `<script>${PUSH}</script>`)).toEqual(['warning push_queue_unverified']);
    // A bundle that runs later (async, defer, a module) or comes after the push cannot have.
    for (const later of ['async', 'defer', 'type="module"'])
      expect(problems(`${ASYNC_LOADER}<script ${later} src="/assets/app.js"></script>`, `<script>${PUSH}</script>`)).toEqual([
        'error push_no_queue',
      ]);
    expect(problems(ASYNC_LOADER, `<script>${PUSH}</script>${bundle}`)).toEqual(['error push_no_queue']);
  });

  it('a push in a click handler runs later, when the loader has set the queue', () => {
    const handler = `<script>document.addEventListener('click', function () { window.flocktory.push(['addToCart', {item: {id: 'a', price: 1, count: 1}}]); });</script>`;
    expect(problems(ASYNC_LOADER, `<script>${SETUP} ${PUSH}</script>${handler}`)).toEqual([]);
    // An immediately called function runs now.
    expect(problems(ASYNC_LOADER, `<script>(function () { ${PUSH} })();</script>`)).toEqual(['error push_no_queue']);
  });
});

describe('an element named "flocktory"', () => {
  it.each([['<div id="flocktory">Flocktory offers</div>'], ['<form name="flocktory"></form>']])(
    '%s before the docs’ snippet: an error (window.flocktory is the element and push throws)',
    (element) => {
      expect(problems(ASYNC_LOADER, `${element}<script>${SETUP} ${PUSH}</script>`)).toEqual(['error flocktory_clobbered']);
    },
  );

  it('a warning when only our scripts push (they replace the element), nothing for other names', () => {
    expect(problems(ASYNC_LOADER, '<div id="flocktory"></div>')).toEqual(['error postcheckout_missing', 'warning flocktory_clobbered']);
    expect(problems(ASYNC_LOADER, `<div name="flocktory" id="flocktory-banner"></div><script>${SETUP} ${PUSH}</script>`)).toEqual([]);
  });
});
