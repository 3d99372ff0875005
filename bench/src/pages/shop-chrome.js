/**
 * What a real shop wraps its thank-you page in, as data, for the page bench's shop-weight rows:
 * a header with a mega-menu, a cart and account bar, the order summary (items, delivery address,
 * totals), "you may also like" and a footer. Each framework renders it in its own idiom (EJS
 * partials, React server components, Vue SFCs), so it pays its real cost for it.
 *
 * Seeded and deterministic: the same seed gives the same data on every run and in every framework.
 * Its words are made of random Cyrillic syllables, so the page does not compress better than a real
 * shop's. Its size is calibrated so the Express page, with us, weighs about 18 KB gzip-compressed:
 * the median desktop HTML transfer size in the HTTP Archive Web Almanac 2024
 * (https://almanac.httparchive.org/en/2024/page-weight, "HTML 18 KB"); bench/README.md records the
 * measured sizes per framework, and src/pages/shop-chrome-check.js fails when the Express page leaves
 * 16-20 KB.
 */
import { seeded } from './seeded.js';

export const SHOP_CHROME_SEED = 2024;

// The page's shape, as a large shop's: menu, order, recommendations and footer sizes.
const CATEGORIES = 8;
const LINKS_PER_CATEGORY = 12;
const ORDER_ITEMS = 3;
const RECOMMENDATIONS = 12;
const FOOTER_COLUMNS = 4;
const LINKS_PER_COLUMN = 10;
// The calibration knob: each menu link's own links (a third level, as big shops' menus have);
// it sets the page at ~18 KB gzip (shop-chrome-check.js checks it).
const SUBLINKS = 4;
const SPECS_PER_CARD = 5;
const LEGAL_PARAGRAPHS = 3;

const SYLLABLES = 'ка ро ми на ле то ва ст ри по ко да ни се лу жа ве бо ды зо гра про тен мар ска вель тор ник ель ушк'.split(' ');
// Paths are Latin, as most shops' are.
const LATIN = ['ka', 'ro', 'mi', 'na', 'le', 'to', 'va', 'st', 'ri', 'po', 'ko', 'da', 'ni', 'se', 'lu', 'zha', 'gra', 'pro', 'ten', 'mar'];

/** The generators one seed drives: the same call order gives the same data. */
function writer(seed) {
  const random = seeded(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const word = () => Array.from({ length: int(1, 4) }, () => pick(SYLLABLES)).join('');
  const capital = (text) => text[0].toUpperCase() + text.slice(1);
  const words = (min, max) => capital(Array.from({ length: int(min, max) }, word).join(' '));
  const slug = () => `${Array.from({ length: int(2, 5) }, () => pick(LATIN)).join('')}-${int(100, 9999)}`;
  return { int, pick, word, words, slug };
}

/** A price as Russian shops print it: "12 990 ₽" (a narrow no-break space between thousands). */
export function formatRubles(amount) {
  return `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')}\u00a0₽`;
}

function product(w, cdn) {
  const id = w.int(100000, 999999);
  const file = `${w.slug()}.webp`;
  const version = w.int(1, 99);
  // Prices end in 90, as shops set them.
  const amount = w.int(5, 900) * 100 - 10;
  return {
    id: String(id),
    href: `/product/${w.slug()}-${id}`,
    image: `${cdn}/catalog/${id}/${file}?w=320&h=320&fit=cover&v=${version}`,
    // Shops serve each image at two densities.
    srcset: `${cdn}/catalog/${id}/${file}?w=320&h=320&fit=cover&v=${version} 1x, ${cdn}/catalog/${id}/${file}?w=640&h=640&fit=cover&v=${version} 2x`,
    title: w.words(3, 8),
    price: formatRubles(amount),
    amount,
  };
}

/** The chrome's data for `seed` (default SHOP_CHROME_SEED): plain JSON, so copies can embed it. */
export function shopChrome(seed = SHOP_CHROME_SEED) {
  const w = writer(seed);
  const cdn = 'https://cdn.shop.example/img';
  const menu = Array.from({ length: CATEGORIES }, () => {
    const slug = w.slug();
    return {
      title: w.words(1, 2),
      href: `/catalog/${slug}`,
      links: Array.from({ length: LINKS_PER_CATEGORY }, () => {
        const href = `/catalog/${slug}/${w.slug()}`;
        const links = Array.from({ length: SUBLINKS }, () => ({ title: w.words(1, 2), href: `${href}/${w.slug()}` }));
        return { title: w.words(1, 3), href, links };
      }),
      promo: { title: w.words(2, 4), text: w.words(6, 12), href: `/promo/${w.slug()}`, image: `${cdn}/promo/${w.slug()}.webp?w=400` },
    };
  });
  const account = {
    city: w.words(1, 2),
    phone: `8 800 ${w.int(100, 999)}-${w.int(10, 99)}-${w.int(10, 99)}`,
    links: Array.from({ length: 5 }, () => ({ title: w.words(1, 2), href: `/${w.slug()}` })),
    bonus: `${w.int(100, 9999)} бонусов`,
    cartCount: w.int(1, 9),
  };
  const items = Array.from({ length: ORDER_ITEMS }, () => ({ ...product(w, cdn), count: w.int(1, 3), seller: w.words(1, 3) }));
  const subtotal = items.reduce((sum, item) => sum + item.amount * item.count, 0);
  const delivery = w.int(0, 1) * w.int(19, 49) * 10;
  const discount = w.int(0, 30) * 100;
  const summary = {
    items,
    address: {
      name: `${w.words(1, 1)} ${w.words(1, 1)}`,
      street: `ул. ${w.words(1, 2)}, д. ${w.int(1, 150)}, кв. ${w.int(1, 400)}`,
      city: `${w.words(1, 2)}, ${w.int(100000, 999999)}`,
      phone: `+7 9${w.int(10, 99)} ${w.int(100, 999)}-${w.int(10, 99)}-${w.int(10, 99)}`,
      slot: `${w.int(1, 28)} декабря, ${w.int(9, 18)}:00–${w.int(19, 22)}:00`,
      comment: w.words(4, 10),
    },
    payment: w.words(2, 4),
    totals: [
      { label: 'Товары', value: formatRubles(subtotal) },
      { label: 'Доставка', value: delivery ? formatRubles(delivery) : 'бесплатно' },
      { label: 'Скидка', value: `−${formatRubles(discount)}` },
      { label: 'Итого', value: formatRubles(subtotal + delivery - discount) },
    ],
  };
  const recommendations = Array.from({ length: RECOMMENDATIONS }, () => {
    const card = product(w, cdn);
    return {
      ...card,
      oldPrice: formatRubles(card.amount + w.int(1, 40) * 100),
      rating: (w.int(30, 50) / 10).toFixed(1),
      reviews: w.int(0, 2400),
      badge: w.pick(['Хит', 'Новинка', 'Скидка', '']),
      description: w.words(12, 24),
      specs: Array.from({ length: SPECS_PER_CARD }, () => ({ label: w.words(1, 2), value: w.words(1, 3) })),
    };
  });
  const footer = {
    columns: Array.from({ length: FOOTER_COLUMNS }, () => ({
      title: w.words(1, 2),
      links: Array.from({ length: LINKS_PER_COLUMN }, () => ({ title: w.words(1, 3), href: `/info/${w.slug()}` })),
    })),
    legal: Array.from({ length: LEGAL_PARAGRAPHS }, () => w.words(30, 50)),
    copyright: `© 2009–2026 ${w.words(1, 2)}`,
  };
  return { menu, account, summary, recommendations, footer };
}
