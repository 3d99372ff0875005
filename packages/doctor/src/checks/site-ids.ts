import { finding } from '../finding';
import type { Finding, PageReport } from '../types';

/** One site id across every page given: a second id runs another site's campaigns. */
export function checkSiteIds(pages: readonly PageReport[]): { siteIds: string[]; findings: Finding[] } {
  const where = new Map<string, string[]>();
  for (const page of pages) {
    for (const loader of page.loaders) {
      if (loader.siteId === null || loader.siteId === '') continue;
      const targets = where.get(loader.siteId) ?? [];
      if (!targets.includes(page.target)) targets.push(page.target);
      where.set(loader.siteId, targets);
    }
  }
  const siteIds = [...where.keys()];
  if (siteIds.length <= 1) return { siteIds, findings: [] };
  const listing = siteIds.map((id) => `${id} (${where.get(id)!.join(', ')})`).join('; ');
  return { siteIds, findings: [finding('site_id_inconsistent', `the pages use ${siteIds.length} site ids: ${listing}`)] };
}
