/**
 * `@flocktory-ssr/core/mappers`: Flocktory's inputs from the analytics data a shop already has
 * (GA4, Universal Analytics / Yandex Metrica, digitalData). Stateless functions in an entry of their own: nothing
 * of it counts in the main entry's size. Mapping tables: README, "From your analytics data".
 */
export { fromGa4AddToCart, fromGa4Purchase, fromGa4RemoveFromCart, fromGa4ViewItem, fromGa4ViewItemList } from './ga4';
export { fromUaAdd, fromUaDetail, fromUaPurchase, fromUaRemove } from './universal-analytics';
export {
  fromDigitalData,
  fromDigitalDataAddedProduct,
  fromDigitalDataRemovedProduct,
  fromDigitalDataViewedProductDetail,
  fromDigitalDataViewedProductListing,
} from './digital-data';
export type { CartItemInput, CartRemovalInput, CategoryViewInput, ItemViewInput, MapperOptions } from './types';
