/**
 * whybounce: read a returned message and say what happened, in data (`classify`) and in words
 * (`explain`). Pure: runs unchanged in Node and in browsers.
 *
 * @example
 * ```ts
 * import { classify } from 'whybounce';
 * const verdict = await classify(rawEml);
 * verdict.kind;      // 'bounce'
 * verdict.category;  // 'bad-mailbox'
 * ```
 */
export * from './types.js';
export { categoryFor, severityFor, reasonCategory } from './taxonomy.js';
export { classify, classifyText } from './classify.js';
export { explain, formatExplanationText, resolveLocale, supportedLocales, decodeStatus, decodeReply } from './advice/index.js';
export type { Explanation, Finding, RecipientExplanation, TechnicalDetail, AdviceAction, ExplainOptions, Labels, Locale, StatusMeaning, CauseId } from './advice/index.js';
/** The documented input limits: beyond them the verdict says `truncated` (parse/limits.ts explains each). */
export { maxInputBytes, maxInputLines, maxInputParts, maxBodyChars, maxRecipients, maxDiagnosticChars } from './parse/limits.js';
export { maxOriginalBytes } from './parse/message.js';
