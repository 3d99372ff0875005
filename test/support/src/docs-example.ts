/**
 * The example order from Flocktory's postcheckout docs (English version), as a shop would pass it
 * in; it is also exactly what the docs' snippet pushes. A fresh object on every call.
 */
export function docsExample() {
  return {
    user: { name: 'Ivan Ivanov', email: 'ivan@gmail.com', sex: 'm' as const },
    order: {
      id: '77',
      price: 2000,
      custom_field: 'my_custom_id',
      items: [{ id: '777', title: 'Nike Shoes', price: 1000, image: 'http://path.to.image', count: 1 }],
    },
  };
}
