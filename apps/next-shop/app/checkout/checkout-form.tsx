'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { CATALOG } from '../../lib/catalog';

/** Places the order, then reaches the thank-you page by client-side navigation (no page load). */
export function CheckoutForm({ counts, name, email }: { counts: Record<string, number>; name: string; email: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const response = await fetch('/api/orders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: form.get('name'),
        email: form.get('email'),
        items: CATALOG.map((product) => ({ id: product.id, count: Number(form.get(product.id) ?? 0) })).filter((line) => line.count > 0),
      }),
    });
    setBusy(false);
    if (!response.ok) return setError('Please check your name, email and cart.');
    const { id } = (await response.json()) as { id: string };
    router.push(`/thank-you/${encodeURIComponent(id)}`);
  }

  return (
    <form onSubmit={submit}>
      {CATALOG.map((product) => (
        <label key={product.id}>
          {product.title} ({product.price})
          <input name={product.id} type="number" min={0} defaultValue={counts[product.id] ?? 0} />
        </label>
      ))}
      <label>
        Name <input name="name" defaultValue={name} />
      </label>
      <label>
        Email <input name="email" type="email" required defaultValue={email} />
      </label>
      <button type="submit" disabled={busy}>
        Place order
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
