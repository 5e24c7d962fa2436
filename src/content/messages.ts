/**
 * The messages the content scripts send the background, and only these: how many banners a tab
 * shows (for the toolbar badge), and a verdict to put into words. Both stay inside the extension;
 * nothing is stored or sent further.
 */
import type { Verdict } from '../core/index.js';
import { isLocale, type Locale } from './locale.js';

export interface CountMessage {
  readonly type: 'whybounce:count';
  readonly count: number;
}

export interface ExplainMessage {
  readonly type: 'whybounce:explain';
  readonly verdict: Verdict;
  readonly locale: Locale;
}

export function isCountMessage(value: unknown): value is CountMessage {
  const m = value as Partial<CountMessage> | null;
  return m?.type === 'whybounce:count' && typeof m.count === 'number' && Number.isFinite(m.count);
}

export function isExplainMessage(value: unknown): value is ExplainMessage {
  const m = value as Partial<ExplainMessage> | null;
  const v = m?.verdict as Partial<Verdict> | undefined;
  return (
    m?.type === 'whybounce:explain' &&
    isLocale(m.locale) &&
    typeof v === 'object' &&
    v !== null &&
    typeof v.kind === 'string' &&
    typeof v.category === 'string' &&
    Array.isArray(v.recipients)
  );
}
