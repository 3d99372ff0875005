import { describe, expect, it } from 'vitest';
import { buildCategoryView } from '../src/index';
import { expectOutcome } from './helpers/command';

// From https://flocktory.github.io/en/integration/precheckout/ ("Category ID").
describe('buildCategoryView', () => {
  it('renders the docs example', () => {
    expect(expectOutcome(buildCategoryView, { id: '123' }, [])).toEqual([
      ['class', 'i-flocktory'],
      ['data-fl-action', 'track-category-view'],
      ['data-fl-category-id', '123'],
    ]);
  });

  it('takes numeric ids and trims text', () => {
    expect(expectOutcome(buildCategoryView, { id: 123 }, [])!.at(-1)).toEqual(['data-fl-category-id', '123']);
    expect(expectOutcome(buildCategoryView, { id: ' c-1 ' }, [])!.at(-1)).toEqual(['data-fl-category-id', 'c-1']);
  });

  it('requires the id', () => {
    expectOutcome(buildCategoryView, {}, ['category.id required fatal']);
    expectOutcome(buildCategoryView, { id: ' ' }, ['category.id required fatal']);
    expectOutcome(buildCategoryView, { id: {} }, ['category.id invalid_type fatal']);
    expectOutcome(buildCategoryView, null, ['category required fatal']);
    expectOutcome(buildCategoryView, { id: 1, name: 'Shoes' }, ['category.name unknown_key dropped']);
  });
});
