export interface Product {
  id: string;
  title: string;
  price: number;
  brand: string;
  /** The product feed's category id: what Flocktory matches category and item views against. */
  categoryId: string;
  /** In stock: Flocktory's item view marker says so (`data-fl-item-available`). */
  available: boolean;
}

export interface Category {
  id: string;
  title: string;
}

export const CATEGORIES: readonly Category[] = [{ id: 'tea-time', title: 'Tea time' }];

/** The shop's products. One title is hostile on purpose: it must reach Flocktory as plain text. */
export const CATALOG: readonly Product[] = [
  {
    id: 'MUG-300',
    title: 'Mug "</script><script>alert(1)</script>" 300 ml',
    price: 490,
    brand: 'Potter & "Co" </div><b>',
    categoryId: 'tea-time',
    available: true,
  },
  { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5, brand: 'Leafy', categoryId: 'tea-time', available: true },
];

export function findProduct(id: string): Product | undefined {
  return CATALOG.find((product) => product.id === id);
}

export function findCategory(id: string): Category | undefined {
  return CATEGORIES.find((category) => category.id === id);
}

export const productsIn = (categoryId: string): Product[] => CATALOG.filter((product) => product.categoryId === categoryId);
