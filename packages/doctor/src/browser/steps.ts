import type { Page } from 'playwright-core';

/** A shopper's action, run in the order given after the page has loaded. */
export type BrowserAction = { click: string } | { navigate: string };

export const describeAction = (action: BrowserAction): string =>
  'click' in action ? `click ${action.click}` : `navigate ${action.navigate}`;

/**
 * `navigate`: a client-side navigation, as a shopper makes it: a click on a link to that URL when
 * the page has one (the app's router handles it); otherwise a full page load, said so in the label.
 */
export async function runAction(page: Page, action: BrowserAction): Promise<string> {
  if ('click' in action) {
    await page.click(action.click);
    return describeAction(action);
  }
  const target = new URL(action.navigate, page.url()).href;
  const clicked = await page.evaluate((href) => {
    const link = Array.from(document.querySelectorAll('a[href]')).find((anchor) => (anchor as HTMLAnchorElement).href === href);
    if (!link) return false;
    (link as HTMLAnchorElement).click();
    return true;
  }, target);
  if (clicked) {
    await page.waitForURL(target).catch(() => {});
    return describeAction(action);
  }
  await page.goto(target);
  return `${describeAction(action)} (no link to it on the page: full page load)`;
}
