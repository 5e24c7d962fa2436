/**
 * The parts of the core the CLI's threads run, imported from their own modules rather than
 * through core/index.ts: that one also re-exports the explanations (core/advice, half of the
 * CLI's code with its catalogs in five languages), and the bundler would then load them in every
 * thread. They load with the human output only (work.ts). `classify` is the library's own:
 * the same reader on postal-mime as core/index.ts makes.
 */
import { createClassify } from '../core/classify.js';
import { readWithPostalMime } from '../core/parse/postal.js';

export const classify = createClassify(readWithPostalMime);
export { csvBom, csvHeader, csvRows } from '../core/csv.js';
export { messageDate } from '../core/parse/date.js';
export { maxInputBytes } from '../core/parse/limits.js';
export { isMboxStart, mayHoldSeparator, mboxSplitter, type MboxMessage } from '../core/mbox.js';
export { supportedLocales } from '../core/locales.js';
export { BounceSummary, summaryJson } from '../core/summary.js';
export type { Classify, SummaryReport, Verdict } from '../core/index.js';
