import type { FlocktoryMode } from '@flocktory-ssr/core';
import type { Component, ComponentOptions, SetupContext } from 'vue';

import { bodyScriptNonce } from '../nonce';
import { configuredMode } from '../options';

interface ModuleProps {
  mode?: FlocktoryMode;
  nonce?: string | null;
}

type SsrRender = (context: unknown, push: unknown, instance: unknown, attrs: unknown, props: ModuleProps, ...rest: unknown[]) => void;

/**
 * The props as `component`'s own code reads them: `mode` is the module's unless the prop is given,
 * and `nonce`, when `nonce` is passed, nuxt-security's for this request (else the prop). Every
 * other read goes to the props themselves, so it stays reactive on the client.
 */
function withOptions(props: ModuleProps, mode: FlocktoryMode | undefined, nonce: string | undefined | false): ModuleProps {
  return new Proxy(props, {
    get: (target, key) =>
      key === 'mode'
        ? (target.mode ?? mode)
        : key === 'nonce' && nonce !== false
          ? nonce || target.nonce
          : target[key as keyof ModuleProps],
  });
}

const noNonce = () => false as const;
// A script component's nonce; it renders its script into the body.
const scriptNonce = () => bodyScriptNonce(undefined) || undefined;

/**
 * `@flocktory-ssr/vue`'s `component` with the module's `mode` applied (a prop still wins) and, for
 * one that renders a script, nuxt-security's nonce. It is the same component (name, props,
 * `inheritAttrs: false`, so nothing of a parent's `v-bind` reaches the element) whose `setup` and
 * server render read the props through `withOptions`: one component instance per use, where a
 * wrapper rendering the Vue component would make two on every server render.
 */
export function withModuleOptions<C extends Component>(component: C, options: { script: boolean }): C {
  const inner = component as ComponentOptions;
  const setup = inner.setup!;
  const ssrRender = inner.ssrRender as SsrRender | undefined;
  // Called in `setup()` and the render, where Nuxt's composables find the app.
  const nonce = options.script ? scriptNonce : noNonce;
  const own: ComponentOptions = {
    ...inner,
    setup: (props: ModuleProps, context: SetupContext) => setup(withOptions(props, configuredMode(), nonce()), context),
  };
  if (ssrRender) {
    own.ssrRender = (context: unknown, push: unknown, instance: unknown, attrs: unknown, props: ModuleProps, ...rest: unknown[]) =>
      ssrRender(context, push, instance, attrs, withOptions(props, configuredMode(), nonce()), ...rest);
  }
  // Typed as the component it wraps, so `nuxi typecheck` checks templates as vue-tsc does.
  return own as unknown as C;
}
