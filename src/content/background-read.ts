/**
 * The classifier, as the content scripts have it: the background script runs it (the core, with
 * postal-mime for the sources that need MIME decoding) and puts a bounce into words in the same
 * answer, so a webmail page carries neither the classifier nor the advice catalogs (issue 12: the
 * content scripts stay under 40 KB gzipped). The page sends what it read: the text on screen, or
 * a message source it fetched or was shown; the words come back with the verdict, and `explain`
 * hands them over without a second trip. Nothing leaves the browser: the background is this
 * extension's own script.
 */
import type { ClassifyOptions, Verdict } from '../core/index.js';
import { ext } from './ext.js';
import { fallbackExplanation, isExplanation, type Explanation } from './explanation.js';
import type { Locale } from './locale.js';
import { isReadAnswer, maxReadChars, type ExplainMessage, type ReadMessage } from './messages.js';
import { englishWords } from './words.js';

export interface BackgroundReader {
  /** A message source (`mode: 'message'`), or either kind when no mode is given. */
  classify(input: string, options?: ClassifyOptions, locale?: Locale): Promise<Verdict>;
  /** The text a webmail shows, read strictly (as rendered). */
  classifyText(text: string, locale: Locale): Promise<Verdict>;
  /** The words for a verdict: those that came with it when they are in this language, else asked for. */
  explain(verdict: Verdict, locale: Locale): Promise<Explanation>;
}

export type Send = (message: ReadMessage | ExplainMessage) => Promise<unknown>;

export function backgroundReader(send: Send = (message) => ext.runtime.sendMessage(message)): BackgroundReader {
  /** Words that came with a verdict, kept as long as the verdict is. */
  const words = new WeakMap<Verdict, { locale: Locale; explanation: Explanation }>();

  const read = async (text: string, mode: ReadMessage['mode'], locale?: Locale): Promise<Verdict> => {
    const message: ReadMessage = { type: 'whybounce:read', mode, text: text.slice(0, maxReadChars), ...(locale ? { locale } : {}) };
    const answer: unknown = await send(message);
    if (!isReadAnswer(answer)) throw new Error('no verdict from the background');
    if (locale && isExplanation(answer.explanation, answer.verdict)) words.set(answer.verdict, { locale, explanation: answer.explanation });
    return answer.verdict;
  };

  return {
    classify: (input, options, locale) => read(input, options?.mode ?? 'auto', locale),
    classifyText: (text, locale) => read(text, 'text', locale),
    async explain(verdict, locale) {
      const ready = words.get(verdict);
      if (ready?.locale === locale) return ready.explanation;
      const message: ExplainMessage = { type: 'whybounce:explain', verdict, locale };
      const answer: unknown = await send(message);
      return isExplanation(answer, verdict) ? answer : fallbackExplanation(verdict, englishWords);
    },
  };
}
