/**
 * Watches one page for everything the scenarios assert: what the loader stand-in received
 * (`window.__flocktoryStub.pushes`), CSP violations (an init script listens for
 * `securitypolicyviolation` before any page script runs), dialogs, console errors, page errors.
 */
import type { Page, Response } from 'playwright-core';

export interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
}

const INIT_SCRIPT = `(() => {
  const violations = [];
  Object.defineProperty(window, '__e2eViolations', { value: violations });
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample, sourceFile: event.sourceFile });
  }, true);
})();`;

export class PageProbe {
  readonly dialogs: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(readonly page: Page) {}

  static async attach(page: Page): Promise<PageProbe> {
    const probe = new PageProbe(page);
    await page.addInitScript(INIT_SCRIPT);
    page.on('dialog', (dialog) => {
      probe.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    page.on('console', (message) => {
      if (message.type() === 'error') probe.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => probe.pageErrors.push(String(error)));
    return probe;
  }

  /** Every push the loader stand-in recorded on the current page view. */
  async pushes(): Promise<unknown[]> {
    return this.page.evaluate(() => (window as unknown as { __flocktoryStub?: { pushes: unknown[] } }).__flocktoryStub?.pushes ?? []);
  }

  /** Waits until the stand-in recorded at least `count` pushes, then a short settle for extra ones. */
  async waitForPushes(count: number, settleMs = 500): Promise<unknown[]> {
    await this.page.waitForFunction(
      (expected) => ((window as unknown as { __flocktoryStub?: { pushes: unknown[] } }).__flocktoryStub?.pushes.length ?? 0) >= expected,
      count,
      { timeout: 15_000 },
    );
    await this.page.waitForTimeout(settleMs);
    return this.pushes();
  }

  /** CSP violations on the current page view. */
  async violations(): Promise<Violation[]> {
    return this.page.evaluate(() => [...((window as unknown as { __e2eViolations?: Violation[] }).__e2eViolations ?? [])]);
  }

  /** Console errors on the page so far. */
  errors(): string[] {
    return [...this.consoleErrors];
  }

  /**
   * Markup that hostile data could have injected: any `on*` attribute, any element that is not
   * expected on these pages (img/svg/iframe/object/embed), and any script the page did not make
   * (every script must carry the page's nonce).
   */
  async injected(nonce: string): Promise<string[]> {
    return this.page.evaluate((expectedNonce) => {
      const found: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) if (name.toLowerCase().startsWith('on')) found.push(`${element.tagName}[${name}]`);
      }
      for (const element of Array.from(document.querySelectorAll('img, svg, iframe, object, embed')))
        found.push(element.outerHTML.slice(0, 200));
      for (const script of Array.from(document.scripts))
        if (script.nonce !== expectedNonce) found.push(`script without the nonce: ${script.outerHTML.slice(0, 200)}`);
      return found;
    }, nonce);
  }

  /**
   * What the browser made of our script elements: the order id their code pushes (no attribute
   * carries it), the nonce (hidden from the DOM's attributes, kept in `.nonce`), the attribute
   * names, the text.
   */
  async postcheckoutScripts(): Promise<Array<{ order: string | null; nonce: string; text: string; attributes: string[] }>> {
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('script[data-flocktory="postcheckout"]')).map((script) => {
        const text = script.textContent ?? '';
        let order: string | null = null;
        try {
          order = (JSON.parse(text.slice(text.indexOf('})(') + 3, -2)) as { order: { id: string } }).order.id;
        } catch {
          // Not our code: no order.
        }
        return { order, nonce: (script as HTMLScriptElement).nonce ?? '', text, attributes: script.getAttributeNames() };
      }),
    );
  }

  /** Forgets the CSP violations recorded so far (after a test asserted the ones it caused on purpose). */
  async clearViolations(): Promise<void> {
    await this.page.evaluate(() => void ((window as unknown as { __e2eViolations?: unknown[] }).__e2eViolations!.length = 0));
  }

  /** Removes and returns the console errors and page errors that match `pattern` (expected ones). */
  takeErrors(pattern: RegExp): string[] {
    const taken: string[] = [];
    for (const list of [this.consoleErrors, this.pageErrors]) {
      const kept = list.filter((text) => !pattern.test(text));
      taken.push(...list.filter((text) => pattern.test(text)));
      list.splice(0, list.length, ...kept);
    }
    return taken;
  }
}

/** The nonce of a response's `Content-Security-Policy` and a check that the policy is strict. */
export function cspNonceOf(response: Response | null): { nonce: string; policy: string } {
  if (!response) throw new Error('no response');
  const policy = response.headers()['content-security-policy'];
  if (!policy) throw new Error(`${response.url()}: no Content-Security-Policy header`);
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map((tokens) => [tokens[0]!.toLowerCase(), tokens.slice(1).join(' ')] as const),
  );
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  const nonce = /'nonce-([A-Za-z0-9+/_=-]+)'/.exec(scriptSrc ?? '')?.[1];
  if (!scriptSrc || !nonce) throw new Error(`${response.url()}: CSP has no script nonce: ${policy}`);
  if (/'unsafe-inline'|'unsafe-eval'|(^|\s)\*(\s|$)|https?:(\s|$)/.test(scriptSrc) && !/'strict-dynamic'/.test(scriptSrc)) {
    throw new Error(`${response.url()}: CSP script-src is not strict: ${scriptSrc}`);
  }
  if (/'unsafe-eval'/.test(scriptSrc)) throw new Error(`${response.url()}: CSP allows eval: ${scriptSrc}`);
  return { nonce, policy };
}
