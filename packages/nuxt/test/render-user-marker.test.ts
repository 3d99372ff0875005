// @vitest-environment node
/**
 * The `user` option's marker is written without a Vue app (server/render-user-marker.ts): its
 * bytes must be those `@flocktory-ssr/vue`'s FlocktoryUser renders on the server.
 */
import { FlocktoryValidationError, type UserInput } from '@flocktory-ssr/core';
import { FlocktoryUser } from '@flocktory-ssr/vue';
import { describe, expect, it, vi } from 'vitest';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';

import { renderUserMarker } from '../src/runtime/server/render-user-marker';
import { resolverUsers } from './fixtures/shared/order';

const vueMarker = (user: unknown, mode: 'safe' | 'strict') =>
  renderToString(createSSRApp({ render: () => h(FlocktoryUser, { user: user as UserInput, mode, onError: () => {} }) }));

describe('renderUserMarker', () => {
  it("writes FlocktoryUser's bytes for every user a resolver may give", async () => {
    for (const [key, user] of Object.entries({ ...resolverUsers, id: { id: 42 } })) {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const ours = renderUserMarker(user as UserInput, 'safe');
      error.mockRestore();
      const vue = await vueMarker(user, 'safe');
      expect(ours, key).toBe(vue === '<!---->' ? '' : vue);
    }
    expect(renderUserMarker(resolverUsers.ann as UserInput, undefined)).toMatch(/^<div class="i-flocktory" /);
  });

  it('nothing for an anonymous visitor; in strict mode a user that cannot be sent throws', () => {
    expect(renderUserMarker(null, 'strict')).toBe('');
    expect(renderUserMarker(undefined, 'strict')).toBe('');
    expect(() => renderUserMarker(resolverUsers.unidentified as UserInput, 'strict')).toThrow(FlocktoryValidationError);
  });
});
