/**
 * The number of banners the page shows, told to `onCount` (the toolbar badge, through the
 * background) only when it changes.
 */
import { hostAttribute } from '../banner.js';

export function createCountReporter(doc: Document, onCount?: (count: number) => void): () => void {
  let last = -1;
  return () => {
    const count = doc.querySelectorAll(`[${hostAttribute}]`).length;
    if (count !== last) {
      last = count;
      onCount?.(count);
    }
  };
}
