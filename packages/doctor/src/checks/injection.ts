import { finding, quote, type FindingDetails } from '../finding';
import type { PageDocument, PageElement } from '../html/parse-page';
import type { FoundPush } from '../js/find-pushes';
import { parseScript } from '../js/parse-script';
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

/** Risky strings in a push's payload as written in the source. */
export function checkStrings(
  push: FoundPush,
  base: FindingDetails,
  positionOf: (node: FoundPush['strings'][number]) => SourcePosition | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const literal of push.strings) {
    const raw = literal.raw ?? '';
    const at = { ...base, position: positionOf(literal) ?? base.position };
    if (raw.includes('<')) {
      findings.push(finding('push_unescaped_lt', `the string ${quote(literal.value)} has a raw "<"`, at));
    } else if (raw.startsWith("'") && raw.slice(1, -1).includes('"')) {
      // JSON never writes single-quoted strings: this one was made by hand, quotes mirrored.
      findings.push(finding('push_unescaped_quote', `the string ${quote(literal.value)} relies on mirrored quotes`, at));
    }
  }
  return findings;
}
