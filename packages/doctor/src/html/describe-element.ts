import type { PageElement } from './parse-page';

const MAX_VALUE = 48;

/** A short start tag for reports: `<script async src="https://api.flocktory.com/v2/loader.js?site_id=1">`. */
export function describeElement(element: Pick<PageElement, 'tagName' | 'attrs'>): string {
  let tag = `<${element.tagName}`;
  for (const { name, value } of element.attrs) {
    if (value === '' && name !== 'class' && !name.startsWith('data-')) {
      tag += ` ${name}`;
      continue;
    }
    const shown = value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
    tag += ` ${name}="${shown.replace(/"/g, '&quot;')}"`;
  }
  return `${tag}>`;
}
