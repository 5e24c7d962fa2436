/**
 * The background's answers to the content scripts that need no browser API: what a page read,
 * classified with the library's own classifier (postal-mime for MIME) and, for a bounce, put into
 * words in the language asked for (see src/content/background-read.ts); a verdict put into words;
 * the digest's words. The same calls the content scripts once made themselves; only where they
 * run moved. Anything else is not theirs to answer: undefined.
 */
import { classify, classifyText } from '../core/index.js';
import { explainLocally } from '../content/explain-local.js';
import { digestWords } from '../content/i18n.js';
import { isDigestWordsMessage, isExplainMessage, isReadMessage, type ReadAnswer, type ReadMessage } from '../content/messages.js';

export async function answerRead(message: ReadMessage): Promise<ReadAnswer> {
  const verdict =
    message.mode === 'text'
      ? // What a webmail renders is read strictly: a server's answer quoted in ordinary mail gets no banner.
        classifyText(message.text, { origin: 'rendered' })
      : await classify(message.text, message.mode === 'message' ? { mode: 'message' } : {});
  if (verdict.kind !== 'bounce' || !message.locale) return { verdict };
  return { verdict, explanation: explainLocally(verdict, message.locale) };
}

export function answerContent(message: unknown): Promise<unknown> | undefined {
  if (isReadMessage(message)) return answerRead(message);
  if (isExplainMessage(message)) return Promise.resolve(explainLocally(message.verdict, message.locale));
  if (isDigestWordsMessage(message)) return Promise.resolve(digestWords(message.locale));
  return undefined;
}
