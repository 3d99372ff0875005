import { getCurrentInstance, inject, ssrContextKey } from 'vue';

/** True while `vue/server-renderer` renders this component (it provides the SSR context). */
export function isServerRendering(): boolean {
  return inject(ssrContextKey, null) != null;
}

/**
 * The `attribute` of the server-rendered `<script>` this component is hydrating onto, or null.
 * During hydration Vue sets the component vnode's `el` to the server node before `setup()` runs;
 * on a client-side mount it is still null. Only a connected element counts, never a stale one.
 */
export function serverScriptAttribute(attribute: string): string | null {
  const el = getCurrentInstance()?.vnode.el as Element | null | undefined;
  return el?.nodeName === 'SCRIPT' && el.isConnected ? el.getAttribute(attribute) : null;
}
