import { finding } from '../finding';
import type { Finding, PageReport } from '../types';

/**
 * One site id across every page given: a second id runs another site's campaigns. Reported when no
 * id is on every page; two ids on one page (and the others using one of them) are that page's
 * loader_site_id_conflict, not reported again here.
 */
export function checkSiteIds(pages: readonly PageReport[]): { siteIds: string[]; findings: Finding[] } {
  const where = new Map<string, string[]>();
  const pagesWithIds = new Set<string>();
  for (const page of pages) {
    for (const loader of page.loaders) {
      if (loader.siteId === null || loader.siteId === '') continue;
      const targets = where.get(loader.siteId) ?? [];
      if (!targets.includes(page.target)) targets.push(page.target);
      where.set(loader.siteId, targets);
      pagesWithIds.add(page.target);
    }
  }
  const siteIds = [...where.keys()];
  const shared = siteIds.some((id) => where.get(id)!.length === pagesWithIds.size);
  if (siteIds.length <= 1 || shared) return { siteIds, findings: [] };
  const listing = siteIds.map((id) => `${id} (${where.get(id)!.join(', ')})`).join('; ');
  return { siteIds, findings: [finding('site_id_inconsistent', `the pages use ${siteIds.length} site ids: ${listing}`)] };
}
