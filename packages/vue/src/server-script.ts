import { createCommentVNode, getCurrentInstance, h, inject, ssrContextKey, type VNode } from 'vue';

/**
 * Render function for a `<script>` that only the server may create: `attrs()` gives its full
 * attributes (null: render nothing), `attribute` is the marker that tells our element apart and
 * its value a key (the order id, or '' for the loader).
 *
 * - SSR (`vue/server-renderer` provides its context): `<script ...attrs>`.
 * - Hydrating onto a server element with the same key: a bare `<script attribute=key>` vnode.
 *   Vue adopts the server's element, which already ran and never runs again, and compares only
 *   the attributes a vnode has, so a nonce the browser hid causes no mismatch warning.
 *   `onAdopt(key)` hears about it during `setup()`.
 * - Otherwise a comment: Vue runs a script element it creates on the client, on every mount.
 *   Once the server's element is gone it never comes back as a client-made one.
 */
export function useServerScript(
  attribute: string,
  attrs: () => Record<string, unknown> | null | undefined,
  onAdopt?: (key: string) => void,
): () => VNode {
  const ssr = !!inject(ssrContextKey, null);
  // While hydrating, Vue sets the component vnode's `el` to the server node before `setup()`
  // runs; on a client-side mount it is still null. Only a connected element counts.
  const el = getCurrentInstance()?.vnode.el as Element | null | undefined;
  let adopted = !ssr && el?.nodeName === 'SCRIPT' && el.isConnected ? el.getAttribute(attribute) : null;
  if (adopted !== null) onAdopt?.(adopted);
  return () => {
    const current = attrs();
    if (current && ssr) return h('script', current);
    if (current && current[attribute] === adopted) return h('script', { [attribute]: adopted });
    adopted = null;
    return createCommentVNode();
  };
}
