/**
 * The banner's host element: a plain <div> inserted before a message body, carrying the
 * message-level verdict in data attributes (for tests and for users' own styles) and holding the
 * card in an open shadow root, where the webmail's CSS cannot reach it.
 */
import type { Verdict } from '../core/index.js';
import { renderCard, type CardOptions } from './card.js';
import type { Explanation } from './explanation.js';
import { cardCss } from './styles.js';

/** Present on every banner host; its value is the message key, so a host finds its message. */
export const hostAttribute = 'data-whybounce-host';

export function isBannerHost(node: Node): node is HTMLElement {
  return node.nodeType === 1 && (node as Element).hasAttribute(hostAttribute);
}

export interface BannerContent {
  readonly verdict: Verdict;
  readonly explanation: Explanation;
  readonly card: CardOptions;
}

/** What a rendered host shows, so that a rescan only re-renders when something changed. */
function signature(content: BannerContent): string {
  const v = content.verdict;
  return [v.kind, v.category, v.severity, content.card.source, content.card.fallback, content.card.locale, v.recipients.length, content.card.fullNotice?.state].join('|');
}

export function createHost(doc: Document, key: string): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(hostAttribute, key);
  host.attachShadow({ mode: 'open' });
  return host;
}

function adoptStyles(root: ShadowRoot, doc: Document): void {
  // A constructed sheet is not subject to the page's style-src CSP; fall back to a <style>
  // element where constructing one is not allowed (e.g. across Firefox's content-script wrappers).
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cardCss);
      root.adoptedStyleSheets = [sheet];
      // Firefox's content-script wrappers can drop the assignment without an error.
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // fall through
  }
  const style = doc.createElement('style');
  style.textContent = cardCss;
  root.appendChild(style);
}

/** Renders (or re-renders) the card into the host; a no-op when nothing changed. */
export function renderInto(host: HTMLElement, content: BannerContent): void {
  const sig = signature(content);
  const root = host.shadowRoot;
  if (!root || host.getAttribute('data-whybounce-rendered') === sig) return;
  const v = content.verdict;
  host.setAttribute('data-whybounce-kind', v.kind);
  host.setAttribute('data-whybounce-category', v.category);
  host.setAttribute('data-whybounce-severity', v.severity);
  host.setAttribute('data-whybounce-source', content.card.source ?? '');
  host.setAttribute('data-whybounce-rendered', sig);
  root.replaceChildren();
  adoptStyles(root, host.ownerDocument);
  root.appendChild(renderCard(content.explanation, v, content.card));
}
