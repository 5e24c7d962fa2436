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

// Re-reading every body on every rescan would be wasted work; a body is read again only when its
// text changed (Outlook fills some in lazily).
const textCache = new WeakMap<Element, { length: number; text: string }>();

function bodyText(body: Element): string {
  const length = body.textContent?.length ?? 0;
  const cached = textCache.get(body);
  if (cached && cached.length === length) return cached.text;
  const text = domText(body, { skip: isBannerHost });
  textCache.set(body, { length, text });
  return text;
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
      for (const { frame, body } of bodies(doc)) {
        const container = frame.parentElement?.closest(selectors.messageItem) ?? frame.closest(selectors.readingPane) ?? frame.parentElement ?? frame;
        const from = senderIn(container, frame);
        const text = `From: ${from}\nSubject: ${subject}\n\n${bodyText(body)}`;
        found.push({
          // No message id is exposed in the DOM, so the key is a fingerprint of what is shown.
          key: `outlook:${fingerprint(text)}`,
          container,
          body: frame,
          mightBeNotice: senderLooksLikeNotice(from),
          readText: () => text,
        });
      }
      return found;
    },
  };
}
