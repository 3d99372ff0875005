/** Everything we race: the floor, what users pick today, and ours. Each takes the shop's input. */
import { buildPostcheckout, postcheckoutCode } from '@flocktory-ssr/core';
import * as devalue from 'devalue';
import htmlescape from 'htmlescape';
import serializeJavascript from 'serialize-javascript';

// Next.js's htmlEscapeJsonString (packages/next/src/server/htmlescape.ts), as shops copy it.
const ESCAPE_LOOKUP = { '&': '\\u0026', '>': '\\u003e', '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };
const ESCAPE_REGEX = /[&><\u2028\u2029]/g;
function htmlEscapeJsonString(text) {
  return text.replace(ESCAPE_REGEX, (match) => ESCAPE_LOOKUP[match]);
}

/**
 * `prepare(input)` runs once, outside the timing; `run(prepared)` is timed.
 * Our serializer gets normalized data, as adapters call it; the full build gets the raw input.
 */
export const CONTENDERS = [
  { key: 'json', label: 'JSON.stringify (unsafe floor)', run: (input) => JSON.stringify(input) },
  { key: 'next', label: 'JSON.stringify + Next regex escape', run: (input) => htmlEscapeJsonString(JSON.stringify(input)) },
  { key: 'htmlescape', label: 'htmlescape', run: (input) => htmlescape(input) },
  { key: 'serialize-javascript', label: 'serialize-javascript (isJSON)', run: (input) => serializeJavascript(input, { isJSON: true }) },
  { key: 'devalue', label: 'devalue.uneval', run: (input) => devalue.uneval(input) },
  // The snippet's serializer: JSON.stringify + escaping + the docs' `window.flocktory.push(…)` around it.
  { key: 'ours-serialize', label: 'ours: postcheckoutCode (normalized data)', run: (data) => postcheckoutCode(data) },
  // Strict mode: throws on any issue, so a fixture problem cannot hide behind a silent null.
  // `.hash` is lazy and is not read: pages with a nonce never compute it.
  {
    key: 'ours-build',
    label: 'ours: buildPostcheckout (normalize+validate+serialize)',
    run: (input) => buildPostcheckout(input, { mode: 'strict' }),
  },
];

/** What `contender.run` takes: our serializer the normalized data, everything else the raw input. */
export const argFor = (contender, raw, data) => (contender.key === 'ours-serialize' ? data : raw);

export const PACKAGE_NAMES = ['mitata', 'htmlescape', 'serialize-javascript', 'devalue', 'esbuild'];
