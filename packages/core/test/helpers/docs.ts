import { readFileSync } from 'node:fs';
import { docsExample, scriptsOf } from '@flocktory-ssr/test-support';
import type { PostcheckoutInput } from '../../src/index';
import { runPostcheckout } from './sandbox';

/** The script text of a docs snippet in test/fixtures. */
function docsScriptText(file: string): string {
  const html = readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8');
  const scripts = scriptsOf(html, 'document');
  if (scripts.length !== 1) throw new Error(`${file}: expected one script`);
  return scripts[0]!.text;
}

/** What the docs' own snippet pushes, key order included. */
export function docsPush(file: 'docs-example-en.html' | 'docs-example-ru-spot.html'): unknown {
  return runPostcheckout(docsScriptText(file));
}

/** The docs' example as a shop would pass it in. */
export function docsInput(): PostcheckoutInput {
  return docsExample();
}
