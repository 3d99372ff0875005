import type { FlocktoryMode, UserInput } from '@flocktory-ssr/core';

// The shop's resolver, the module's `user` option (a virtual module the module writes).
import resolveUser from '#flocktory/user-resolver';
import { useRuntimeConfig } from '#imports';
import { log } from '../log';
import { renderUserMarker } from './render-user-marker';

interface HtmlContext {
  bodyPrepend: string[];
}
interface NitroAppLike {
  hooks: { hook(name: 'render:html', handler: (html: HtmlContext, context: { event: unknown }) => Promise<void>): void };
}

const PREFIX = '[@flocktory-ssr/nuxt]';

/**
 * Nitro plugin: the signed-in user's marker at the start of `<body>` of every server-rendered page,
 * from the shop's resolver `(event) => user | null`. A resolver that throws or rejects costs the
 * page its marker, never the page (logged). Bad user data follows the module's mode: safe reports
 * and renders no marker; strict (the default under `nuxi dev`) throws, as the components do.
 */
export default function flocktoryUserMarker(nitroApp: NitroAppLike): void {
  nitroApp.hooks.hook('render:html', async (html, { event }) => {
    let user: UserInput | null | undefined;
    try {
      user = await resolveUser(event);
    } catch (error) {
      log('error', `${PREFIX} the flocktory.user resolver failed; this page has no user marker:`, error);
      return;
    }
    const configured = useRuntimeConfig().public.flocktory?.mode;
    const mode: FlocktoryMode | undefined = configured === 'strict' || configured === 'safe' ? configured : undefined;
    const marker = renderUserMarker(user, mode);
    if (marker) html.bodyPrepend.unshift(marker);
  });
}
