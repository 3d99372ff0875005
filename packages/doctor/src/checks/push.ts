import { isWithin } from '../diff';
import { finding, quote, type FindingDetails } from '../finding';
import { dynamicParts } from '../js/static-value';
import { CART_COMMANDS, validateCartCommand } from '../rules/cart-rules';
import type { Finding } from '../types';
import { checkPostcheckoutPayload } from './postcheckout';

// Seen only in third-party code, never in Flocktory's docs.
const UNDOCUMENTED = new Set(['addData', 'trackCategoryView', 'trackItemView', 'exchange', 'fireEvent']);

/** One pushed `[command, payload]`, statically read or observed in the browser. */
export function checkPush(command: string | undefined, payload: unknown, at: FindingDetails): Finding[] {
  if (command === undefined) return [finding('push_malformed', 'the pushed value is not [command, payload]', at)];
  const findings: Finding[] = [];
  for (const part of dynamicParts(payload)) {
    if (part.value.kind === 'bare-word') {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: \x00-\x7f is the ASCII range: anything outside it is shop text.
      const shopText = /^[A-ZА-ЯЁ]|[^\x00-\x7f]/.test(part.value.source);
      findings.push(
        finding(
          'push_bare_word',
          `${part.path || '(payload)'} is the bare word ${part.value.source}, which no inline script on the page defines`,
          {
            ...at,
            path: part.path,
            // A capitalised or non-Latin word is shop text; a code-like name may be a global set by a bundle.
            severity: shopText ? 'error' : 'warning',
          },
        ),
      );
    } else {
      findings.push(
        finding('push_dynamic_value', `${part.path || '(payload)'} is computed: ${quote(part.value.source)}`, { ...at, path: part.path }),
      );
    }
  }
  const dynamicPaths = dynamicParts(payload).map((part) => part.path);
  if (command === 'postcheckout') return [...findings, ...checkPostcheckoutPayload(payload, at)];
  if ((CART_COMMANDS as readonly string[]).includes(command)) {
    for (const issue of validateCartCommand(command as (typeof CART_COMMANDS)[number], payload)) {
      if (dynamicPaths.some((parent) => isWithin(issue.path, parent))) continue;
      findings.push(finding('cart_payload_invalid', `${command}: ${issue.message}`, { ...at, path: issue.path }));
    }
    return findings;
  }
  const why = UNDOCUMENTED.has(command) ? "seen only in third-party code, not in Flocktory's docs" : 'not a documented command';
  return [...findings, finding('push_unknown_command', `${quote(command)} is ${why}`, at)];
}
