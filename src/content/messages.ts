/**
 * The messages the content scripts send the background, and only these: how many banners a tab
 * shows (for the toolbar badge), what a page shows or a message source to classify (the content
 * scripts carry no classifier, see background-read.ts), a verdict to put into words, and the
 * digest's words. All stay inside the extension; nothing is stored or sent further.
 */
import type { Verdict } from '../core/index.js';
import type { Explanation } from './explanation.js';
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

/**
 * What a content script read, for the background to classify: the text a webmail shows (`text`,
 * read strictly, as rendered), a message source (`message`), or either (`auto`: the core tells,
 * as `classify()` without a mode does; the digest's sources).
 */
export interface ReadMessage {
  readonly type: 'whybounce:read';
  readonly mode: 'text' | 'message' | 'auto';
  /** Already cut to `maxReadChars`. */
  readonly text: string;
  /** The language to put a bounce into words in; without it the verdict comes alone (the digest). */
  readonly locale?: Locale;
}

/** The background's answer to a ReadMessage: the verdict, and a bounce's words when a language was given. */
export interface ReadAnswer {
  readonly verdict: Verdict;
  readonly explanation?: Explanation;
}

/** The most text a content script may hand over: the classifier reads no more (1 MiB). */
export const maxReadChars = 4 << 20;

const readModes: readonly string[] = ['text', 'message', 'auto'] satisfies readonly ReadMessage['mode'][];

export function isReadMessage(value: unknown): value is ReadMessage {
  const m = value as Partial<ReadMessage> | null;
  return (
    m?.type === 'whybounce:read' && typeof m.mode === 'string' && readModes.includes(m.mode) &&
    typeof m.text === 'string' && m.text.length <= maxReadChars && (m.locale === undefined || isLocale(m.locale))
  );
}

/** A verdict as the core makes it, checked before the runner reads it. */
export function isVerdict(value: unknown): value is Verdict {
  const v = value as Partial<Verdict> | null;
  return (
    typeof v === 'object' && v !== null && typeof v.kind === 'string' && typeof v.category === 'string' && typeof v.reason === 'string' &&
    typeof v.severity === 'string' && Array.isArray(v.recipients) && Array.isArray(v.evidence) && typeof v.subject === 'string' && typeof v.from === 'string'
  );
}

/**
 * The background's answer, checked (an orphaned script after an update or a failed call gets
 * something else). Its words are checked where they are used (isExplanation).
 */
export function isReadAnswer(value: unknown): value is ReadAnswer {
  const a = value as { verdict?: unknown } | null;
  return typeof a === 'object' && a !== null && isVerdict(a.verdict);
}
