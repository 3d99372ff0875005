import type { FlocktoryMode, UserInput } from '@flocktory-ssr/core';
import { FlocktoryUser } from '@flocktory-ssr/vue';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';

/**
 * The user marker's HTML, `''` for an anonymous visitor or (safe mode) a user that cannot be sent,
 * rendered by `@flocktory-ssr/vue`'s FlocktoryUser, so its bytes are the components'. Strict mode
 * throws the core's FlocktoryValidationError.
 */
export async function renderUserMarker(user: UserInput | null | undefined, mode: FlocktoryMode | undefined): Promise<string> {
  if (user == null) return '';
  const app = createSSRApp({ render: () => h(FlocktoryUser, { user, mode }) });
  let thrown: unknown;
  app.config.errorHandler = (error) => void (thrown ??= error);
  const html = await renderToString(app);
  if (thrown !== undefined) throw thrown;
  return html.startsWith('<div') ? html : '';
}
