import { FlocktoryUpdateCart } from '@flocktory-ssr/next/app';
import { cartLines } from '../../lib/cart';
import { currentCart, currentShopper } from '../../lib/request-state';
import { CartLines } from './cart-lines';

/**
 * Server-rendered from the cart cookie, so a direct load shows what client-side changes left. For a
 * signed-in shopper the whole cart goes to Flocktory too (`updateCart`: a cart kept from an earlier
 * visit reaches their profile); each later change is the cart event of its click.
 */
export default async function CartPage() {
  const [cart, shopper] = await Promise.all([currentCart(), currentShopper()]);
  const items = cartLines(cart).map(({ product, count }) => ({ id: product.id, price: product.price, count }));
  return (
    <main>
      <h1>Cart</h1>
      {shopper && <FlocktoryUpdateCart items={items} nonce="auto" />}
      <CartLines initial={cart} />
    </main>
  );
}
