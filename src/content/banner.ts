/**
 * The banner's host element: a plain <div> inserted before a message body, carrying the
 * message-level verdict in data attributes (for tests and for users' own styles) and holding the
 * card in an open shadow root, where the webmail's CSS cannot reach it.
 */
import type { Verdict } from '../core/index.js';
import { renderCard, type CardOptions } from './card.js';
import { el } from './dom.js';
import type { Explanation } from './explanation.js';
import type { Locale } from './locale.js';
import { cardCss } from './styles.js';
import type { BannerTranslate } from './words.js';

/** Present on every banner host; its value is the message key, so a host finds its message. */
export const hostAttribute = 'data-whybounce-host';

/** On the note a hidden banner leaves behind (its value is the message key); not a banner any more. */
export const hiddenAttribute = 'data-whybounce-hidden';
/** The theme the banner follows: the page's, read from its background (see pageTheme). */
export const themeAttribute = 'data-whybounce-theme';

/** A banner or the note a hidden one left: ours, never part of the message's text. */
export function isBannerHost(node: Node): node is HTMLElement {
  return node.nodeType === 1 && ((node as Element).hasAttribute(hostAttribute) || (node as Element).hasAttribute(hiddenAttribute));
}

/** [r, g, b, alpha] of a computed colour (`rgb(…)` / `rgba(…)`); null for anything else. */
function rgba(color: string): number[] | null {
  const m = /^rgba?\(([^)]*)\)$/.exec(color.trim());
  const parts = m?.[1]!.split(/[\s,/]+/).filter(Boolean).map(Number.parseFloat);
  if (!parts || parts.length < 3 || parts.some(Number.isNaN)) return null;
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance([r, g, b]: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * Whether the page around `node` is dark: the first mostly opaque background up the tree decides
 * (Gmail's and Outlook's dark themes paint their own, whatever the system's colour scheme);
 * with none, the text colour does (light text on the browser's own dark canvas).
 */
export function pageTheme(node: Element, seen?: Map<Element, 'light' | 'dark' | null>): 'light' | 'dark' {
  const view = node.ownerDocument.defaultView;
  if (!view) return 'light';
  // `seen` (one frame's reads): what each element walked decided, null for no background of its
  // own up to the root, so that the banners of a thread share the walk up their common ancestors.
  const walked: Element[] = [];
  let found: 'light' | 'dark' | null = null;
  for (let at: Element | null = node; at; at = at.parentElement) {
    const known = seen?.get(at);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(at);
    const bg = rgba(view.getComputedStyle(at).backgroundColor);
    if (bg && bg[3]! >= 0.5) {
      found = luminance(bg) < 0.2 ? 'dark' : 'light';
      break;
    }
  }
  walked.forEach((at) => seen?.set(at, found));
  if (found) return found;
  const fg = rgba(view.getComputedStyle(node).color);
  return fg && luminance(fg) > 0.5 ? 'dark' : 'light';
}

/** Follows the page's theme; cheap enough to run on every rescan, so a theme switch is followed. */
export function followTheme(host: HTMLElement): void {
  const theme = host.parentElement ? pageTheme(host.parentElement) : 'light';
  if (host.getAttribute(themeAttribute) !== theme) host.setAttribute(themeAttribute, theme);
}

/** Hosts whose theme is read at the next frame (see followThemeSoon). */
const themeQueue = new Set<HTMLElement>();
let themeFrame = false;

/**
 * Follows the page's theme at the next frame, before it is painted. Reading computed styles makes
 * the browser bring the page's styles up to date: right after the runner changed the page that is
 * a whole recalculation inside the runner's task, once per banner when several are rendered in one
 * rescan (Chromium's trace of the 200-message thread: 25 to 100 ms of style recalculation in the
 * runner's tasks on a loaded machine). At the frame the browser recalculates anyway, and every
 * banner is read after that one recalculation, before any theme is written.
 */
export function followThemeSoon(host: HTMLElement): void {
  const view = host.ownerDocument.defaultView;
  if (!view || typeof view.requestAnimationFrame !== 'function') {
    followTheme(host);
    return;
  }
  themeQueue.add(host);
  if (themeFrame) return;
  themeFrame = true;
  view.requestAnimationFrame(() => {
    themeFrame = false;
    const hosts = [...themeQueue].filter((h) => h.isConnected && h.parentElement);
    themeQueue.clear();
    const seen = new Map<Element, 'light' | 'dark' | null>();
    const themes = hosts.map((h) => pageTheme(h.parentElement!, seen));
    hosts.forEach((h, i) => {
      if (h.getAttribute(themeAttribute) !== themes[i]) h.setAttribute(themeAttribute, themes[i]!);
    });
  });
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

/**
 * The banner's style sheet, parsed once per page and shared by every banner's shadow root (a
 * constructed sheet may be adopted by any number of roots of its document): a long thread's
 * banners do not each parse it again.
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

function adoptStyles(root: ShadowRoot, doc: Document): void {
  // A constructed sheet is not subject to the page's style-src CSP; fall back to a <style>
  // element where constructing one is not allowed (e.g. across Firefox's content-script wrappers).
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
      let sheet = sheets.get(doc);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(cardCss);
        sheets.set(doc, sheet);
      }
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
  followThemeSoon(host);
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

/**
 * Turns a banner into the small note Hide leaves: what happened and an Undo, which takes the
 * focus (the Hide button it had is gone) so that a keyboard user is not dropped to the page's top.
 */
export function showHidden(host: HTMLElement, t: BannerTranslate, locale: Locale, onUndo: () => void): void {
  const root = host.shadowRoot;
  if (!root) return;
  const doc = host.ownerDocument;
  host.setAttribute(hiddenAttribute, host.getAttribute(hostAttribute) ?? '');
  for (const name of [hostAttribute, 'data-whybounce-rendered', 'data-whybounce-kind', 'data-whybounce-category', 'data-whybounce-severity', 'data-whybounce-source']) {
    host.removeAttribute(name);
  }
  const undo = el(doc, 'button', { type: 'button', class: 'wb-button wb-undo', 'aria-describedby': 'wb-hidden-note' }, t('undo'));
  undo.addEventListener('click', onUndo, { once: true });
  root.replaceChildren();
  adoptStyles(root, doc);
  root.appendChild(el(doc, 'div', { class: 'wb-hidden', lang: locale }, el(doc, 'span', { id: 'wb-hidden-note' }, t('hiddenNote')), undo));
  undo.focus();
}
