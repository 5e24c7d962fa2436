/**
 * Reads Outlook on the web's reading pane. Outlook offers no cookie-authenticated raw source,
 * so every verdict here comes from the rendered text (the banner says so).
 */
import { isBannerHost } from '../banner.js';
import { domText } from '../dom-text.js';
import { fingerprint, senderLooksLikeNotice, type OpenMessage, type WebmailAdapter } from '../webmail.js';
import * as selectors from './selectors.js';

const angleAddress = /<([^<>\s@]{1,64}@[^<>\s@]{1,255})>/;
const bareAddress = /^[^<>\s@]{1,64}@[^<>\s@]{1,255}$/;

/** Each body once, with the element the banner should sit before. */
function bodies(doc: Document): { frame: Element; body: Element }[] {
  const result: { frame: Element; body: Element }[] = [];
  const seen = new Set<Element>();
  let found = Array.from(doc.querySelectorAll(selectors.messageBody));
  // Nested matches (a quoted message inside a body) belong to the outer one.
  found = found.filter((b) => !found.some((other) => other !== b && other.contains(b)));
  for (const body of found) {
    const frame = body.closest(selectors.bodyFrame) ?? body;
    if (seen.has(frame)) continue;
    seen.add(frame);
    result.push({ frame, body });
  }
  if (result.length === 0) {
    for (const frame of Array.from(doc.querySelectorAll(selectors.bodyFrameFallback))) result.push({ frame, body: frame });
  }
  return result;
}

function senderIn(item: Element, before: Element): string {
  for (const element of Array.from(item.querySelectorAll(selectors.senderWithTitle))) {
    // Only the header: an address inside the body is the failed recipient, not the sender.
    if (before.contains(element) || !(element.compareDocumentPosition(before) & 4 /* FOLLOWING */)) continue;
    const title = element.getAttribute('data-email') ?? element.getAttribute('title') ?? '';
    const text = element.textContent ?? '';
    const address = bareAddress.test(title.trim()) ? title.trim() : (angleAddress.exec(text)?.[1] ?? angleAddress.exec(title)?.[1] ?? '');
    if (address) {
      const name = text.replace(angleAddress, '').trim();
      return name && name !== address ? `${name} <${address}>` : address;
    }
  }
  return '';
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
      const subject = (subjectElement?.getAttribute('title') || subjectElement?.textContent || '').trim();
      const found: OpenMessage[] = [];
      for (const [index, { frame, body }] of bodies(doc).entries()) {
        const item = frame.parentElement?.closest(selectors.messageItem);
        const container = item ?? frame.closest(selectors.readingPane) ?? frame.parentElement ?? frame;
        const from = senderIn(container, frame);
        const position = item?.getAttribute(selectors.positionAttribute) ?? `#${index + 1}`;
        found.push({
          key: keyOf(subject, position),
          container,
          body: frame,
          mightBeNotice: senderLooksLikeNotice(from),
          // Read when the runner asks: first, and again whenever the body's text changed.
          readText: () => `From: ${from}\nSubject: ${subject}\n\n${domText(body, { skip: isBannerHost })}`,
        });
      }
      return found;
    },
  };
}
