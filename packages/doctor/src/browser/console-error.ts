import type { ConsoleMessage } from 'playwright-core';

/**
 * A console error as the report gives it, or undefined when it is not the shop's concern. Chromium's
 * "Failed to load resource" names no URL in its text (the URL is the message's location): it is
 * added. The browser's own request for /favicon.ico is not the page's code.
 */
export function consoleErrorText(message: Pick<ConsoleMessage, 'text' | 'location'>): string | undefined {
  const text = message.text();
  if (!text.startsWith('Failed to load resource')) return text;
  const url = message.location().url;
  if (!url) return text;
  try {
    if (new URL(url).pathname === '/favicon.ico') return undefined;
  } catch {
    // Not a URL: shown as it is.
  }
  return `${text}: ${url}`;
}
