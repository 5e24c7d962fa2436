/**
 * The words of the bounce digest (the Gmail panel and the extension's digest page). Like the
 * banner's, the content script carries only the English ones and gets the chosen language's from
 * the background (see ../words.ts).
 */
import en from '../../../public/_locales/en/messages.json';
import { substitute } from '../locale.js';
import { categoryKeys } from '../words.js';

export const digestKeys = [
  'digestOpen', 'digestTitle', 'digestFilesTitle', 'digestProgress', 'digestProgressBytes', 'digestCancel', 'digestClose',
  'digestCancelled', 'digestDone', 'digestSignin', 'digestUnread', 'digestColDate', 'digestColAddress', 'digestColCategory',
  'digestColSeverity', 'digestColWords', 'digestColMessage', 'digestOpenMessage', 'digestNotices', 'digestComplaint',
  'digestFilterHard', 'digestFilterCategory', 'digestFilterDomain', 'digestAll', 'digestCounts', 'digestCopyRemove',
  'digestCopiedRemove', 'digestCopyFailed', 'digestDownloadCsv', 'digestEmpty', 'digestShown', 'digestPrivacy',
  'severityHard', 'severitySoft',
  ...Object.values(categoryKeys),
] as const satisfies readonly (keyof typeof en)[];
export type DigestKey = (typeof digestKeys)[number];
export type DigestWords = Readonly<Record<DigestKey, string>>;
export type DigestTranslate = (key: DigestKey, ...substitutions: (string | number)[]) => string;

export const englishDigestWords: DigestWords = Object.fromEntries(digestKeys.map((k) => [k, en[k].message])) as Record<DigestKey, string>;

export function isDigestWords(value: unknown): value is DigestWords {
  const words = value as Record<string, unknown> | null;
  return typeof words === 'object' && words !== null && digestKeys.every((k) => typeof words[k] === 'string');
}

export function digestTranslator(words: DigestWords): DigestTranslate {
  return (key, ...subs) => substitute(words[key] ?? englishDigestWords[key], subs);
}
