/**
 * The shop-weight thank-you page: the copy's own thank-you page (with our components, switched per
 * request like it) in a real shop's chrome. Copied into the Next.js bench copy as
 * app/thank-you-shop/[orderId]/page.tsx by bench/src/pages/app-copies.js.
 */
import { SHOP_CHROME } from '../../../shop-chrome-data';
import { AccountBar, MegaMenu, OrderSummary, Recommendations, ShopFooter } from '../../_shop-chrome/shop-chrome';
import ThankYouPage from '../../thank-you/[orderId]/page';

export default function ShopWeightThankYouPage({ params }: { params: Promise<{ orderId: string }> }) {
  return (
    <div className="page page--thank-you">
      <AccountBar account={SHOP_CHROME.account} />
      <MegaMenu menu={SHOP_CHROME.menu} />
      <ThankYouPage params={params} />
      <OrderSummary summary={SHOP_CHROME.summary} />
      <Recommendations cards={SHOP_CHROME.recommendations} />
      <ShopFooter footer={SHOP_CHROME.footer} />
    </div>
  );
}
