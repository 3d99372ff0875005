import type { Node } from 'acorn';

import { finding, quote, type FindingDetails } from '../finding';
import type { PageDocument, PageElement } from '../html/parse-page';
import type { FoundPush } from '../js/find-pushes';
import { parseScript } from '../js/parse-script';
import { walk } from '../js/walk';
import type { Finding, SourcePosition } from '../types';

/**
 * `<!--` in script text: the HTML parser then treats `<script` as nesting, so a following
 * `</script>` no longer ends the element and the page's next HTML becomes code (or vice versa).
 */
export function checkCommentOpener(element: PageElement, at: FindingDetails): Finding[] {
  const opener = element.text.indexOf('<!--');
  if (opener === -1) return [];
  if (/<script[\s/>]/i.test(element.text.slice(opener))) {
    return [finding('script_escape_state', 'the script text has "<!--" and then "<script": the element runs on past its own end tag', at)];
  }
  return [finding('script_html_comment', 'the script text contains "<!--"', at)];
}

/**
 * Whether a `</script` inside a string closed the element early: the script does not parse, but
 * its source joined with what follows its end tag (up to a later `</script`) does.
 */
export function isCutShort(document: PageDocument, element: PageElement, module: boolean): boolean {
  if (element.textOffset < 0 || element.endTagOffset < 0) return false;
  const close = /<\/script/gi;
  close.lastIndex = element.endTagOffset + 1;
  for (let tries = 0; tries < 3; tries++) {
    const next = close.exec(document.html);
    if (!next) return false;
    if (parseScript(document.html.slice(element.textOffset, next.index), module).ok) return true;
  }
  return false;
}

/**
 * A string literal whose text has the other quote unescaped (`"O'Brien"`, `'Кеды "Air"'`): it is valid
 * only because the quotes were mirrored, and the first value with its own quote breaks the script.
 * Read from the source text, so an escaped quote (`'Кеды \"Air\"'`) is not one.
 */
function reliesOnMirroring(raw: string): boolean {
  const own = raw[0];
  if (own !== "'" && own !== '"') return false;
  const other = own === "'" ? '"' : "'";
  for (let index = 1; index < raw.length - 1; index++) {
    if (raw[index] === '\\') index++;
    else if (raw[index] === other) return true;
  }
  return false;
}

/**
 * A payload written as JSON (every key double-quoted): a JSON serializer escapes `"` and leaves `'`
 * as is, so `"O'Brien"` there was escaped, not mirrored.
 */
function isJsonStyle(payload: Node | undefined): boolean {
  if (payload?.type !== 'ObjectExpression') return false;
  let keys = 0;
  for (const { node } of walk(payload)) {
    if (node.type !== 'Property') continue;
    const key = (node as Node & { key: Node & { raw?: string } }).key;
    if (key.type !== 'Literal' || !key.raw?.startsWith('"')) return false;
    keys++;
  }
  return keys > 0;
}

/** Risky strings in a push's payload as written in the source. */
export function checkStrings(
  push: FoundPush,
  base: FindingDetails,
  positionOf: (node: FoundPush['strings'][number]) => SourcePosition | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const json = isJsonStyle(push.nodes.get(''));
  for (const literal of push.strings) {
    const raw = literal.raw ?? '';
    const at = { ...base, position: positionOf(literal) ?? base.position };
    if (raw.includes('<')) {
      findings.push(finding('push_unescaped_lt', `the string ${quote(literal.value)} has a raw "<"`, at));
    } else if (reliesOnMirroring(raw) && !(raw.startsWith('"') && json)) {
      const other = raw.startsWith("'") ? '"' : "'";
      findings.push(
        finding(
          'push_unescaped_quote',
          `the string ${quote(literal.value)} relies on mirrored quotes: its raw ${other} is left unescaped`,
          at,
        ),
      );
    }
  }
  return findings;
}
