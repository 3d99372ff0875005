import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

import { elementsOf } from './elements';
import { toParsedScript, type ParsedScript } from './scripts';

/** Parses `html` as body content; it must be exactly one `<script>` element and nothing else. */
export function parseSingleScript(html: string): ParsedScript {
  const top = (parseFragment(html) as DefaultTreeAdapterMap['documentFragment']).childNodes;
  const all = elementsOf(html, 'fragment');
  if (top.length !== 1 || all.length !== 1 || all[0]?.tagName !== 'script') {
    throw new Error(`expected exactly one <script> element, got: ${JSON.stringify(all.map((element) => element.tagName))} in ${html}`);
  }
  return toParsedScript(all[0]);
}
