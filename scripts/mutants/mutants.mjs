/**
 * The known mutants: bugs the suites must catch. Each has one or more variants, tried in order,
 * for the code as it is and as it may become (the exactly-once protocol moved from "a script in
 * the page counts as sent" to "the inline script records that it ran"); the first variant whose
 * every patch finds its target is applied. `present` recognizes source that already behaves like
 * the mutant (today's bug): then there is nothing to apply, and the runner says so.
 */
import { atFunctionStart, replaceAll, untyped } from './patch.mjs';

const CORE = 'packages/core/src';

export const MUTANTS = [
  {
    id: 'no-lt-escaping',
    title: 'no `<` escaping',
    variants: [
      {
        how: 'escapeJsonForScript returns the JSON with only U+2028/U+2029 escaped',
        patches: {
          [`${CORE}/serialize.ts`]: (source) =>
            atFunctionStart(
              source,
              'escapeJsonForScript',
              ([json]) => `return ${json}.replace(/\\u2028/g, '\\\\u2028').replace(/\\u2029/g, '\\\\u2029');`,
            ),
        },
      },
    ],
  },
  {
    id: 'only-slash-escaped',
    title: 'only `</` escaped',
    variants: [
      {
        how: 'escapeJsonForScript escapes `<` only where `/` follows',
        patches: {
          [`${CORE}/serialize.ts`]: (source) =>
            atFunctionStart(
              source,
              'escapeJsonForScript',
              ([json]) =>
                `return ${json}.replace(/\\u2028/g, '\\\\u2028').replace(/\\u2029/g, '\\\\u2029').replace(/<\\//g, '\\\\u003c/');`,
            ),
        },
      },
    ],
  },
  {
    id: 'nonce-dropped',
    title: 'nonce dropped',
    variants: [
      {
        how: 'checkNonce accepts a valid nonce but returns undefined, so no script gets one',
        patches: {
          [`${CORE}/options.ts`]: (source) =>
            atFunctionStart(
              source,
              'checkNonce',
              ([nonce]) => `if (typeof ${nonce} === 'string' && /^[\\w+/-]+={0,2}$/.test(${nonce})) return undefined;`,
            ),
        },
      },
    ],
  },
  {
    id: 'react-pushes-twice',
    title: 'React pushes twice',
    variants: [
      {
        how: "every push of React's client component goes to window.flocktory directly, then through the once-check",
        patches: {
          'packages/react/src/postcheckout-script.tsx': (source) => {
            const calls = replaceAll(source, /\bpushPostcheckoutOnce\(/g, 'pushTwice(');
            if (calls === null || !/\bpushTwice\(/.test(calls)) return null;
            const helper =
              "\nfunction pushTwice(data, ...rest) { const w = window; (w.flocktory = w.flocktory || []).push(['postcheckout', data]); return pushPostcheckoutOnce(data, ...rest); }\n";
            // After the imports, keeping 'use client' first.
            const lastImport = calls.lastIndexOf('\nimport ');
            const end = calls.indexOf(';', lastImport) + 1;
            return untyped(calls.slice(0, end) + helper + calls.slice(end));
          },
        },
      },
    ],
  },
  {
    id: 'vue-renders-on-navigation',
    title: 'Vue renders the script on client navigation',
    variants: [
      {
        how: 'useServerScript renders the full <script> on the client too (its `ssr` condition removed)',
        patches: {
          'packages/vue/src/server-script.ts': (source) => {
            const pattern = /if\s*\(([^()]*?)\s*&&\s*ssr\s*\)\s*return\s+h\(\s*'script'/;
            return pattern.test(source) ? untyped(source.replace(pattern, "if ($1) return h('script'")) : null;
          },
        },
      },
    ],
  },
  {
    id: 'hydrated-order-not-marked',
    title: 'hydrated order not marked',
    variants: [
      {
        how: 'markOrderSent and seedFromDocument do nothing: the client never learns that the server script ran',
        patches: {
          [`${CORE}/client.ts`]: (source) => {
            const marked = atFunctionStart(source, 'markOrderSent', () => 'return;');
            return marked && untyped(atFunctionStart(marked, 'seedFromDocument', () => 'return;'));
          },
        },
      },
      {
        how: "the client reads a fresh, empty sent list: the inline script's record is never seen",
        patches: {
          [`${CORE}/client.ts`]: (source) => untyped(atFunctionStart(source, 'sentList', () => 'return [];')),
        },
      },
    ],
  },
  {
    id: 'blocked-script-counted-as-sent',
    title: 'blocked script counted as sent',
    // "In the page" taken as "ran": the client seeds its sent orders from the script elements present.
    present: (read) => /function\s+seedFromDocument[\s\S]*querySelectorAll/.test(read(`${CORE}/client.ts`)),
    variants: [
      {
        how: 'pushPostcheckoutOnce treats an order whose script element is in the page as sent',
        patches: {
          [`${CORE}/client.ts`]: (source) =>
            untyped(
              atFunctionStart(
                source,
                'pushPostcheckoutOnce',
                ([data]) =>
                  `if (typeof document !== 'undefined' && Array.from(document.scripts).some((script) => (script.textContent || '').includes(JSON.stringify(${data}.order.id)))) return false;`,
              ),
            ),
        },
      },
    ],
  },
  {
    id: 'comma-read-as-thousands',
    title: 'decimal comma read as a thousands separator',
    variants: [
      {
        how: 'the price rule removes the comma of price strings ("2999,00" → 299900)',
        patches: {
          [`${CORE}/value-rules.ts`]: (source) =>
            untyped(
              atFunctionStart(source, 'price', ([value]) => `if (typeof ${value} === 'string') ${value} = ${value}.replace(',', '');`),
            ),
        },
      },
    ],
  },
  {
    id: 'sex-not-normalized',
    title: 'sex sent as given',
    variants: [
      {
        how: 'the sex rule returns an accepted sex as written ("F", "male") instead of "m" / "f"',
        patches: {
          [`${CORE}/value-rules.ts`]: (source) =>
            untyped(
              atFunctionStart(
                source,
                'sex',
                ([value]) => `if (typeof ${value} === 'string' && /^(m|f|male|female)$/i.test(${value}.trim())) return ${value}.trim();`,
              ),
            ),
        },
      },
    ],
  },
];
