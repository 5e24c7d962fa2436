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
import { createClassify } from './classify.js';
import { readWithPostalMime } from './parse/postal.js';
export { classifyText, createClassify, type Classify } from './classify.js';
export type { MessageParts, MimeReader } from './parse/message.js';
export { readWithPostalMime } from './parse/postal.js';

/**
 * Classifies a raw message (RFC 5322 source, string or bytes) or rendered/pasted text; MIME by
 * postal-mime. Never throws.
 */
export const classify = createClassify(readWithPostalMime);
export { explain, formatExplanationText, resolveLocale, supportedLocales, decodeStatus, decodeReply } from './advice/index.js';
export { localeNames } from './locales.js';
export type { Explanation, Finding, RecipientExplanation, RecipientGroup, TechnicalDetail, AdviceAction, ExplainOptions, Labels, Locale, StatusMeaning, CauseId } from './advice/index.js';
/** The documented input limits: beyond them the verdict says `truncated` (parse/limits.ts explains each). */
export { maxInputBytes, maxInputLines, maxInputParts, maxBodyChars, maxRecipients, maxDiagnosticChars } from './parse/limits.js';
export { maxOriginalBytes } from './parse/message.js';
/** The bulk report (remove/keep lists, counts by kind, category and domain) and CSV rows. */
export { BounceSummary, summarize, summaryJson, type AddressEntry, type SummaryReport, type SummaryJson, type SummaryMeta, type SummaryInput } from './summary.js';
export { csvBom, csvColumns, csvField, csvHeader, csvRecord, csvRows, type CsvColumn, type CsvMeta } from './csv.js';
export { messageDate, parseDate } from './parse/date.js';
export { mboxSplitter, looksLikeMbox, type MboxMessage, type MboxSplitter } from './mbox.js';
