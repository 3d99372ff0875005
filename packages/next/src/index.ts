/**
 * For the App Router and the Pages Router alike: the React components (server-safe; only a tiny
 * 'use client' part ships to the browser), everything `@flocktory-ssr/react` exports (the core's
 * values and types included) and the nonce parser. Nothing here reads request headers. For the App
 * Router's opt-in `nonce="auto"`, import from `@flocktory-ssr/next/app`.
 */
export * from '@flocktory-ssr/react';
export { nonceFromCsp, nonceFromHeaders } from './nonce';
