/**
 * The README's Express lines compile under strict TypeScript: `process.env.X` is
 * `string | undefined`, and an unset variable is handled at run time (express-config.test.ts).
 */
import { expectTypeOf, test } from 'vitest';
import { flocktory, type FlocktoryExpressOptions } from '../src/express';

test('README: flocktory({ siteId: process.env.FLOCKTORY_SITE_ID })', () => {
  flocktory({ siteId: process.env.FLOCKTORY_SITE_ID });
  flocktory({ siteId: 1234, loaderSrc: process.env.FLOCKTORY_LOADER_SRC });
  expectTypeOf<FlocktoryExpressOptions['siteId']>().toEqualTypeOf<string | number | undefined | null>();
});

test('siteId is still required, and only text or a number', () => {
  // @ts-expect-error: the option itself must be given (an unset variable is the run-time check's job)
  flocktory({});
  // @ts-expect-error: not a site id
  flocktory({ siteId: { id: 1234 } });
});
