/**
 * The words a banner needs around an explanation. The content scripts carry only the English
 * ones (for when the background cannot be reached); every other language arrives from the
 * background together with the explanation, so that five catalogs need not ride along in every
 * webmail page under the 60 KB budget.
 */
import en from '../../public/_locales/en/messages.json';
import { substitute } from './locale.js';

export const bannerKeys = [
  'bannerLabel', 'severityHard', 'severitySoft', 'recipientsTitle', 'stepsTitle', 'actionKeep', 'actionRemove',
  'technicalToggle', 'techStatus', 'techReply', 'techDiagnostic', 'techRemoteHost', 'sourceMessage', 'sourceText',
  'sourceScreen', 'dismiss', 'dismissTitle', 'fallbackHeadline', 'fallbackSummary',
] as const satisfies readonly (keyof typeof en)[];
export type BannerKey = (typeof bannerKeys)[number];
export type BannerWords = Readonly<Record<BannerKey, string>>;
export type BannerTranslate = (key: BannerKey, ...substitutions: (string | number)[]) => string;

export const englishWords: BannerWords = Object.fromEntries(bannerKeys.map((k) => [k, en[k].message])) as Record<BannerKey, string>;

export function isBannerWords(value: unknown): value is BannerWords {
  const words = value as Record<string, unknown> | null;
  return typeof words === 'object' && words !== null && bannerKeys.every((k) => typeof words[k] === 'string');
}

export function wordsTranslator(words: BannerWords): BannerTranslate {
  return (key, ...subs) => substitute(words[key] ?? englishWords[key], subs);
}
