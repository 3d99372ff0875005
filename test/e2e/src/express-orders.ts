/** Places orders in the running express-shop the way its checkout form does (POST, 303 redirect). */
export interface PlacedOrder {
  id: string;
  thankYouPath: string;
}

export async function placeExpressOrder(baseUrl: string, form: Record<string, string>): Promise<PlacedOrder> {
  const response = await fetch(`${baseUrl}/checkout`, {
    method: 'POST',
    body: new URLSearchParams(form),
    redirect: 'manual',
    signal: AbortSignal.timeout(10_000),
  });
  const location = response.headers.get('location');
  if (response.status !== 303 || !location) throw new Error(`checkout failed: HTTP ${response.status} ${await response.text()}`);
  const id = decodeURIComponent(location.split('/').pop()!);
  return { id, thankYouPath: location };
}
