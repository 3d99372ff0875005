/**
 * The orders every app's thank-you page shows (shared/orders.json, copied into each app) and what
 * Flocktory must receive for them, written out by hand from the docs' field rules rather than
 * computed by the package under test.
 */

/** Every app serves its thank-you page at /thank-you/<order key>. */
export const thankYouPath = (key: string) => `/thank-you/${key}`;

export const GOOD_ORDER = 'M-1001';

export const EXPECTED_PUSH = [
  'postcheckout',
  {
    user: { name: "Ada O'Lovelace", email: 'ada@example.com' },
    order: {
      id: 'M-1001',
      price: 3499.5,
      items: [
        { id: 'sku-1', title: 'Кеды "Air" </script><script>alert(1)</script>', price: 2999.5, count: 1 },
        { id: 'sku-2', title: 'Socks', price: 250, count: 2 },
      ],
    },
  },
];

/** Orders no snippet may be rendered for; `field` is the path the one log line must name. */
export const BAD_ORDERS = [
  { key: 'bad-price', field: 'order.price', what: "price '1,999' (ambiguous: thousands or decimals)" },
  { key: 'no-email', field: 'user.email', what: 'no e-mail, phone or user id' },
] as const;
