import { cookies } from 'next/headers';
import { INTEGRATION_COOKIE } from '../../../lib/request-state';

/**
 * `/integration/ga4`: from now on the shop's cart events reach Flocktory only through its GA4
 * dataLayer and `bridgeDataLayer`; `/integration/flocktory`: through its own `useFlocktoryCart()`
 * calls (the default). Either way each click sends one Flocktory cart event.
 */
export async function GET(request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  if (name !== 'ga4' && name !== 'flocktory') return new Response('unknown integration', { status: 404 });
  (await cookies()).set(INTEGRATION_COOKIE, name, { path: '/', sameSite: 'lax', httpOnly: true });
  return Response.redirect(new URL('/', request.url), 303);
}
