import type { Node } from 'acorn';

import { finding, quote, type FindingDetails } from '../finding';
import { describeElement } from '../html/describe-element';
import type { PageDocument, PageElement } from '../html/parse-page';
import { scriptKind } from '../html/script-type';
import { collectBindings, type Bindings } from '../js/bindings';
import { findPushes } from '../js/find-pushes';
import { pagePosition, parseScript, sourceReader } from '../js/parse-script';
import { nearestNode } from '../js/node-at-path';
import { dynamicParts } from '../js/static-value';
import type { Finding, PushInfo } from '../types';
import { checkCommentOpener, checkStrings, isCutShort } from './injection';
import type { InlineLoader } from './loader';
import { inlineLoaders } from './inline-loaders';
import { checkPush } from './push';
import { pushesWithoutQueue } from './queue-setup';

export interface ScriptsResult {
  pushes: PushInfo[];
  inlineLoaders: InlineLoader[];
  /** Flocktory's inline scripts (pushes, an added loader, ours, or unparsable): those whose CSP verdict matters. */
  scripts: PageElement[];
  findings: Finding[];
}

const isOurs = (element: PageElement) => 'data-flocktory' in element.attributes || 'data-flocktory-order' in element.attributes;

/** When the parser stopped right after a quote, a quote inside shop text most likely ended a string. */
function quoteHint(code: string, offset: number): string {
  return /['"]\s*$/.test(code.slice(Math.max(0, offset - 3), offset))
    ? ' (right after a quote: a quote inside a value, such as a product title, ended the string early)'
    : '';
}

/** The payload as JSON data: computed parts become `{ $dynamic: "code" }`. */
function plain(payload: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(payload) ?? 'null') as unknown;
  } catch {
    return null;
  }
}

interface Parsed {
  element: PageElement;
  program: import('acorn').Program;
  /** Names this script assigns: they win over the same names in other scripts. */
  local: Bindings;
}

const hasBareWord = (payload: unknown) => dynamicParts(payload).some((part) => part.value.kind === 'bare-word');

/** The names another inline script defines (a snippet may push `orderData` set there); its problems are not ours. */
function addBindingsOf(element: PageElement, codes: string[], sourceElements: PageElement[], bindings: Bindings): void {
  const kind = scriptKind(element.attributes.type);
  if (kind === null) return;
  const parse = parseScript(element.text, kind === 'module', String(codes.length));
  codes.push(element.text);
  sourceElements.push(element);
  if (!parse.ok) return;
  for (const [name, values] of collectBindings(parse.program)) bindings.set(name, [...(bindings.get(name) ?? []), ...values]);
}

/**
 * Every inline script that mentions Flocktory: parsed (never run), its pushes read and validated,
 * its text checked for what lets shop text break out.
 */
