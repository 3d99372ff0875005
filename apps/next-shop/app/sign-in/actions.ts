'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { encodeShopper, SHOPPER_COOKIE } from '../../lib/shopper';

/**
 * The fake sign-in: no password, the shopper's name and e-mail go into a cookie. Redirecting from
 * a Server Action re-renders the layout (its user marker) and navigates on the client.
 */
export async function signIn(form: FormData): Promise<void> {
  const name = String(form.get('name') ?? '').trim();
  const email = String(form.get('email') ?? '').trim();
  if (email) (await cookies()).set(SHOPPER_COOKIE, encodeShopper({ name, email }), { path: '/', sameSite: 'lax', httpOnly: true });
  const back = String(form.get('back') ?? '/cart');
  // Only a path of this shop: never an open redirect.
  redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/cart');
}

export async function signOut(): Promise<void> {
  (await cookies()).delete(SHOPPER_COOKIE);
  redirect('/');
}
