/**
 * The words a banner needs around an explanation. The content scripts carry only the English
 * ones (for when the background cannot be reached); every other language arrives from the
 * background together with the explanation, so that five catalogs need not ride along in every
 * webmail page (budget: 40 KB gzipped per content script, scripts/budgets-ext.mjs).
 */
import type { Category } from '../core/index.js';
import en from '../../public/_locales/en/messages.json';
import { substitute } from './locale.js';

/**
 * Each category in words, for when no explanation could be had: a person never sees an id such
 * as `bad-mailbox`. `satisfies` makes a new core category a compile error here until it has words.
 */
export const categoryKeys = {
  'bad-mailbox': 'categoryBadMailbox',
  'bad-domain': 'categoryBadDomain',
  'inactive-mailbox': 'categoryInactiveMailbox',
  'no-answer-from-host': 'categoryNoAnswerFromHost',
  'bad-connection': 'categoryBadConnection',
  'quota-issues': 'categoryQuotaIssues',
  'protocol-errors': 'categoryProtocolErrors',
  'routing-errors': 'categoryRoutingErrors',
  'bad-configuration': 'categoryBadConfiguration',
  'relaying-issues': 'categoryRelayingIssues',
  'content-related': 'categoryContentRelated',
  'spam-related': 'categorySpamRelated',
  'invalid-sender': 'categoryInvalidSender',
  'message-expired': 'categoryMessageExpired',
  'policy-related': 'categoryPolicyRelated',
  'virus-related': 'categoryVirusRelated',
  other: 'categoryOther',
  'auto-reply': 'categoryAutoReply',
  complaint: 'categoryComplaint',
  delivered: 'categoryDelivered',
  'not-a-bounce': 'categoryNotABounce',
} as const satisfies Record<Category, keyof typeof en>;

export const bannerKeys = [
  'bannerLabel', 'severityHard', 'severitySoft', 'recipientsTitle', 'stepsTitle', 'actionKeep', 'actionRemove',
  'technicalToggle', 'techStatus', 'techReply', 'techDiagnostic', 'techRemoteHost', 'sourceMessage', 'sourceText',
  'sourceScreen', 'sourceView', 'fullNoticeHint', 'fullNoticeRead', 'fullNoticeWaiting', 'fullNoticeManual', 'dismiss', 'dismissTitle', 'hiddenNote', 'undo',
  'fallbackHeadline', 'fallbackSummary',
  ...Object.values(categoryKeys),
] as const satisfies readonly (keyof typeof en)[];
export type BannerKey = (typeof bannerKeys)[number];
export type BannerWords = Readonly<Record<BannerKey, string>>;
export type BannerTranslate = (key: BannerKey, ...substitutions: (string | number)[]) => string;

/**
 * A set of the extension's words for a content script: the English ones it carries, a check
 * that words from the background hold every key, and a translator over them.
 */
export interface WordSet<K extends string> {
  readonly english: Readonly<Record<K, string>>;
  is(value: unknown): value is Readonly<Record<K, string>>;
  translator(words: Readonly<Record<K, string>>): (key: K, ...substitutions: (string | number)[]) => string;
}

export function wordSet<K extends keyof typeof en>(keys: readonly K[]): WordSet<K> {
  const english = Object.fromEntries(keys.map((k) => [k, en[k].message])) as Record<K, string>;
  return {
    english,
    is: (value: unknown): value is Readonly<Record<K, string>> => {
      const words = value as Record<string, unknown> | null;
      return typeof words === 'object' && words !== null && keys.every((k) => typeof words[k] === 'string');
    },
    translator: (words) => (key, ...subs) => substitute(words[key] ?? english[key], subs),
  };
}

const bannerSet = wordSet(bannerKeys);
export const englishWords: BannerWords = bannerSet.english;
export const isBannerWords = (value: unknown): value is BannerWords => bannerSet.is(value);
export const wordsTranslator = (words: BannerWords): BannerTranslate => bannerSet.translator(words);

/** A category in the banner's words (lowercase: it follows a colon). */
export function categoryWords(t: BannerTranslate, category: Category): string {
  return t(categoryKeys[category] ?? 'categoryOther');
}
