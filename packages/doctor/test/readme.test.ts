import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CODES } from '../src/index';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe('README', () => {
  it('lists every finding code with its usual severity', () => {
    for (const [code, { severity }] of Object.entries(CODES)) expect(readme).toContain(`| \`${code}\` | ${severity} |`);
  });
});
