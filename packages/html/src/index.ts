// Everything from core too, so a shop needs one import for rendering, types and errors.
export * from '@flocktory-ssr/core';
export * from '@flocktory-ssr/core/loader';
export { renderPostcheckout } from './postcheckout';
export { renderLoader } from './loader';
export { escapeAttribute } from '@flocktory-ssr/core/markup';
export { renderUser, renderCategoryView, renderItemView, renderExchange } from './markers';
export { renderUpdateCart } from './update-cart';
