/**
 * The explanation the banner and the popup show. The words come from the core's `explain()`
 * (src/core/advice); this file only adapts its result to what the UI renders, so that the UI
 * does not break if a field is missing, and says something useful when no explanation can be had
 * (the background was unreachable). It imports no core code: the content script must not carry
 * the explanation catalogs (see explain-local.ts).
 */
import type { Category, Severity, Verdict } from '../core/index.js';
import { wordsTranslator, type BannerTranslate, type BannerWords } from './words.js';

export interface Technical {
  readonly status: string;
  readonly statusMeaning: string;
  readonly reply: string;
  readonly diagnostic: string;
  readonly remoteHost: string;
}

export interface RecipientLine {
  readonly address: string;
  readonly headline: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly technical: Technical;
}

export interface Explanation {
  readonly headline: string;
  readonly summary: string;
  readonly steps: readonly string[];
  readonly action: 'keep' | 'remove' | 'none';
  /** The keep-or-remove advice in words; '' to use the extension's own. */
  readonly actionText: string;
  readonly recipients: readonly RecipientLine[];
  readonly technical: Technical;
  /** The banner's own words, in the same language as the explanation. */
  readonly words: BannerWords;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : str((v as { text?: unknown })?.text))).filter(Boolean) : [];

function technicalOf(value: unknown, fallback: Verdict['recipients'][number] | undefined): Technical {
  const t = (value ?? {}) as Record<string, unknown>;
  return {
    status: str(t['status']) || (fallback?.status ?? ''),
    statusMeaning: str(t['statusMeaning']),
    reply: str(t['reply']) || (fallback?.reply ?? ''),
    diagnostic: str(t['diagnostic']) || (fallback?.diagnostic ?? ''),
    remoteHost: str(t['remoteHost']) || (fallback?.remoteHost ?? ''),
  };
}

/** Adapts `explain()`'s result (or nothing, for the fallback) to what the card renders. */
export function normalizeExplanation(explained: unknown, verdict: Verdict, words: BannerWords): Explanation {
  const t = wordsTranslator(words);
  const raw = (explained && typeof explained === 'object' ? explained : undefined) as Record<string, unknown> | undefined;
  const main = verdict.recipients.find((r) => r.category === verdict.category) ?? verdict.recipients[0];
  const rawRecipients = Array.isArray(raw?.['recipients']) ? (raw['recipients'] as Record<string, unknown>[]) : [];
  const recipients: RecipientLine[] = verdict.recipients.map((r, i) => {
    const match = rawRecipients.find((x) => str(x?.['address']) === r.address) ?? rawRecipients[i] ?? {};
    return {
      address: r.address,
      headline: str(match['headline']) || str(match['summary']) || t('fallbackSummary', r.category),
      category: r.category,
      severity: r.severity,
      technical: technicalOf(match['technical'] ?? match, r),
    };
  });
  const action = raw?.['action'];
  return {
    headline: str(raw?.['headline']) || t('fallbackHeadline'),
    summary: str(raw?.['summary']) || (raw ? '' : t('fallbackSummary', verdict.category)),
    steps: strList(raw?.['steps']),
    action: action === 'keep' || action === 'remove' || action === 'none' ? action : verdict.severity === 'hard' ? 'remove' : 'keep',
    actionText: str(raw?.['actionText']),
    recipients,
    technical: technicalOf(raw?.['technical'], main),
    words,
  };
}

/** What the banner says when no explanation could be had: the verdict, in the UI's words. */
export function fallbackExplanation(verdict: Verdict, words: BannerWords): Explanation {
  return normalizeExplanation(undefined, verdict, words);
}

/** Plain text for the clipboard: what a person would paste into a ticket or a chat. */
export function summaryText(explanation: Explanation, t: BannerTranslate): string {
  const lines = [explanation.headline];
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
  const d = explanation.technical.diagnostic;
  if (d) lines.push('', `${t('techDiagnostic')}: ${d}`);
  return lines.join('\n');
}
