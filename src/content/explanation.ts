/**
 * The explanation the banner and the popup show: the core's `explain()` result (src/core/advice)
 * with the banner's own words in the same language. The core types are imported as types only:
 * the content script must not carry the explanation catalogs (see explain-local.ts), so when no
 * explanation can be had (the background gave none) it builds a plain one here from the
 * verdict, in the UI's words.
 */
import type { Explanation as CoreExplanation, Finding, Recipient, TechnicalDetail, Verdict } from '../core/index.js';
import type { Locale } from './locale.js';
import { categoryWords, isBannerWords, wordsTranslator, type BannerTranslate, type BannerWords } from './words.js';

/** What the card renders: the core's explanation (the card has its own labels), plus its words. */
export type Explanation = Omit<CoreExplanation, 'labels'> & {
  /** The banner's own words, in the same language as the explanation. */
  readonly words: BannerWords;
};

export type { TechnicalDetail };

/**
 * An answer from the background is the same build's `explainLocally()`; this only guards against
 * an answer that is not one at all (an orphaned script after an update, a failed call).
 */
export function isExplanation(value: unknown, verdict: Verdict): value is Explanation {
  const e = value as Partial<Explanation> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.headline === 'string' &&
    typeof e.summary === 'string' &&
    Array.isArray(e.steps) &&
    Array.isArray(e.recipients) &&
    e.recipients.length === verdict.recipients.length &&
    Array.isArray(e.groups) &&
    typeof e.technical === 'object' &&
    e.technical !== null &&
    isBannerWords(e.words)
  );
}

function technicalOf(r: Recipient | undefined, verdict: Verdict): TechnicalDetail {
  return {
    status: r?.status ?? '',
    statusMeaning: '',
    reply: r?.reply ?? '',
    replyMeaning: '',
    diagnostic: r?.diagnostic ?? '',
    remoteHost: r?.remoteHost ?? '',
    reason: r?.reason ?? verdict.reason,
  };
}

const actionFor = (severity: Verdict['severity']) => (severity === 'hard' ? 'remove' : severity === 'soft' ? 'keep' : 'none');

/** First letter up, for a category's words used as a line of their own. */
const asLine = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** What the banner says when no explanation could be had: the verdict, in the UI's words. */
export function fallbackExplanation(verdict: Verdict, words: BannerWords, locale: Locale = 'en'): Explanation {
  const t = wordsTranslator(words);
  const main = verdict.recipients.find((r) => r.category === verdict.category) ?? verdict.recipients[0];
  // What the fallback says of one address: its category's words, no steps.
  const finding = (r: Recipient): Finding & { readonly technical: TechnicalDetail } => ({
    category: r.category,
    severity: r.severity,
    headline: asLine(categoryWords(t, r.category), locale),
    summary: '',
    steps: [],
    action: actionFor(r.severity),
    actionText: '',
    causes: [],
    delayed: r.action === 'delayed',
    technical: technicalOf(r, verdict),
  });
  return {
    locale,
    kind: verdict.kind,
    category: verdict.category,
    severity: verdict.severity,
    headline: t('fallbackHeadline'),
    summary: t('fallbackSummary', categoryWords(t, verdict.category)),
    steps: [],
    action: actionFor(verdict.severity),
    actionText: '',
    causes: [],
    delayed: verdict.recipients.length > 0 && verdict.recipients.every((r) => r.action === 'delayed'),
    recipients: verdict.recipients.map((r) => ({ address: r.address, ...finding(r) })),
    // No grouping without the catalogs: one group per address, as the notice lists them.
    groups: verdict.recipients.map((r) => ({ addresses: [r.address], domain: '', title: '', ...finding(r) })),
    technical: { ...technicalOf(main, verdict), reporter: verdict.reporter },
    words,
  };
}

/** Plain text for the clipboard: what a person would paste into a ticket or a chat. */
export function summaryText(explanation: Explanation, t: BannerTranslate): string {
  const lines = [explanation.headline];
  if (explanation.forwarded) lines.push('', explanation.forwarded);
  if (explanation.summary) lines.push('', explanation.summary);
  if (explanation.recipients.length > 0) {
    lines.push('', `${t('recipientsTitle')}:`);
    for (const r of explanation.recipients) {
      const code = [r.technical.reply, r.technical.status].filter(Boolean).join(' ');
      lines.push(`- ${r.address || '?'}: ${r.headline}${code ? ` (${code})` : ''}`);
    }
  }
  if (explanation.steps.length > 0) {
    lines.push('', `${t('stepsTitle')}:`);
    explanation.steps.forEach((s, i) => lines.push(`${i + 1}. ${s}`));
  }
  // Whether to keep the address is what a list owner acts on: each group's when they differ (as the card shows).
  if (explanation.groups.length > 1) {
    for (const g of explanation.groups) if (g.actionText) lines.push('', `${g.addresses.map((a) => a || '?').join(', ')}: ${g.actionText}`);
  }
  if (explanation.action === 'remove' || explanation.action === 'keep') {
    lines.push('', explanation.actionText || t(explanation.action === 'remove' ? 'actionRemove' : 'actionKeep'));
  }
  const d = explanation.technical.diagnostic;
  if (d) lines.push('', `${t('techDiagnostic')}: ${d}`);
  return lines.join('\n');
}
