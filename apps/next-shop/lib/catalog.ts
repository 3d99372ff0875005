export interface Product {
  id: string;
  title: string;
  price: number;
}

/** The shop's products. One title is hostile on purpose: it must reach Flocktory as plain text. */
export const CATALOG: readonly Product[] = [
  { id: 'MUG-300', title: 'Mug "</script><script>alert(1)</script>" 300 ml', price: 490 },
  { id: 'TEA-GRN', title: 'Green tea, 100 g', price: 1250.5 },
];

export function findProduct(id: string): Product | undefined {
  return CATALOG.find((product) => product.id === id);
}
