import {
  FlocktoryCategoryView as VueCategoryView,
  FlocktoryExchange as VueExchange,
  FlocktoryItemView as VueItemView,
  FlocktoryUpdateCart as VueUpdateCart,
  FlocktoryUser as VueUser,
} from '@flocktory-ssr/vue';

import { withModuleOptions } from './with-module-options';

// Auto-imported by the module (one export each); `@flocktory-ssr/vue` documents the props.
export const FlocktoryUser = withModuleOptions(VueUser, { script: false });
export const FlocktoryCategoryView = withModuleOptions(VueCategoryView, { script: false });
export const FlocktoryItemView = withModuleOptions(VueItemView, { script: false });
export const FlocktoryExchange = withModuleOptions(VueExchange, { script: false });
export const FlocktoryUpdateCart = withModuleOptions(VueUpdateCart, { script: true });
