import { SCRIPT_ATTRIBUTE } from '@flocktory-ssr/core';
import { createCommentVNode, getCurrentInstance, h, inject, ssrContextKey, type VNode } from 'vue';

/** Whether the current component's `setup()` runs in `vue/server-renderer` (it provides its context). */
export function inServerRender(): boolean {
  return !!inject(ssrContextKey, null);
}

/** A script to render: its full attributes, and the key that tells one server element from another. */
export interface ServerScript {
  attrs: Record<string, unknown>;
  key: string;
}

/**
 * Render function for a `<script>` that only the server may create, marked `data-flocktory=mark`
 * (a constant: no shop text in attributes). `script()` gives what to render (null: nothing);
 * `keyOf(text)` reads the key back from a server element's text (the postcheckout code holds the
 * order id exactly, which no attribute could after the HTML round trip: CR, NUL, lone surrogates);
 * without it the key is ''.
 *
 * - SSR (`vue/server-renderer` provides its context): `<script ...attrs>`.
 * - Hydrating onto our server element with the same key: a bare `<script data-flocktory=mark>`
 *   vnode. Vue adopts the server's element, which already ran (or was blocked: the push happens
 *   from JavaScript then) and never runs again, and compares only the attributes a vnode has, so a
 *   nonce the browser hid causes no mismatch warning.
 * - Otherwise a comment: Vue runs a script element it creates on the client, on every mount.
 *   Once the server's element is gone it never comes back as a client-made one.
 */
export function useServerScript(
  mark: string,
  script: () => ServerScript | null | undefined,
  keyOf?: (text: string) => string | undefined,
): () => VNode {
  const ssr = inServerRender();
  // While hydrating, Vue sets the component vnode's `el` to the server node before `setup()`
  // runs; on a client-side mount it is still null. Only a connected element of ours counts.
  const el = getCurrentInstance()?.vnode.el as Element | null | undefined;
  let adopted =
    !ssr && el?.nodeName === 'SCRIPT' && el.isConnected && el.getAttribute(SCRIPT_ATTRIBUTE) === mark
      ? keyOf
        ? keyOf(el.textContent!)
        : ''
      : undefined;
  return () => {
    const current = script();
    if (current && ssr) return h('script', current.attrs);
    if (current && current.key === adopted) return h('script', { [SCRIPT_ATTRIBUTE]: mark });
    adopted = undefined;
    return createCommentVNode();
  };
}