export function checkScripts(document: PageDocument): ScriptsResult {
  const result: ScriptsResult = { pushes: [], inlineLoaders: [], scripts: [], findings: [] };
  const parsed: Parsed[] = [];
  // Names defined by any inline script: a snippet may read a global an earlier script set.
  const bindings: Bindings = new Map();
  const codes: string[] = [];
  // The script of each entry of `codes`, so a node's `loc.source` leads to its place in the page.
  const sourceElements: PageElement[] = [];
  const source = sourceReader(codes);
  const nodePosition = (node: Node) => {
    const element = sourceElements[Number(node.loc?.source ?? -1)];
    return element && node.loc ? pagePosition(element.textPosition, node.loc.start.line, node.loc.start.column) : undefined;
  };
  const others: PageElement[] = [];
  for (const element of document.elements) {
    if (element.tagName !== 'script' || element.inTemplate || 'src' in element.attributes) continue;
    if (!/flocktory/i.test(element.text)) {
      others.push(element);
      continue;
    }
    const at: FindingDetails = { element: describeElement(element), position: element.position };
    const kind = scriptKind(element.attributes.type);
    if (kind === null) {
      // Templates and JSON data may mention Flocktory; only code that would push matters here.
      if (!/flocktory['"]?\]?\s*\.\s*push|loader\.js/i.test(element.text) || /json/i.test(element.attributes.type ?? '')) continue;
      result.findings.push(
        finding('script_not_javascript', `type=${quote(element.attributes.type)}: the browser never runs this Flocktory code`, at),
      );
      continue;
    }
    result.findings.push(...checkCommentOpener(element, at));
    const parse = parseScript(element.text, kind === 'module', String(codes.length));
    if (!parse.ok) {
      // It cannot be told whether it is Flocktory's: its CSP verdict is reported too.
      result.scripts.push(element);
      const position = pagePosition(element.textPosition, parse.line, parse.column);
      const where = position ? ` at line ${position.line}, column ${position.column}` : '';
      const cut = isCutShort(document, element, kind === 'module');
      result.findings.push(
        cut
          ? finding('script_cut_short', `the script ends mid-code${where} and its code goes on after </script>`, {
              ...at,
              position: position ?? at.position,
            })
          : finding('script_syntax_error', `not valid JavaScript${where}: ${parse.message}${quoteHint(element.text, parse.offset)}`, {
              ...at,
              position: position ?? at.position,
            }),
      );
      continue;
    }
    codes.push(element.text);
    sourceElements.push(element);
    const local = collectBindings(parse.program);
    for (const [name, values] of local) bindings.set(name, [...(bindings.get(name) ?? []), ...values]);
    parsed.push({ element, program: parse.program, local });
  }
  // Other scripts are parsed only when a payload reads a name the Flocktory scripts never set.
  const readPushes = () => parsed.map((script) => findPushes(script.program, source, new Map([...bindings, ...script.local])));
  let found = readPushes();
  if (others.length > 0 && found.some((pushes) => pushes.some((push) => hasBareWord(push.payload)))) {
    for (const element of others) addBindingsOf(element, codes, sourceElements, bindings);
    found = readPushes();
  }
  const noQueue = pushesWithoutQueue(
    document,
    parsed.map((script, index) => ({ ...script, pushes: found[index]! })),
  );
  parsed.forEach((script, index) => {
    const loaders = inlineLoaders(script.program, script.element, new Map([...bindings, ...script.local]), source);
    result.inlineLoaders.push(...loaders);
    // Only Flocktory's own scripts get a CSP verdict: a framework's data script may merely mention it.
    if (found[index]!.length > 0 || loaders.length > 0 || isOurs(script.element)) result.scripts.push(script.element);
    for (const push of found[index]!) {
      const position = pagePosition(script.element.textPosition, push.loc.line, push.loc.column);
      const at: FindingDetails = { element: describeElement(script.element), position: position ?? script.element.position };
      const info: PushInfo = {
        command: push.command ?? '(malformed)',
        payload: plain(push.payload),
        origin: isOurs(script.element) ? 'ours' : 'hand-written',
      };
      if (position) info.position = position;
      result.pushes.push(info);
      if (push.legacy) result.findings.push(finding('push_legacy_api', `window._flocktory.push(${quote(push.source)})`, at));
      if (info.origin === 'hand-written') {
        const queue = push.legacy ? 'window._flocktory' : 'window.flocktory';
        if (noQueue.missing.has(push))
          result.findings.push(
            finding('push_no_queue', `${queue} is pushed to before any script sets it up, and the loader is async: the push throws`, at),
          );
        else if (noQueue.unverified.has(push))
          result.findings.push(
            finding(
              'push_queue_unverified',
              `${queue} is pushed to before any inline script sets it up; only an external script before it could have`,
              at,
            ),
          );
      }
      const placed = (item: Finding): Finding => {
        const node = item.path === undefined ? undefined : nearestNode(push.nodes, item.path);
        const exact = node && nodePosition(node);
        return exact ? { ...item, position: exact } : item;
      };
      result.findings.push(...checkPush(push.command, push.payload, at).map(placed), ...checkStrings(push, at, nodePosition));
    }
  });
  return result;
}
