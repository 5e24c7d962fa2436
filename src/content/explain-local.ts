/**
 * Explains a verdict with the core's `explain()`, in this JavaScript context. Used by the popup
 * and by the background script, never by the content scripts: the explanation catalogs (five
 * languages of advice) weigh more than the whole 60 KB content-script budget, so content scripts
 * ask the background for their explanations (src/background/index.ts).
 */
import * as core from '../core/index.js';
import type { Verdict } from '../core/index.js';
import { normalizeExplanation, type Explanation } from './explanation.js';
import { translator, type Locale } from './i18n.js';

type ExplainFn = (verdict: Verdict, options: { locale: string }) => unknown;

// Looked up by name so that this builds whether or not the advice module is in the tree yet;
// without it, the fallback words (the verdict in the extension's own terms) are shown.
const coreExplain = (core as unknown as { explain?: ExplainFn }).explain;

export function explainLocally(verdict: Verdict, locale: Locale): Explanation {
  return normalizeExplanation(coreExplain?.(verdict, { locale }), verdict, translator(locale));
}
