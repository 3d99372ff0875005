import {
  buildCategoryView,
  buildExchange,
  buildItemView,
  buildUser,
  type CategoryViewInput,
  type ExchangeInput,
  type ItemViewInput,
  type UserInput,
} from '@flocktory-ssr/core';
import { defineComponent, type ExtractPropTypes, type PropType } from 'vue';

import { declareProps } from './declare-props';
import { useMarkerRender, withMarkerOptions } from './marker-component';
import { markerSsrRender } from './marker-ssr-render';

// Every marker: `inheritAttrs: false`, so no attribute of the parent's (`v-bind="product"` with
// more keys, `class`, `onClick`, `innerHTML`) reaches the element; the core decides every attribute.
// `ssrRender` in the server build only; without it a server renders the same HTML (tsup.config.ts).

const userProps = /* @__PURE__ */ withMarkerOptions({
  /** The signed-in user (`name`, `email`, or `phone` / `id` instead of the e-mail); null: anonymous, nothing rendered. */
  user: Object as PropType<UserInput | null>,
});
const user = (props: ExtractPropTypes<typeof userProps>) => buildUser(props.user, props);

/** `<FlocktoryUser :user="user" />`: the signed-in user's marker, for every page; nothing for `null`. */
export const FlocktoryUser = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryUser',
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps(userProps),
  setup: (props) => useMarkerRender(() => user(props)),
  ...(__FLOCKTORY_SERVER__ && { ssrRender: /* @__PURE__ */ markerSsrRender(user) }),
});

const categoryProps = /* @__PURE__ */ withMarkerOptions({
  id: { type: [String, Number] as PropType<CategoryViewInput['id']>, required: true as const },
});
const category = (props: ExtractPropTypes<typeof categoryProps>) => buildCategoryView({ id: props.id }, props);

/** `<FlocktoryCategoryView :id="category.id" />`: once per category page. */
export const FlocktoryCategoryView = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryCategoryView',
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps(categoryProps),
  setup: (props) => useMarkerRender(() => category(props)),
  ...(__FLOCKTORY_SERVER__ && { ssrRender: /* @__PURE__ */ markerSsrRender(category) }),
});

const itemProps = /* @__PURE__ */ withMarkerOptions({
  id: { type: [String, Number] as PropType<ItemViewInput['id']>, required: true as const },
  // Left out (undefined): the shop does not support the attribute, none is rendered; null: supported
  // but this product has none, `""` is rendered. No Boolean type for `available`: Vue would turn an
  // absent Boolean prop into `false`.
  categoryId: [String, Number] as PropType<ItemViewInput['categoryId']>,
  vendor: String as PropType<ItemViewInput['vendor']>,
  available: null as unknown as PropType<ItemViewInput['available']>,
});
const item = (props: ExtractPropTypes<typeof itemProps>) =>
  buildItemView({ id: props.id, categoryId: props.categoryId, vendor: props.vendor, available: props.available }, props);

/** `<FlocktoryItemView :id="product.id" :category-id="product.categoryId" :vendor="product.brand" :available="product.inStock" />`, on product pages. */
export const FlocktoryItemView = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryItemView',
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps(itemProps),
  setup: (props) => useMarkerRender(() => item(props)),
  ...(__FLOCKTORY_SERVER__ && { ssrRender: /* @__PURE__ */ markerSsrRender(item) }),
});

const exchangeProps = /* @__PURE__ */ withMarkerOptions({
  /** The signed-in user, as for FlocktoryUser; left out or null: an anonymous visitor. */
  user: Object as PropType<ExchangeInput['user']>,
  /** The banner's spot, from Flocktory's cabinet. */
  spot: String as PropType<ExchangeInput['spot']>,
});
const exchange = (props: ExtractPropTypes<typeof exchangeProps>) => buildExchange({ user: props.user, spot: props.spot }, props);

/** `<FlocktoryExchange :user="user" spot="thank_you" />`, exactly where the Exchange banner should appear. */
export const FlocktoryExchange = /* @__PURE__ */ defineComponent({
  name: 'FlocktoryExchange',
  inheritAttrs: false,
  props: /* @__PURE__ */ declareProps(exchangeProps),
  setup: (props) => useMarkerRender(() => exchange(props)),
  ...(__FLOCKTORY_SERVER__ && { ssrRender: /* @__PURE__ */ markerSsrRender(exchange) }),
});
