import {
  buildCategoryView,
  buildExchange,
  buildItemView,
  buildUser,
  type CategoryViewInput,
  type ExchangeInput,
  type FlocktoryOptions,
  type ItemViewInput,
  type UserInput,
} from '@flocktory-ssr/core';
import { markerElement } from './marker-element';

// Each returns `''` when there is nothing to render: an anonymous visitor (renderUser), or bad data
// in safe mode (reported to `onError`). Strict mode throws core's FlocktoryValidationError.
// `options.nonce` is not used: markers are not scripts.

/**
 * The signed-in user's marker, for every page:
 * `<div class="i-flocktory" data-fl-user-name="…" data-fl-user-email="…"></div>`; `''` for an
 * anonymous visitor (`null`/`undefined`).
 */
export function renderUser(user: UserInput | null | undefined, options?: FlocktoryOptions): string {
  return markerElement(buildUser(user, options));
}

/** `<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="…"></div>`, once per category page. */
export function renderCategoryView(category: CategoryViewInput, options?: FlocktoryOptions): string {
  return markerElement(buildCategoryView(category, options));
}

/**
 * `<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="…" …></div>` for a
 * product page. An optional field left `undefined` is left out (not supported); `null` renders `""`.
 */
export function renderItemView(item: ItemViewInput, options?: FlocktoryOptions): string {
  return markerElement(buildItemView(item, options));
}

/** `<div class="i-flocktory" data-fl-action="exchange" …></div>`, placed where the Exchange banner should appear. */
export function renderExchange(input?: ExchangeInput | null, options?: FlocktoryOptions): string {
  return markerElement(buildExchange(input, options));
}
