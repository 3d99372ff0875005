import type { FlocktoryMode, FlocktoryValidationError, MarkerAttributes } from '@flocktory-ssr/core';
import { computed, createCommentVNode, h, type PropType, type VNode } from 'vue';

/** Props of every marker component: how the core reports (no nonce: a marker is not a script). */
const markerOptionProps = {
  mode: String as PropType<FlocktoryMode>,
  onError: Function as PropType<(error: FlocktoryValidationError) => void>,
} as const;

/**
 * `props` and the marker options. A function, called `/* @__PURE__ *\/`, because bundlers keep a
 * top-level object spread (a getter could run), and with it every component of the package.
 */
export function withMarkerOptions<P extends object>(props: P): P & typeof markerOptionProps {
  return { ...props, ...markerOptionProps };
}

/**
 * The render function on the client: the marker `<div>` with exactly the core's attributes, in
 * its order (`class` first), or a comment when the core returns null. Hydration adopts the
 * server's element; new props patch its attributes.
 */
export function useMarkerRender(build: () => MarkerAttributes | null): () => VNode {
  const attributes = computed(build);
  return () => {
    const current = attributes.value;
    return current ? h('div', Object.fromEntries(current)) : createCommentVNode();
  };
}
