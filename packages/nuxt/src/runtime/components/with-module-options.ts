import type { FlocktoryMode } from '@flocktory-ssr/core';
import { defineComponent, h, type Component } from 'vue';

import { ownNonce } from '../nonce';
import { configuredMode } from '../options';

interface ModuleProps {
  mode?: FlocktoryMode;
  nonce?: string | null;
}

/**
 * `@flocktory-ssr/vue`'s `component` with the module's `mode` applied (a prop still wins) and, for
 * one that renders a script, nuxt-security's nonce. Same props; `inheritAttrs: false`, so nothing
 * of a parent's `v-bind` reaches the element.
 */
export function withModuleOptions<C extends Component>(component: C, options: { script: boolean }): C {
  const inner = component as C & { name: string; props: object };
  const wrapper = defineComponent({
    name: inner.name,
    inheritAttrs: false,
    props: inner.props as never,
    setup(untyped) {
      const props = untyped as ModuleProps;
      const mode = configuredMode();
      return () =>
        h(inner as Component, { ...props, mode: props.mode ?? mode, ...(options.script ? { nonce: ownNonce(props.nonce) } : {}) });
    },
  });
  // Typed as the component it wraps, so `nuxi typecheck` checks templates as vue-tsc does.
  return wrapper as unknown as C;
}
