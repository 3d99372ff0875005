/**
 * The README's Pages Router files (`pages/_document.tsx`, `pages/_app.tsx`, the thank-you page), compiled as a
 * Next.js app compiles them: strict TypeScript, with the `moduleResolution` that Next 14 and 15
 * write into a new app's tsconfig (`node`) and the one Next 16 writes (`bundler`).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { compile } from '../src/compile';
import { readmeFiles } from '../src/readme-files';

const readme = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const pages = {
  ...readmeFiles(readme('../../../README.md'), /^pages\//),
  ...readmeFiles(readme('../../../packages/next/README.md'), /^pages\//),
};

// What the README leaves to the shop: where purchases come from.
const shopCode = {
  'lib/orders.ts': `import type { PostcheckoutInput } from '@flocktory-ssr/next';
export async function findPurchase(id: string): Promise<PostcheckoutInput | undefined> {
  return id ? { user: { email: 'ann@example.com' }, order: { id, price: 1, items: [{ id: 'a' }] } } : undefined;
}
`,
};

// The compiler options of the tsconfig.json `create-next-app` writes.
const nextApp: ts.CompilerOptions = {
  lib: ['lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.esnext.d.ts'],
  jsx: ts.JsxEmit.Preserve,
  isolatedModules: true,
  resolveJsonModule: true,
  types: ['node'],
};

describe("the README's Pages Router files", () => {
  it('are there: the document, the app with the page view and a thank-you page', () => {
    expect(Object.keys(pages).sort()).toEqual(['pages/_app.tsx', 'pages/_document.tsx', 'pages/thank-you/[id].tsx']);
  });

  it.each([
    ['node (Next 14 and 15)', ts.ModuleResolutionKind.Node10],
    ['bundler (Next 16)', ts.ModuleResolutionKind.Bundler],
  ])('compile with strict TypeScript, moduleResolution %s', (_name, moduleResolution) => {
    const dir = fileURLToPath(new URL(`../.consumers/pages-router-${moduleResolution}`, import.meta.url));
    expect(compile(dir, { ...pages, ...shopCode }, { ...nextApp, module: ts.ModuleKind.ESNext, moduleResolution })).toEqual([]);
  });
});
