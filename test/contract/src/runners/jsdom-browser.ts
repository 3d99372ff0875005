/**
 * A small browser on jsdom. jsdom runs scripts as browsers do once they are in the document (a
 * script made with createElement runs when inserted; one made by innerHTML never does, which is
 * how React keeps its client-made scripts inert), but it parses a page in one go and has no CSP.
 * So the page is fed part by part, in parse order: each part's nodes are inserted, then its
 * scripts are made runnable one by one, unless the CSP refuses them (wrong or no nonce); external
 * scripts (the client bundle, the loader) run where they stand. Like Chromium, a script that ran
 * hides its nonce. Scripts that page JavaScript creates are not checked against the CSP here.
 */
import { JSDOM, VirtualConsole } from 'jsdom';

import type { AppState, ContractDriver } from '../app-state';
import { LOADER_SOURCE, PAGE_NONCE, type TestPage } from '../page';
import { POSTCHECKOUT_SCRIPTS, type ContractBrowser, type OpenedPage, type PageReport } from './browser';

const JS_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);
const SETTLE_MS = 60;

type PageWindow = Window & typeof globalThis & { __contract?: ContractDriver; __flocktoryStub?: { pushes: unknown[] } };

class JsdomPage implements OpenedPage {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  cspBlocked = 0;
  bundleAborted = 0;
  private readonly dom: JSDOM;
  private readonly window: PageWindow;

  constructor(page: TestPage, bundle: string | null, bundleFails: boolean) {
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (error: Error) =>
      this.pageErrors.push(String((error as { detail?: unknown }).detail ?? error.message)),
    );
    virtualConsole.on('error', (...args: unknown[]) => this.consoleErrors.push(args.map(String).join(' ')));
    this.dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
      runScripts: 'dangerously',
      pretendToBeVisual: true,
      url: 'http://127.0.0.1/',
      virtualConsole,
    });
    this.window = this.dom.window as unknown as PageWindow;
    for (const part of page.parts) {
      if ('html' in part) this.parse(part.html);
      else if (part.script === 'loader') this.runExternal(LOADER_SOURCE);
      else if (bundle !== null && !bundleFails) this.runExternal(bundle);
      else if (bundle !== null) this.bundleAborted++;
    }
  }

  /** Inserts the nodes of `html` at the end of the body, then runs its scripts in document order. */
  private parse(html: string): void {
    const { document } = this.window;
    const template = document.createElement('template');
    template.innerHTML = html;
    const scripts = Array.from(template.content.querySelectorAll('script'));
    document.body.append(template.content);
    for (const inert of scripts) {
      if (!JS_TYPES.has((inert.getAttribute('type') ?? '').trim().toLowerCase())) continue;
      if (inert.getAttribute('nonce') !== PAGE_NONCE) {
        this.cspBlocked++;
        continue;
      }
      const script = document.createElement('script');
      for (const attribute of Array.from(inert.attributes)) script.setAttribute(attribute.name, attribute.value);
      script.textContent = inert.textContent;
      inert.replaceWith(script);
      script.setAttribute('nonce', '');
    }
  }

  private runExternal(source: string): void {
    const script = this.window.document.createElement('script');
    script.textContent = source;
    this.window.document.body.append(script);
  }

  private driver(): ContractDriver | undefined {
    return this.window.__contract;
  }

  async ready(): Promise<boolean> {
    return (await this.driver()?.ready) ?? false;
  }

  async navigate(state: AppState): Promise<boolean> {
    return (await this.driver()?.navigate(state)) ?? false;
  }

  async remount(state: AppState): Promise<boolean> {
    return (await this.driver()?.remount(state)) ?? false;
  }

  async loadLoader(): Promise<void> {
    this.runExternal(LOADER_SOURCE);
  }

  settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }

  async report(): Promise<PageReport> {
    const stub = this.window.__flocktoryStub;
    return {
      // Copied out of the page's realm, so it compares as plain data.
      pushes: stub ? (JSON.parse(JSON.stringify(stub.pushes)) as unknown[]) : [],
      pageErrors: [...this.pageErrors],
      consoleErrors: [...this.consoleErrors],
      cspBlocked: this.cspBlocked,
      bundleAborted: this.bundleAborted,
      recoverable: [...(this.driver()?.recoverable ?? [])],
      scriptsInPage: this.window.document.querySelectorAll(POSTCHECKOUT_SCRIPTS).length,
    };
  }

  async close(): Promise<void> {
    this.window.close();
  }
}

export const jsdomBrowser: ContractBrowser = {
  name: 'jsdom',
  async open(page, bundle, { bundleFails }) {
    return new JsdomPage(page, bundle, bundleFails);
  },
  async close() {},
};
