import type { Program } from 'acorn';

import type { PageDocument, PageElement } from '../html/parse-page';
import { scriptKind } from '../html/script-type';
import type { FoundPush } from '../js/find-pushes';
import { laterRanges, queueSetups } from '../js/queue-setup';
import { loaderElements } from './loader';

export interface PushesWithoutQueue {
  /** Pushes that throw: nothing on the page can have set the queue up before them. */
  missing: Set<FoundPush>;
  /** Pushes only an external script (read by no one here) may have set the queue up for. */
  unverified: Set<FoundPush>;
}

// A classic script: one that runs where it stands, before the scripts after it (not async, defer or a module).
const runsInPlace = (element: PageElement): boolean =>
  !('async' in element.attributes) && !('defer' in element.attributes) && element.attributes.type !== 'module' && !element.inTemplate;

/**
 * The pushes that run before anything set up the queue: the loader is async, so `window.flocktory`
 * is still undefined and the push throws (the order is lost). Set up means an earlier assignment
 * (`window.flocktory = window.flocktory || []`), in this script or an earlier one, or a loader
 * without async/defer before the script. Pushes in handlers and callbacks run later and are skipped.
 * An external script without async/defer before the push (a site's bundle) may set the queue up
 * too; the doctor does not read it, so such a push is only unverified.
 */
export function pushesWithoutQueue(
  document: PageDocument,
  scripts: ReadonlyArray<{ element: PageElement; program: Program; pushes: readonly FoundPush[] }>,
): PushesWithoutQueue {
  const result: PushesWithoutQueue = { missing: new Set(), unverified: new Set() };
  const indexOf = (element: PageElement) => document.elements.indexOf(element);
  const loaders = loaderElements(document);
  const syncLoaders = loaders.filter(runsInPlace).map(indexOf);
  const syncBundles = document.elements
    .filter(
      (element) =>
        element.tagName === 'script' &&
        'src' in element.attributes &&
        // Not a type the browser never runs (JSON, a template, a script held back until consent).
        scriptKind(element.attributes.type) === 'classic' &&
        runsInPlace(element) &&
        !loaders.includes(element),
    )
    .map(indexOf);
  const setUp = new Set<string>();
  for (const { element, program, pushes } of scripts) {
    const index = indexOf(element);
    const setups = queueSetups(program);
    const later = laterRanges(program);
    if (!syncLoaders.some((loader) => loader < index)) {
      const afterBundle = syncBundles.some((bundle) => bundle < index);
      for (const push of pushes) {
        const name = push.legacy ? '_flocktory' : 'flocktory';
        if (setUp.has(name) || setups.some((setup) => setup.name === name && setup.offset < push.offset)) continue;
        if (later.some((range) => push.offset > range.start && push.offset < range.end)) continue;
        (afterBundle ? result.unverified : result.missing).add(push);
      }
    }
    for (const setup of setups) setUp.add(setup.name);
  }
  return result;
}
