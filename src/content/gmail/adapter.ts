/**
 * Reads Gmail's conversation view: each expanded message, its sender, the thread subject, and
 * how to fetch its original source.
 */
import { isBannerHost } from '../banner.js';
import { domText } from '../dom-text.js';
import { senderLooksLikeNotice, type OpenMessage, type WebmailAdapter } from '../webmail.js';
import * as selectors from './selectors.js';
import { accountIndex, fetchOriginal, findIk, originalSourceUrl, permMsgId } from './source.js';

export interface GmailAdapterOptions {
  /** Replaces the network fetch (tests); defaults to the page's same-origin fetch. */
  readonly fetchSource?: (url: string, signal: AbortSignal) => Promise<string | null>;
}

function bodyOf(message: Element): Element | null {
  return message.querySelector(selectors.body) ?? message.querySelector(selectors.bodyFallback);
}

function senderOf(message: Element, body: Element): { name: string; address: string } {
  let element: Element | null = null;
  for (const selector of [selectors.sender, ...selectors.senderFallbacks]) {
    // Never an element of the body: an address there is a failed recipient, not the sender.
    element = Array.from(message.querySelectorAll(selector)).find((e) => !body.contains(e)) ?? null;
    if (element) break;
  }
  const address = element?.getAttribute('email') ?? '';
  const name = element?.getAttribute('name') ?? element?.textContent?.trim() ?? '';
  return { name: name === address ? '' : name, address };
}

export function subjectOf(doc: Document): string {
  const element = doc.querySelector(selectors.subject) ?? doc.querySelector(selectors.subjectFallback);
  return element?.textContent?.trim() ?? '';
}

export function gmailAdapter(options: GmailAdapterOptions = {}): WebmailAdapter {
  let ik = '';
  return {
    name: 'gmail',
    // Gmail routes with the hash (`#inbox/FMfcg…`); the path holds the account.
    viewKey: () => `${location.pathname}${location.hash}`,
    findOpenMessages(doc) {
      const found: OpenMessage[] = [];
      const seen = new Set<string>();
      const subject = subjectOf(doc);
      for (const container of Array.from(doc.querySelectorAll(selectors.message))) {
        const body = bodyOf(container);
        const id = permMsgId(container);
        // A collapsed message has no body yet; a nested match (quoted message) is not a message.
        if (!body || !id || seen.has(id)) continue;
        seen.add(id);
        // Read when first needed, not on every rescan: a rescan of a long thread finds every
        // message again, and most of them were settled long ago.
        let from: string | undefined;
        const sender = () => {
          if (from === undefined) {
            const { name, address } = senderOf(container, body);
            from = name ? `${name} <${address}>` : address;
          }
          return from;
        };
        found.push({
          key: `gmail:${id}`,
          container,
          body,
          get mightBeNotice() {
            return senderLooksLikeNotice(sender());
          },
          readText: () => `From: ${sender()}\nSubject: ${subject}\n\n${domText(body, { skip: isBannerHost })}`,
          fetchSource: (signal) => {
            if (!ik) ik = findIk(doc);
            const url = originalSourceUrl(location.origin, accountIndex(location.pathname), ik, id);
            return options.fetchSource ? options.fetchSource(url, signal) : fetchOriginal(url, signal);
          },
        });
      }
      return found;
    },
  };
}
