/**
 * The Next.js page bench copy's comparison components: Flocktory's snippets written by hand, as an
 * App Router shop writes them today from the docs (https://flocktory.github.io/en/integration/postcheckout/):
 * server components only, the CSP nonce read from the request, `JSON.stringify` of the purchase
 * with no escaping for a script (unsafe: a `</script>` in a title ends it), nothing for client-side
 * navigation. Each takes our component's props. Source of a module written into the copy.
 */
export const NEXT_BY_HAND = `import { headers } from 'next/headers';

async function nonce(): Promise<string | undefined> {
  return /'nonce-([^']+)'/.exec((await headers()).get('content-security-policy') ?? '')?.[1];
}

type Props = Record<string, any>;

export const byHand: Record<string, (props: Props) => unknown> = {
  async FlocktoryLoader({ siteId, src }: Props) {
    const url = \`\${src ?? 'https://api.flocktory.com/v2/loader.js'}?site_id=\${siteId}\`;
    return <script async src={url} nonce={await nonce()} />;
  },
  FlocktoryUser({ user }: Props) {
    return user ? <div className="i-flocktory" data-fl-user-name={user.name} data-fl-user-email={user.email} /> : null;
  },
  FlocktoryPageView() {
    return null;
  },
  async FlocktoryPostcheckout({ user, order, spot }: Props) {
    const code = \`window.flocktory = window.flocktory || [];
window.flocktory.push(['postcheckout', \${JSON.stringify({ user, order, spot })}]);\`;
    return <script nonce={await nonce()} dangerouslySetInnerHTML={{ __html: code }} />;
  },
  FlocktoryExchange({ user, spot }: Props) {
    return <div className="i-flocktory" data-fl-action="exchange" data-fl-spot={spot} data-fl-user-email={user?.email ?? 'xname@flocktory.com'} />;
  },
};
`;
