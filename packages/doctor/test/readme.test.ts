import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { CODES } from '../src/index';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');

describe('README', () => {
  it('lists every finding code with its usual severity and fix, as CODES has them', () => {
    // The README's table is CODES written out: `<` and `>` as entities, so the Markdown stays text.
    const cell = (text: string) => text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|');
    for (const [code, { severity, fix }] of Object.entries(CODES))
      expect(readme).toContain(`| \`${code}\` | ${severity} | ${cell(fix)} |\n`);
    // And no row for a code CODES does not have.
    const rows = [...readme.matchAll(/^\| `([a-z_]+)` \| (?:error|warning|info) \|/gm)].map((row) => row[1]);
    expect(rows.sort()).toEqual(Object.keys(CODES).sort());
  });
});
