import type { Program } from 'acorn';

import type { PageDocument, PageElement } from '../html/parse-page';
import type { FoundPush } from '../js/find-pushes';
import { laterRanges, queueSetups } from '../js/queue-setup';
import { loaderElements } from './loader';

/**
 * The pushes that run before anything set up the queue: the loader is async, so `window.flocktory`
 * is still undefined and the push throws (the order is lost). Set up means an earlier assignment
 * (`window.flocktory = window.flocktory || []`), in this script or an earlier one, or a loader
 * without async/defer before the script. Pushes in handlers and callbacks run later and are skipped.
 */
export function pushesWithoutQueue(
  document: PageDocument,
  scripts: ReadonlyArray<{ element: PageElement; program: Program; pushes: readonly FoundPush[] }>,
): Set<FoundPush> {
  const missing = new Set<FoundPush>();
  const syncLoaders = loaderElements(document)
    .filter((element) => !('async' in element.attributes) && !('defer' in element.attributes) && element.attributes.type !== 'module')
    .map((element) => document.elements.indexOf(element));
  const setUp = new Set<string>();
  for (const { element, program, pushes } of scripts) {
    const index = document.elements.indexOf(element);
    const setups = queueSetups(program);
    const later = laterRanges(program);
    if (!syncLoaders.some((loader) => loader < index)) {
      for (const push of pushes) {
        const name = push.legacy ? '_flocktory' : 'flocktory';
        if (setUp.has(name) || setups.some((setup) => setup.name === name && setup.offset < push.offset)) continue;
        if (later.some((range) => push.offset > range.start && push.offset < range.end)) continue;
        missing.add(push);
      }
    }
    for (const setup of setups) setUp.add(setup.name);
  }
  return missing;
}
