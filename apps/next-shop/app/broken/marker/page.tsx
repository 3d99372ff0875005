/**
 * Broken ON PURPOSE, for flocktory-doctor's end-to-end test (test/e2e/test/doctor-spa-shops.test.ts):
 * hand-written Flocktory markers with the mistakes shops make. Never copy them; every other page
 * renders its markers through @flocktory-ssr/next.
 */
const BROKEN_MARKERS = [
  // A category marker on a product page, and without data-fl-category-id.
  '<div class="i-flocktory" data-fl-action="track-category-view"></div>',
  // An item marker without data-fl-item-id, and an availability that is not "true" or "false".
  '<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-category-id="tea-time" data-fl-item-available="yes"></div>',
  // A user marker with an address that is not one (and on a page anyone can load).
  '<div class="i-flocktory" data-fl-user-email="grace(at)example.com" data-fl-user-name="Grace"></div>',
].join('\n');

export const metadata = { title: 'Broken on purpose: markers' };

export default function BrokenMarkerPage() {
  return (
    <main>
      <h1>Broken on purpose</h1>
      <p>
        Hand-written Flocktory markers with the usual mistakes, for <code>flocktory-doctor</code>&apos;s end-to-end test.
      </p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant fixture, broken on purpose */}
      <div dangerouslySetInnerHTML={{ __html: BROKEN_MARKERS }} />
    </main>
  );
}
