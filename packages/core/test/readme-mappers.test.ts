/** The mappers' documentation: one section, the same in both READMEs, naming exactly the exports. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as mappers from '../src/mappers/index';

function section(file: URL): string {
  const text = readFileSync(file, 'utf8');
  const match = /<!-- mappers:start[^>]*-->[\s\S]*<!-- mappers:end -->/.exec(text);
  if (!match) throw new Error(`${file.pathname}: no mappers section`);
  return match[0];
}

const root = section(new URL('../../../README.md', import.meta.url));
const pkg = section(new URL('../README.md', import.meta.url));

describe('README, "From your analytics data"', () => {
  it('is the same in the repository README and the package README', () => {
    expect(pkg).toBe(root);
  });

  it('documents every mapper, and only mappers that exist', () => {
    const named = new Set(root.match(/\bfrom[A-Z]\w+(?=\()/g));
    expect([...named].sort()).toEqual(Object.keys(mappers).sort());
  });
});
