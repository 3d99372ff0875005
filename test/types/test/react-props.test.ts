/**
 * How shops pass props to the React components, compiled as a Next.js app compiles TSX: a spread of
 * an order row that holds `ref` is refused (React's own: React fails the render before our code
 * runs), and an optional nonce, mode or onError (`… | undefined`) is accepted under exactOptionalPropertyTypes.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { compile } from '../src/compile';

const app = `import type { FlocktoryMode, FlocktoryValidationError, PostcheckoutInput } from '@flocktory-ssr/react';
import { FlocktoryItemView, FlocktoryLoader, FlocktoryPostcheckout, FlocktoryUpdateCart } from '@flocktory-ssr/react';
import { FlocktoryPostcheckout as NextPostcheckout } from '@flocktory-ssr/next';
import { FlocktoryPostcheckout as AppPostcheckout, FlocktoryLoader as AppLoader } from '@flocktory-ssr/next/app';

declare const purchase: PostcheckoutInput;
// An order row as a shop's database returns it: its own reference in \`ref\`.
declare const row: PostcheckoutInput & { ref: string; note: string };
declare const nonce: string | undefined;
// Optional values as a shop's own optional props hold them.
declare const mode: FlocktoryMode | undefined;
declare const onError: ((error: FlocktoryValidationError) => void) | undefined;

export const spread = <FlocktoryPostcheckout {...purchase} nonce={nonce} />;
// Other keys are ignored, never passed on to an element.
export const extraKeys = <FlocktoryPostcheckout {...{ ...purchase, note: 'x' }} />;
export const keyed = <FlocktoryPostcheckout key="ORD-77" {...purchase} />;
// @ts-expect-error ref is React's own: React refuses it before our code runs
export const withRef = <FlocktoryPostcheckout {...row} />;
// @ts-expect-error the same component re-exported by @flocktory-ssr/next
export const nextWithRef = <NextPostcheckout {...row} />;
// @ts-expect-error and @flocktory-ssr/next/app's
export const appWithRef = <AppPostcheckout {...row} />;
// @ts-expect-error a product row with a ref, spread into a marker
export const itemWithRef = <FlocktoryItemView {...{ id: 'a', ref: 'P-1' }} />;
// @ts-expect-error the cart script too
export const cartWithRef = <FlocktoryUpdateCart items={[]} {...{ ref: 'C-1' }} />;

export const loaders = [
  <FlocktoryLoader siteId="1234" nonce={nonce} key="r" />,
  <FlocktoryLoader siteId="1234" nonce={null} key="n" />,
  <AppLoader siteId="1234" nonce={nonce} key="a" />,
  <FlocktoryUpdateCart items={[]} nonce={nonce} key="u" />,
  <FlocktoryPostcheckout {...purchase} mode={mode} onError={onError} key="p" />,
  <FlocktoryItemView id="a" mode={mode} onError={onError} key="i" />,
];
`;

describe('React components props, as a TSX app passes them', () => {
  it.each([
    ['exactOptionalPropertyTypes', true],
    ['default', false],
  ])('%s: a spread with ref is refused; an optional nonce is accepted', (_name, exactOptionalPropertyTypes) => {
    const dir = fileURLToPath(new URL(`../.consumers/react-props-${exactOptionalPropertyTypes}`, import.meta.url));
    const options: ts.CompilerOptions = {
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      exactOptionalPropertyTypes,
    };
    expect(compile(dir, { 'app.tsx': app }, options)).toEqual([]);
  });
});
