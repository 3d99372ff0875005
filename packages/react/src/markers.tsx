/**
 * The marker components: server-safe (no hooks, no 'use client'), so they render in Server
 * Components, classic SSR and client components alike. Each passes only its own props to the core
 * and renders exactly the attributes the core returns; any other prop is ignored.
 */
import {
  buildCategoryView,
  buildExchange,
  buildItemView,
  buildUser,
  type CategoryViewInput,
  type ExchangeInput,
  type FlocktoryMode,
  type FlocktoryOptions,
  type ItemViewInput,
  type UserInput,
} from '@flocktory-ssr/core';
import { markerElement } from './marker-element';
import type { NoReactRef } from './react-reserved';

/** `mode` and `onError` as in the core; markers are not scripts, so there is no nonce. */
export interface FlocktoryMarkerOptions extends NoReactRef {
  mode?: FlocktoryMode | undefined;
  onError?: FlocktoryOptions['onError'];
}

export interface FlocktoryUserProps extends FlocktoryMarkerOptions {
  /** The signed-in user; `null` or `undefined` for an anonymous visitor (nothing rendered). */
  user: UserInput | null | undefined;
}

export interface FlocktoryCategoryViewProps extends CategoryViewInput, FlocktoryMarkerOptions {}

export interface FlocktoryItemViewProps extends ItemViewInput, FlocktoryMarkerOptions {}

export interface FlocktoryExchangeProps extends ExchangeInput, FlocktoryMarkerOptions {}

/** `<div class="i-flocktory" data-fl-user-name="…" data-fl-user-email="…">` on every page while a user is signed in. */
export function FlocktoryUser({ user, mode, onError }: FlocktoryUserProps) {
  return markerElement(buildUser(user, { mode, onError }));
}

/** `<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="…">`, once per category page. */
export function FlocktoryCategoryView({ id, mode, onError }: FlocktoryCategoryViewProps) {
  return markerElement(buildCategoryView({ id }, { mode, onError }));
}

/**
 * `<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="…" …>` on a product
 * page. An optional prop left out (or `undefined`: the core reads both as "not supported") is not
 * rendered; `null` renders `""`.
 */
export function FlocktoryItemView({ id, categoryId, vendor, available, mode, onError }: FlocktoryItemViewProps) {
  return markerElement(buildItemView({ id, categoryId, vendor, available }, { mode, onError }));
}

/** `<div class="i-flocktory" data-fl-action="exchange" …>`, placed where the Exchange banner should appear. */
export function FlocktoryExchange({ user, spot, mode, onError }: FlocktoryExchangeProps) {
  return markerElement(buildExchange({ user, spot }, { mode, onError }));
}
