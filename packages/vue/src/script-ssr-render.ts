import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';
import { escapeAttribute } from '@flocktory-ssr/core/markup';

/** What an inline script of ours carries: the core snippet's nonce and code. */
export interface InlineScript {
  readonly nonce: string | undefined;
  readonly code: string;
}

/**
 * A component's `ssrRender` for an inline script: `vue/server-renderer` calls it instead of the
 * render function, so a server render makes no vnode. It writes
 * `<script data-flocktory="KIND" nonce="…">CODE</script>`, the bytes Vue renders for
 * useServerScript's vnode (no `nonce` attribute without a nonce; the core lets only base64
 * characters through, which neither escaping changes), and for null the comment Vue renders in
 * place of nothing. It ignores what Vue passes on from the parent (`_attrs`, a scoped style's
 * id): only our attributes reach the script. When `build` throws (strict mode), the comment is
 * written before the error goes on to Vue's error handling, as a throwing render function leaves
 * one, so the client finds the same HTML.
 */
export function scriptSsrRender<P>(kind: string, build: (props: P) => InlineScript | null) {
  return (_context: unknown, push: (html: string) => void, _parent: unknown, _attrs: unknown, props: P): void => {
    let html = '<!---->';
    try {
      const script = build(props);
      if (script) {
        const nonce = script.nonce === undefined ? '' : ` nonce="${escapeAttribute(script.nonce)}"`;
        html = `<script ${SCRIPT_ATTRIBUTE}="${kind}"${nonce}>${script.code}</script>`;
      }
    } finally {
      push(html);
    }
  };
}
