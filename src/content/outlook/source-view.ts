/**
 * Opens Outlook's own View message source for one message, on the user's click, and reads the
 * source it shows: "…" (More actions) > View > View message source (older builds list it right
 * under More actions). Outlook's service endpoints would give the source too, but only with the
 * page's bearer token, which a content script does not have and must not capture; this is the
 * route a person takes. Nothing the user opened is closed; a menu this opened and could not follow
 * is closed again.
 */
import { looksLikeMessage } from '../../core/classify.js';
import { domText } from '../dom-text.js';
import { maxReadChars } from '../messages.js';
import * as selectors from './selectors.js';

/** Outlook renders a menu within a frame or two; a slow tenant gets a little more. */
const menuWaitMs = 2500;
/** The source is fetched before the dialog shows it: a large notice takes a few seconds. */
const dialogWaitMs = 15000;
const pollMs = 50;

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const named = (element: Element, names: readonly string[]) => {
  const shown = [element.getAttribute('aria-label'), element.getAttribute('title'), element.getAttribute('name'), element.textContent].map(norm);
  return names.some((n) => shown.includes(n.toLowerCase()));
};

/** Resolves with what `find` finds, or null when the time is up or the view changed. */
function waitFor<T>(find: () => T | null, ms: number, signal: AbortSignal): Promise<T | null> {
  return new Promise((resolve) => {
    const until = Date.now() + ms;
    const poll = () => {
      const found = signal.aborted ? null : find();
      if (found || signal.aborted || Date.now() >= until) resolve(found);
      else setTimeout(poll, pollMs);
    };
    poll();
  });
}

function moreActions(item: Element): HTMLElement | null {
  const buttons = Array.from(item.querySelectorAll<HTMLElement>(selectors.toolbarMenuButton));
  return buttons.find((b) => named(b, selectors.moreActionsNames)) ?? buttons.at(-1) ?? null;
}

function menuItem(doc: Document, names: readonly string[]): HTMLElement | null {
  for (const menu of Array.from(doc.querySelectorAll(selectors.openMenu))) {
    const found = Array.from(menu.querySelectorAll<HTMLElement>(selectors.menuItem)).find((i) => named(i, names));
    if (found) return found;
  }
  return null;
}

/** The source as the dialog shows it, from its first header line; null when it is not a message. */
export function sourceIn(dialog: Element): string | null {
  const candidates = Array.from(dialog.querySelectorAll(selectors.dialogSource)).map((e) =>
    e.tagName === 'TEXTAREA' ? (e as HTMLTextAreaElement).value : (e.textContent ?? ''),
  );
  candidates.push(domText(dialog));
  for (const candidate of candidates) {
    // A title line ("Message source") may come first.
    const lines = candidate.replace(/^\s+/, '').split('\n');
    const first = lines.slice(0, 5).findIndex((l) => /^[A-Za-z][\w-]*:/.test(l));
    if (first < 0) continue;
    const text = lines.slice(first).join('\n').slice(0, maxReadChars);
    if (looksLikeMessage(text)) return text;
  }
  return null;
}

/** Escape closes a Fluent menu; the menu button toggles it when Escape did not. */
function closeMenus(doc: Document, button: HTMLElement): void {
  for (const menu of Array.from(doc.querySelectorAll(selectors.openMenu))) {
    menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }));
  }
  if (doc.querySelector(selectors.openMenu) && button.isConnected && button.getAttribute('aria-expanded') === 'true') button.click();
}

/**
 * The message's source, from the dialog Outlook opens; `manual` when the menu could not be
 * followed (the banner then says which clicks to make); null when no source appeared.
 */
export async function openSourceView(item: Element, signal: AbortSignal): Promise<string | 'manual' | null> {
  const doc = item.ownerDocument;
  const button = item.isConnected ? moreActions(item) : null;
  if (!button || doc.querySelector(selectors.openMenu)) return 'manual';
  const dialogsBefore = new Set(Array.from(doc.querySelectorAll(selectors.dialog)));
  button.click();
  let target = await waitFor(() => menuItem(doc, selectors.viewSourceNames) ?? menuItem(doc, selectors.viewNames), menuWaitMs, signal);
  if (target && !named(target, selectors.viewSourceNames)) {
    target.click();
    target = await waitFor(() => menuItem(doc, selectors.viewSourceNames), menuWaitMs, signal);
  }
  if (!target) {
    closeMenus(doc, button);
    return signal.aborted ? null : 'manual';
  }
  target.click();
  return waitFor(() => {
    for (const dialog of Array.from(doc.querySelectorAll(selectors.dialog))) {
      if (dialogsBefore.has(dialog)) continue;
      const source = sourceIn(dialog);
      if (source) return source;
    }
    return null;
  }, dialogWaitMs, signal);
}
