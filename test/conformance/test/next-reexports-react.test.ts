/**
 * `@flocktory-ssr/next` renders with React's components, not copies of them: the conformance
 * suites run React's, so they cover Next.js users too. If Next's package ever gets components of
 * its own, this fails, and they must join the adapter list.
 */
import { expect, it } from 'vitest';
import * as next from '@flocktory-ssr/next';
import * as react from '@flocktory-ssr/react';

const SHARED = [
  'FlocktoryPostcheckout',
  'FlocktoryLoader',
  'FlocktoryUser',
  'FlocktoryCategoryView',
  'FlocktoryItemView',
  'FlocktoryExchange',
  'FlocktoryUpdateCart',
  'FlocktoryPageView',
  'useFlocktoryCart',
] as const;

it.each(SHARED)("exports React's %s itself", (name) => {
  expect(react[name]).toBeTypeOf('function');
  expect(next[name]).toBe(react[name]);
});
