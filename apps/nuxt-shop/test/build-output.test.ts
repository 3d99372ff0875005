/**
 * `nuxt build` takes @flocktory-ssr/vue's `browser` build for the client and the default one, with
 * the server render, for the server: the server render's code is in .output/server only. Told by
 * strings only that code holds: the inline script's nonce attribute written by hand (the
 * components' ssrRender) and the CR entity of core/markup's escaper (the markers' ssrRender).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const output = fileURLToPath(new URL('../.output/', import.meta.url));
const SERVER_RENDER_CODE = [' nonce="', '&#13;'];

/** Every JavaScript file under `dir`: its path there and its text. */
function javascript(dir: string): { file: string; code: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => ({ file, code: readFileSync(join(dir, file), 'utf8') }));
}

describe("the build's @flocktory-ssr/vue", () => {
  it('the client chunks hold no server render code', () => {
    const client = javascript(join(output, 'public/_nuxt'));
    // Our components are there (the markers' class).
    expect(client.some(({ code }) => code.includes('i-flocktory'))).toBe(true);
    for (const text of SERVER_RENDER_CODE) expect(client.filter(({ code }) => code.includes(text)).map(({ file }) => file)).toEqual([]);
  });

  it('the server output does', () => {
    const server = javascript(join(output, 'server'));
    for (const text of SERVER_RENDER_CODE) expect(server.some(({ code }) => code.includes(text))).toBe(true);
  });
});
