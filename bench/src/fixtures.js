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

// Written from a real shop's thank-you page rather than to suit the serializers: every optional
// field, long Cyrillic names and titles with quotes, image URLs with query strings, one title with
// U+2028, and a `<` in the user's name.
const RICH_ITEMS = [
  ['4607001234567', 'Кроссовки женские «Аэро Лайт» 2.0, цвет «пыльная роза», размер 38', 8999.9, 1],
  ['4607001234568', 'Носки спортивные хлопковые (3 пары)\u2028упаковка «Эконом»', 599, 2],
  ['4607001234569', 'Рюкзак городской 25 л, водоотталкивающий, с отделением для ноутбука 15,6"', 4490.5, 1],
  ['4607001234570', 'Бутылка для воды 750 мл — BPA free', 1290, 3],
  ['4607001234571', 'Подарочная карта «Спорт-Мастерская» на 3 000 ₽', 3000, 1],
];

/** The rich order, already in normalized form (see the comment above RICH_ITEMS). */
export function richOrder() {
  const items = RICH_ITEMS.map(([id, title, price, count]) => ({
    id,
    title,
    price,
    image: `https://static.shop.example/upload/iblock/${id.slice(-3)}/${id}_main_1200x1200.jpg?v=1733011200&format=webp`,
    count,
  }));
  return {
    user: { name: 'Анна-Мария Петрова-Водкина <VIP>', email: 'anna-maria.petrova-vodkina@mail.example.ru', sex: 'f' },
    order: {
      id: 'SM-2026-12-01-0047311',
      price: items.reduce((sum, each) => sum + each.price * each.count, 0),
      custom_field: 'Доставка курьером 03.12, с 10:00 до 14:00; оплата картой онлайн; промокод ЗИМА2026',
      items,
    },
    spot: 'checkout_thank_you_desktop',
  };
}

/**
 * The same order as a shop's code passes it: numbers as ids, prices as text with a no-break-space
 * thousands separator and a decimal comma, `sex: 'female'`, untrimmed name, phone and user id next to
 * the e-mail. It is not in normalized form: JSON.stringify and the others serialize it as given.
 */
export function richShopInput() {
  const data = richOrder();
  return {
    user: { name: `  ${data.user.name} `, email: data.user.email, sex: 'female', phone: '+7 (916) 123-45-67', id: 100500 },
    order: {
      id: data.order.id,
      price: data.order.price
        .toFixed(2)
        .replace('.', ',')
        .replace(/\B(?=(\d{3})+,)/g, '\u00a0'),
      custom_field: data.order.custom_field,
      items: data.order.items.map((item) => ({
        ...item,
        id: Number(item.id),
        price: String(item.price).replace('.', ','),
        count: String(item.count),
      })),
    },
    spot: data.spot,
  };
}

/** The named inputs of the main table, in print order. */
export const INPUTS = [
  { key: 'typical', label: 'typical order (5 items, 2 hostile titles)', make: typicalOrder },
  { key: 'benign', label: 'typical benign order (5 items)', make: () => makeOrder(5, false) },
  { key: 'rich', label: 'rich order (5 items, every optional field, U+2028)', make: richOrder },
  { key: 'rich-shop', label: 'rich order as a shop passes it (text prices, number ids)', make: richShopInput, raw: true },
  { key: 'big-benign', label: '1,000-item order, benign', make: () => makeOrder(1000, false) },
  { key: 'big-hostile', label: '1,000-item order, every title hostile', make: () => makeOrder(1000, true) },
];

/** Item counts of the linear-growth check. */
export const SCALING_SIZES = [10, 100, 1000, 10000];
