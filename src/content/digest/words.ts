/**
 * The words of the bounce digest (the Gmail panel and the extension's digest page). Like the
 * banner's, the content script carries only the English ones and gets the chosen language's from
 * the background (see ../words.ts).
 */
import type en from '../../../public/_locales/en/messages.json';
import { categoryKeys, wordSet } from '../words.js';

export const digestKeys = [
  'digestOpen', 'digestTitle', 'digestFilesTitle', 'digestProgress', 'digestProgressBytes', 'digestCancel', 'digestClose',
  'digestCancelled', 'digestDone', 'digestSignin', 'digestUnread', 'digestEmptyFiles', 'digestColDate', 'digestColAddress', 'digestColCategory',
  'digestColSeverity', 'digestColWords', 'digestColMessage', 'digestOpenMessage', 'digestNotices', 'digestComplaint',
  'digestFilterHard', 'digestFilterCategory', 'digestFilterDomain', 'digestAll', 'digestCounts', 'digestCopyRemove',
  'digestCopiedRemove', 'digestCopyFailed', 'digestDownloadCsv', 'digestEmpty', 'digestShown', 'digestShowMore', 'digestPrivacy',
  'severityHard', 'severitySoft',
  ...Object.values(categoryKeys),
] as const satisfies readonly (keyof typeof en)[];
export type DigestKey = (typeof digestKeys)[number];
export type DigestWords = Readonly<Record<DigestKey, string>>;
export type DigestTranslate = (key: DigestKey, ...substitutions: (string | number)[]) => string;

const digestSet = wordSet(digestKeys);
export const englishDigestWords: DigestWords = digestSet.english;
export const isDigestWords = (value: unknown): value is DigestWords => digestSet.is(value);
export const digestTranslator = (words: DigestWords): DigestTranslate => digestSet.translator(words);
