import { buildLoader, type LoaderOptions } from '@flocktory-ssr/core/loader';

export interface FlocktoryLoaderProps extends LoaderOptions {}

/**
 * Flocktory's loader, `<script async src="…?site_id=…">`. React 19 hoists it into `<head>` and
 * renders it once per `src` however many times it appears; React 18 renders it in place.
 */
export function FlocktoryLoader({ siteId, src, nonce, mode, onError }: FlocktoryLoaderProps) {
  const loader = buildLoader({ siteId, src, nonce, mode, onError });
  if (!loader) return null;
  return <script async src={loader.src} nonce={loader.nonce} suppressHydrationWarning />;
}
