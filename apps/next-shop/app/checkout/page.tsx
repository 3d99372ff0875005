import { CATALOG } from '../../lib/catalog';
import { cartLines } from '../../lib/cart';
import { CURRENCY, ga4Item } from '../../lib/ga4';
import { Ga4Event } from '../_shop/ga4-event';
import { currentCart, currentShopper } from '../../lib/request-state';
import { CheckoutForm } from './checkout-form';

/** Prefilled from the cart cookie and the signed-in shopper; an empty cart offers one of each product. */
export default async function CheckoutPage() {
  const [cart, shopper] = await Promise.all([currentCart(), currentShopper()]);
  const empty = Object.keys(cart).length === 0;
  const counts = Object.fromEntries(CATALOG.map((product) => [product.id, empty ? 1 : (cart[product.id] ?? 0)]));
  return (
    <main>
      <h1>Checkout</h1>
      {!empty && (
        <Ga4Event
          event="begin_checkout"
          ecommerce={{ currency: CURRENCY, items: cartLines(cart).map(({ product, count }) => ga4Item(product, count)) }}
        />
      )}
      <CheckoutForm counts={counts} name={shopper?.name ?? 'Ada Lovelace'} email={shopper?.email ?? 'ada@example.com'} />
    </main>
  );
}
