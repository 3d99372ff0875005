import { currentShopper } from '../../lib/request-state';
import { signIn, signOut } from './actions';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ back?: string }> }) {
  const shopper = await currentShopper();
  const { back } = await searchParams;
  return (
    <main>
      <h1>Sign in</h1>
      {shopper && (
        <form action={signOut}>
          <p>
            Signed in as {shopper.name} ({shopper.email}). <button type="submit">Sign out</button>
          </p>
        </form>
      )}
      <form action={signIn}>
        <input type="hidden" name="back" value={typeof back === 'string' ? back : '/cart'} />
        <label>
          Name <input name="name" defaultValue="Ada Lovelace" />
        </label>
        <label>
          Email <input name="email" type="email" required defaultValue="ada@example.com" />
        </label>
        <button type="submit" data-action="sign-in">
          Sign in
        </button>
      </form>
    </main>
  );
}
