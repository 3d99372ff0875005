import { currentCart } from '../../lib/request-state';
import { CartLines } from './cart-lines';

/** Server-rendered from the cart cookie, so a direct load shows what client-side changes left. */
export default async function CartPage() {
  const cart = await currentCart();
  return (
    <main>
      <h1>Cart</h1>
      <CartLines initial={cart} />
    </main>
  );
}

