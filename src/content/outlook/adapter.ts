/**
 * Reads Outlook on the web's reading pane. Outlook offers a page no cookie-authenticated raw
 * source, so a verdict comes from the rendered text (the banner says so), or, when that names no
 * cause and the user asks for the full notice, from Outlook's own View message source
 * (source-view.ts).
 */
import { isBannerHost } from '../banner.js';
import { domText } from '../dom-text.js';
import { fingerprint, senderLooksLikeNotice, type OpenMessage, type WebmailAdapter } from '../webmail.js';
import * as selectors from './selectors.js';
import { openSourceView } from './source-view.js';

const angleAddress = /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/;
const bareAddress = /^[^<>\s@]{1,64}@[^<>\s@]{1,255}$/;

/** Outermost matches only: a nested match (a quoted message inside a body) belongs to the outer one. */
const outermost = (found: Element[]) => found.filter((e) => !found.some((other) => other !== e && other.contains(e)));

/** Each body once, with the element the banner should sit before. */
function bodies(doc: Document): { frame: Element; body: Element }[] {
  const result: { frame: Element; body: Element }[] = [];
  const seen = new Set<Element>();
  for (const body of outermost(Array.from(doc.querySelectorAll(selectors.messageBody)))) {
    const frame = body.closest(selectors.bodyFrame) ?? body;
    if (seen.has(frame)) continue;
    seen.add(frame);
    result.push({ frame, body });
  }
  if (result.length === 0) {
    for (const frame of outermost(Array.from(doc.querySelectorAll(selectors.bodyFrameFallback)))) result.push({ frame, body: frame });
  }
  return result;
}

/** `Name <address>`, or the address, or the name alone when no address is shown. */
function sender(name: string, address: string): string {
  name = name.replace(angleAddress, '').trim();
  if (!address) return name;
  return name && name !== address ? `${name} <${address}>` : address;
}

/** Header elements only: an address inside the body is the failed recipient, not the sender. */
const inHeader = (element: Element, body: Element) => !body.contains(element) && Boolean(element.compareDocumentPosition(body) & 4 /* FOLLOWING */);

function senderIn(item: Element, body: Element): string {
  // Current builds: the first labelled span of the header, "From: address" in the UI language.
  let name = '';
  for (const element of Array.from(item.querySelectorAll(selectors.senderLabelled))) {
    if (!inHeader(element, body)) continue;
    const label = selectors.senderLabel.exec(element.getAttribute('aria-label') ?? '')?.[1]?.trim();
    if (!label) continue;
    const address = bareAddress.test(label) ? label : (angleAddress.exec(label)?.[1] ?? '');
    const shown = element.textContent?.trim() ?? '';
    if (address) return sender(shown || label, address);
    name = label;
    break;
  }
  // Older builds: the address in a title, or in angle brackets in the text.
  for (const element of Array.from(item.querySelectorAll(selectors.senderWithTitle))) {
    if (!inHeader(element, body)) continue;
    const title = (element.getAttribute('data-email') ?? element.getAttribute('title') ?? '').trim();
    const text = element.textContent ?? '';
    const address = bareAddress.test(title) ? title : (angleAddress.exec(text)?.[1] ?? angleAddress.exec(title)?.[1] ?? '');
    if (address) return sender(name || text, address);
  }
  return name;
}

/**
 * A message's key: what stays the same while Outlook renders, re-renders and lazily fills it in.
 * Outlook exposes no message id in the DOM; the route carries the open conversation's id, and the
 * item's place in the conversation tells its messages apart (two identical NDRs included). Without
 * an id in the route the subject stands in for it. The body is not part of the key: it fills in
 * lazily, and a key that changed with it would bring a hidden banner back. Hashed, so that no
 * subject is ever stored with the ids of hidden banners.
 */
function keyOf(subject: string, position: string): string {
  const conversation = selectors.itemIdInPath.exec(location.pathname)?.[1];
  return `outlook:${fingerprint(conversation ? `id ${conversation}\n${position}` : `subject ${subject}\n${position}`)}`;
}

export function outlookAdapter(): WebmailAdapter {
  return {
    name: 'outlook',
    // Outlook routes with the path (`/mail/inbox/id/AAQk…`).
    viewKey: () => location.pathname,
    findOpenMessages(doc) {
      const subjectElement = doc.querySelector(selectors.subject) ?? doc.querySelector(selectors.subjectFallback);
      const titled = subjectElement?.querySelector('[title]') ?? subjectElement;
      const subject = (titled?.getAttribute('title') || subjectElement?.textContent || '').trim();
      // Every item of the conversation, collapsed ones included, so that expanding one does not
      // renumber the others.
      const items = outermost(Array.from(doc.querySelectorAll(selectors.messageItem)));
      const found: OpenMessage[] = [];
      for (const [index, { frame, body }] of bodies(doc).entries()) {
        const item = frame.parentElement?.closest(selectors.messageItem);
        const container = item ?? frame.closest(selectors.readingPane) ?? frame.parentElement ?? frame;
        const from = senderIn(container, frame);
        const place = item ? items.indexOf(item) : -1;
        const position = item?.getAttribute(selectors.positionAttribute) ?? (place >= 0 ? `${place + 1}` : `#${index + 1}`);
        found.push({
          key: keyOf(subject, position),
          container,
          body: frame,
          mightBeNotice: senderLooksLikeNotice(from),
          // Read when the runner asks: first, and again whenever the body's text changed.
          readText: () => `From: ${from}\nSubject: ${subject}\n\n${domText(body, { skip: isBannerHost })}`,
          openSource: (signal) => openSourceView(container, signal),
        });
      }
      return found;
    },
  };
}
