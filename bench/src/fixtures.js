/**
 * Bench inputs. Each is already in normalized form (numbers for prices, trimmed strings, keys in
 * the order normalize writes them), so every contender serializes the same data and the outputs
 * differ only by escaping: run.js checks that normalizing an input gives it back unchanged.
 */

// What an attacker can put in a product title on a marketplace.
const HOSTILE_TITLES = [
  '</script><script>alert(1)</script>',
  'Чехол <!--<script> для iPhone 15',
  'Кабель USB-C "Быстрая зарядка" <img src=x onerror=alert(1)>',
];
// U+2028 ends a string literal in engines before ES2019; one item per hostile order carries it.
const SEPARATOR_TITLE = 'Набор\u2028</script>';

const BENIGN_TITLES = [
  'Кроссовки беговые Nike Air Zoom Pegasus 40, мужские',
  'Футболка хлопковая «Базовая», белая',
  'Наушники беспроводные Sony WH-1000XM5',
  'Кофеварка капельная Bosch TKA 3A031',
  'Книга «Мастер и Маргарита», М. Булгаков',
];

function item(index, hostile) {
  const titles = hostile ? HOSTILE_TITLES : BENIGN_TITLES;
  return {
    id: `SKU-${100000 + index}`,
    title: titles[index % titles.length],
    price: 1990 + (index % 7) * 500,
    image: `https://cdn.shop.example/images/products/${100000 + index}/main.jpg`,
    count: 1 + (index % 3),
  };
}

function order(items) {
  return {
    user: { name: 'Иван Петров', email: 'ivan.petrov@example.ru', sex: 'm' },
    order: {
      id: 'ORD-2026-000123',
      price: items.reduce((sum, each) => sum + each.price * each.count, 0),
      custom_field: 'доставка курьером',
      items,
    },
    spot: 'desktop',
  };
}

/** `count` items; hostile: every title carries `<` payloads (the serializers' worst case), one a U+2028. */
export function makeOrder(count, hostile) {
  const items = Array.from({ length: count }, (_, index) => item(index, hostile));
  if (hostile) items[0].title = SEPARATOR_TITLE;
  return order(items);
}

/** The typical hostile order: 5 items, Cyrillic, 2 of them with hostile titles. */
export function typicalOrder() {
  const items = Array.from({ length: 5 }, (_, index) => item(index, false));
  items[1].title = HOSTILE_TITLES[0];
  items[3].title = HOSTILE_TITLES[1];
  return order(items);
}

/** The named inputs of the main table, in print order. */
export const INPUTS = [
  { key: 'typical', label: 'typical order (5 items, 2 hostile titles)', make: typicalOrder },
  { key: 'benign', label: 'typical benign order (5 items)', make: () => makeOrder(5, false) },
  { key: 'big-benign', label: '1,000-item order, benign', make: () => makeOrder(1000, false) },
  { key: 'big-hostile', label: '1,000-item order, every title hostile', make: () => makeOrder(1000, true) },
];

/** Item counts of the linear-growth check. */
export const SCALING_SIZES = [10, 100, 1000, 10000];
