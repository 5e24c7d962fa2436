/**
 * Explains a verdict with the core's `explain()`, in this JavaScript context. Used by the popup
 * and by the background script, never by the content scripts: the explanation catalogs (five
 * languages of advice) weigh more than the whole 40 KB content-script budget, so content scripts
 * get their explanations from the background (background-read.ts, src/background/answers.ts).
 */
import { explain, type Verdict } from '../core/index.js';
import type { Explanation } from './explanation.js';
import { bannerWords, type Locale } from './i18n.js';

export function explainLocally(verdict: Verdict, locale: Locale): Explanation {
  return { ...explain(verdict, { locale }), words: bannerWords(locale) };
}
