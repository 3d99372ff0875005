import Link from 'next/link';
import { ReadyMarker } from './ready-marker';

export default function Home() {
  return (
    <main>
      <h1>Shop</h1>
      <Link id="thank-you-link" href="/thank-you/M-1001">
        Your order
      </Link>
      <ReadyMarker />
    </main>
  );
}
