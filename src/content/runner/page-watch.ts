/**
 * Tells the runner when the webmail changed its page: DOM mutations other than the runner's own
 * banners, and single-page navigation (hash changes, history). Stops with `signal`.
 */
import { isBannerHost } from '../banner.js';

// Our own banners (inserting, re-rendering, removing them) are not news.
const onlyOurs = (records: MutationRecord[]) =>
  records.every(
    (r) =>
      (r.type === 'attributes' && isBannerHost(r.target)) ||
      (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => isBannerHost(n))),
  );

/** Starts watching `doc`; `onChange` is called on every change worth a rescan. */
export function watchPage(doc: Document, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    if (!onlyOurs(records)) onChange();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Single-page navigation: the webmail changes its URL without a page load. */
export function watchNavigation(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  win?.addEventListener('hashchange', onChange, { signal });
  win?.addEventListener('popstate', onChange, { signal });
}
