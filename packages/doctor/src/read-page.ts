import { readFile } from 'node:fs/promises';

export interface FetchedPage {
  html: string;
  /** The final URL after redirects (http(s) targets only). */
  url?: string;
  status?: number;
  csp?: string;
  cspReportOnly?: string;
}

export class PageReadError extends Error {}

export const isUrl = (target: string): boolean => /^https?:\/\//i.test(target);

/** An http(s) URL (fetched, redirects followed) or a saved HTML file. */
export async function readPage(target: string, timeoutMs: number): Promise<FetchedPage> {
  if (!isUrl(target)) {
    try {
      return { html: await readFile(target, 'utf8') };
    } catch (error) {
      throw new PageReadError(`cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  let response: Response;
  try {
    response = await fetch(target, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'text/html,*/*;q=0.5' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new PageReadError(`cannot fetch ${target}: ${cause ?? (error as Error).message}`);
  }
  const html = await response.text();
  if (!response.ok) throw new PageReadError(`${target} answered HTTP ${response.status}`);
  const page: FetchedPage = { html, url: response.url || target, status: response.status };
  // fetch joins repeated headers with ", ", which is also how several policies are separated.
  const csp = response.headers.get('content-security-policy');
  const reportOnly = response.headers.get('content-security-policy-report-only');
  if (csp) page.csp = csp;
  if (reportOnly) page.cspReportOnly = reportOnly;
  return page;
}
