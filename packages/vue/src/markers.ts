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
import { markerOptionProps, markerSsrRender, useMarkerRender } from './marker-component';

// Every marker: `inheritAttrs: false`, so no attribute of the parent's (`v-bind="product"` with
// more keys, `class`, `onClick`, `innerHTML`) reaches the element; the core decides every attribute.

const userProps = {
  /** The signed-in user (`name`, `email`, or `phone` / `id` instead of the e-mail); null: anonymous, nothing rendered. */
  user: Object as PropType<UserInput | null>,
  ...markerOptionProps,
};
const user = (props: ExtractPropTypes<typeof userProps>) => buildUser(props.user, props);

/** `<FlocktoryUser :user="user" />`: the signed-in user's marker, for every page; nothing for `null`. */
export const FlocktoryUser = defineComponent({
  name: 'FlocktoryUser',
  inheritAttrs: false,
  props: declareProps(userProps),
  setup: (props) => useMarkerRender(() => user(props)),
  ssrRender: markerSsrRender(user),
});

const categoryProps = {
  id: { type: [String, Number] as PropType<CategoryViewInput['id']>, required: true as const },
  ...markerOptionProps,
};
const category = (props: ExtractPropTypes<typeof categoryProps>) => buildCategoryView({ id: props.id }, props);

/** `<FlocktoryCategoryView :id="category.id" />`: once per category page. */
export const FlocktoryCategoryView = defineComponent({
  name: 'FlocktoryCategoryView',
  inheritAttrs: false,
  props: declareProps(categoryProps),
  setup: (props) => useMarkerRender(() => category(props)),
  ssrRender: markerSsrRender(category),
});

const itemProps = {
  id: { type: [String, Number] as PropType<ItemViewInput['id']>, required: true as const },
  // Left out (undefined): the shop does not support the attribute, none is rendered; null: supported
  // but this product has none, `""` is rendered. No Boolean type for `available`: Vue would turn an
  // absent Boolean prop into `false`.
  categoryId: [String, Number] as PropType<ItemViewInput['categoryId']>,
  vendor: String as PropType<ItemViewInput['vendor']>,
  available: null as unknown as PropType<ItemViewInput['available']>,
  ...markerOptionProps,
};
const item = (props: ExtractPropTypes<typeof itemProps>) =>
  buildItemView({ id: props.id, categoryId: props.categoryId, vendor: props.vendor, available: props.available }, props);

/** `<FlocktoryItemView :id="product.id" :category-id="product.categoryId" :vendor="product.brand" :available="product.inStock" />`, on product pages. */
export const FlocktoryItemView = defineComponent({
  name: 'FlocktoryItemView',
  inheritAttrs: false,
  props: declareProps(itemProps),
  setup: (props) => useMarkerRender(() => item(props)),
  ssrRender: markerSsrRender(item),
});

const exchangeProps = {
  /** The signed-in user, as for FlocktoryUser; left out or null: an anonymous visitor. */
  user: Object as PropType<ExchangeInput['user']>,
  /** The banner's spot, from Flocktory's cabinet. */
  spot: String as PropType<ExchangeInput['spot']>,
  ...markerOptionProps,
};
const exchange = (props: ExtractPropTypes<typeof exchangeProps>) => buildExchange({ user: props.user, spot: props.spot }, props);

/** `<FlocktoryExchange :user="user" spot="thank_you" />`, exactly where the Exchange banner should appear. */
export const FlocktoryExchange = defineComponent({
  name: 'FlocktoryExchange',
  inheritAttrs: false,
  props: declareProps(exchangeProps),
  setup: (props) => useMarkerRender(() => exchange(props)),
  ssrRender: markerSsrRender(exchange),
});
