import { docsExample } from '@flocktory-ssr/test-support';
import { describe, expect, it } from 'vitest';
import { cspHash } from '../src/csp-hash';
import { buildPostcheckout, postcheckoutCode } from '../src/index';
import { docsInput, docsPush } from './helpers/docs';
import { expectInertScript } from './helpers/html';
import { runPostcheckout } from './helpers/sandbox';

const documented = docsExample();

describe("the docs' example", () => {
  it('the fixture really is the documented object', () => {
    expect(docsPush('docs-example-en.html')).toEqual(documented);
    expect(docsPush('docs-example-ru-spot.html')).toEqual({ ...documented, spot: 'desktop' });
  });

  it('pushes exactly what the English docs push, in the same key order', () => {
    const snippet = buildPostcheckout(docsInput(), { mode: 'strict' })!;
    expectInertScript(snippet.code);
    const pushed = runPostcheckout(snippet.code);
    expect(pushed).toEqual(docsPush('docs-example-en.html'));
    expect(JSON.stringify(pushed)).toBe(JSON.stringify(docsPush('docs-example-en.html')));
    expect(snippet.data).toEqual(pushed);
    expect(snippet.issues).toEqual([]);
  });

  it("pushes exactly what the Russian docs push with spot: 'desktop'", () => {
    const snippet = buildPostcheckout({ ...docsInput(), spot: 'desktop' }, { mode: 'strict' })!;
    expectInertScript(snippet.code);
    const pushed = runPostcheckout(snippet.code);
    expect(JSON.stringify(pushed)).toBe(JSON.stringify(docsPush('docs-example-ru-spot.html')));
  });

  it('has the documented shape of code and a matching hash', async () => {
    const snippet = buildPostcheckout(docsInput(), { mode: 'strict' })!;
    // The docs' push, wrapped so that it runs once per order id per page and never throws.
    expect(snippet.code).toBe(
      '(function(d){try{var w=window,k=Symbol.for("flocktory-ssr.sent"),s=w[k]=w[k]||[],f=w.flocktory,i=d.order.id;' +
        'if(s.indexOf(i)==-1){if(!f||typeof f.push!="function")f=w.flocktory=[];f.push(["postcheckout",d]);s.push(i)}}catch(e){}})(' +
        JSON.stringify(documented) +
        ');',
    );
    expect(await snippet.hash).toBe(cspHash(snippet.code));
    expect(snippet.nonce).toBeUndefined();
    // Adapters that hold normalized data get the same bytes from postcheckoutCode.
    expect(postcheckoutCode(snippet.data)).toBe(snippet.code);
  });
});
