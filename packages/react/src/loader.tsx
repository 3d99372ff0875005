import { buildLoader, type LoaderOptions } from '@flocktory-ssr/core/loader';
import { FlocktoryLoaderScript } from './loader-script';
import type { NoReactRef } from './react-reserved';

export interface FlocktoryLoaderProps extends LoaderOptions, NoReactRef {}

/**
 * Flocktory's loader, `<script async src="…?site_id=…">`, once per page view. Server-safe (no
 * hooks): validated here, on the server when rendered there. In server HTML React 19 hoists it into
 * `<head>` and renders it once per `src`; React 18 renders it in place. Mounted on the client, it is
 * added to `<head>` once, in both.
 */
export function FlocktoryLoader({ siteId, src, nonce, mode, onError }: FlocktoryLoaderProps) {
  const loader = buildLoader({ siteId, src, nonce, mode, onError });
  if (!loader) return null;
  return <FlocktoryLoaderScript src={loader.src} nonce={loader.nonce} />;
}
