/**
 * The messages the content scripts send the background, and only these: how many banners a tab
 * shows (for the toolbar badge), a verdict to put into words, and a message source whose MIME
 * needs decoding (the content scripts do not carry postal-mime). All stay inside the extension;
 * nothing is stored or sent further.
 */
import type { MessageParts, Verdict } from '../core/index.js';
import { isLocale, type Locale } from './locale.js';

export interface CountMessage {
  readonly type: 'whybounce:count';
  readonly count: number;
}

export interface ExplainMessage {
  readonly type: 'whybounce:explain';
  readonly verdict: Verdict;
  readonly locale: Locale;
}

export function isCountMessage(value: unknown): value is CountMessage {
  const m = value as Partial<CountMessage> | null;
  return m?.type === 'whybounce:count' && typeof m.count === 'number' && Number.isFinite(m.count);
}

export function isExplainMessage(value: unknown): value is ExplainMessage {
  const m = value as Partial<ExplainMessage> | null;
  const v = m?.verdict as Partial<Verdict> | undefined;
  return (
    m?.type === 'whybounce:explain' &&
    isLocale(m.locale) &&
    typeof v === 'object' &&
    v !== null &&
    typeof v.kind === 'string' &&
    typeof v.category === 'string' &&
    Array.isArray(v.recipients)
  );
}

/** Asks for the bounce digest's words in one language (the content script carries English only). */
export interface DigestWordsMessage {
  readonly type: 'whybounce:digest-words';
  readonly locale: Locale;
}

export function isDigestWordsMessage(value: unknown): value is DigestWordsMessage {
  const m = value as Partial<DigestWordsMessage> | null;
  return m?.type === 'whybounce:digest-words' && isLocale(m.locale);
}

export interface MimeMessage {
  readonly type: 'whybounce:mime';
  /** The message source, already cut to the classifier's limits. */
  readonly raw: string;
}

/** The most source a content script may hand over: the classifier reads no more. */
export const maxMimeChars = 4 << 20;

export function isMimeMessage(value: unknown): value is MimeMessage {
  const m = value as Partial<MimeMessage> | null;
  return m?.type === 'whybounce:mime' && typeof m.raw === 'string' && m.raw.length <= maxMimeChars;
}

/** The background's answer to a MimeMessage, checked before the classifier reads it. */
export function isMessageParts(value: unknown): value is MessageParts {
  const p = value as Partial<MessageParts> | null;
  return (
    typeof p === 'object' && p !== null && Array.isArray(p.headers) && Array.isArray(p.deliveryStatus) &&
    typeof p.body === 'string' && typeof p.subject === 'string' && typeof p.from === 'string' &&
    typeof p.feedbackReport === 'string' && typeof p.original === 'string' && typeof p.contentType === 'string'
  );
}
