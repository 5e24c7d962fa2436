/**
 * The number of banners the page shows, told to `onCount` (the toolbar badge, through the
 * background) only when it changes.
 *
 * `count` says how many banners the page shows. The runner counts the banners it placed instead of
 * querying the page for them: that query walks the whole document, and it ran after every verdict
 * that came in (200 times on a 200-message thread, the largest share of the content script's own
 * querying in Chromium's profile).
 */
export function createCountReporter(count: () => number, onCount?: (count: number) => void): () => void {
  let last = -1;
  return () => {
    const now = count();
    if (now !== last) {
      last = now;
      onCount?.(now);
    }
  };
}
