import { finding } from '../finding';
import { describeElement } from '../html/describe-element';
import { isNamedFlocktory, type PageDocument } from '../html/parse-page';
import type { Finding, PushInfo } from '../types';

/**
 * An element with id or name "flocktory" is `window.flocktory` until a script assigns it: the docs'
 * `window.flocktory = window.flocktory || []` keeps the element and its push throws. Our adapters'
 * scripts replace it, so without hand-written pushes it is only a warning.
 */
export function checkClobber(document: PageDocument, pushes: readonly PushInfo[]): Finding[] {
  const handWritten = pushes.some((push) => push.origin === 'hand-written');
  return document.elements
    .filter((element) => !element.inTemplate && isNamedFlocktory(element))
    .map((element) =>
      finding(
        'flocktory_clobbered',
        handWritten
          ? "window.flocktory is this element, so the page's hand-written push throws and sends nothing"
          : 'window.flocktory is this element: a hand-written push would throw (our scripts replace it)',
        { element: describeElement(element), position: element.position, ...(handWritten ? {} : { severity: 'warning' as const }) },
      ),
    );
}
