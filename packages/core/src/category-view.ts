import { marker, type MarkerAttributes } from './markers';
import { settle, type FlocktoryOptions } from './options';
import { readRequired, required, schema } from './reader';
import type { IdInput } from './types';
import { id } from './value-rules';

export interface CategoryViewInput {
  /** The category's id in your product feed (YML/GMF), or your database's if you have no feed. */
  id: IdInput;
}

const CATEGORY = /* @__PURE__ */ schema(() => ({ id: required(id) }));

/**
 * The category page's marker, one per category page and nowhere else:
 * `<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="…">`
 * (https://flocktory.github.io/en/integration/precheckout/). Strict mode throws on any problem;
 * safe mode returns null without a usable id and reports to `onError`.
 */
export function buildCategoryView(category: CategoryViewInput, options: FlocktoryOptions = {}): MarkerAttributes | null {
  return settle(options, (issues) => {
    const data = readRequired(CATEGORY, category, issues, 'category');
    return (
      data &&
      marker([
        ['data-fl-action', 'track-category-view'],
        ['data-fl-category-id', data.id],
      ])
    );
  });
}
