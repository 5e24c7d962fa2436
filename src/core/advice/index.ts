/**
 * `explain`: a verdict in plain words, for a sender who does not know what SMTP is.
 *
 * The output is structured (headline, summary, steps, keep-or-remove, technical detail) so each
 * interface renders it its own way: the CLI as text (`formatExplanationText`), the popup and the
 * webmail banner as DOM nodes. Everything returned is plain text, never markup: it quotes the
 * bounce's own words, which are hostile input.
 *
 * Pure: no DOM, no platform APIs, same result for the same verdict and locale.
 */
import type { Category, Kind, Reason, Recipient, Severity, Verdict } from '../types.js';
import { isBounceCategory } from '../taxonomy.js';
import { type Catalog, type Locale, type MessageKey, type Params, catalogs, pick, resolveLocale } from './catalog.js';
import { type CauseId, detectCauses } from './causes.js';
import { type CategoryPlan, type CausePlan, type StepRef, categoryPlan, causePlan, resendSteps, waitSteps } from './plan.js';
import { decodeReply, decodeStatus } from './status.js';

export { resolveLocale, supportedLocales, type Locale } from './catalog.js';
export { decodeStatus, decodeReply, type StatusMeaning } from './status.js';
export { detectCauses, suggestDomain, causeIds, type Cause, type CauseId } from './causes.js';
export { formatExplanationText } from './format.js';

/** What to do with the address in the sender's lists. */
export type AdviceAction = 'keep' | 'remove' | 'none';

/** The detail behind the words, for whoever wants it. */
export interface TechnicalDetail {
  /** RFC 3463 status code as the notice wrote it, e.g. `5.2.2`; '' when none. */
  readonly status: string;
  /** The status code in words, e.g. "Permanent failure: mailbox full"; '' when none. */
  readonly statusMeaning: string;
  /** SMTP reply code, e.g. `552`; '' when none. */
  readonly reply: string;
  /** The reply code in words; '' when none. */
  readonly replyMeaning: string;
  /** The receiving server's own words, verbatim. */
  readonly diagnostic: string;
  /** The server that answered (or did not); '' when unknown. */
  readonly remoteHost: string;
  /** The finer reason, for programs. */
  readonly reason: Reason;
}

/** The words for one finding: what a person reads, whether for the notice or for one address. */
export interface Finding {
  readonly category: Category;
  readonly severity: Severity;
  /** One line a person understands at a glance. */
  readonly headline: string;
  /** What happened, naming the address and the server when known. */
  readonly summary: string;
  /** What to do: two to four concrete steps, the most specific first. */
  readonly steps: readonly string[];
  /** keep (soft), remove (hard, or a spam complaint), none (not a failure). */
  readonly action: AdviceAction;
  /** The keep-or-remove advice in words. */
  readonly actionText: string;
  /** The specific causes found in the server's words, most important first. */
  readonly causes: readonly CauseId[];
}

/** One failed (or delayed, delivered …) address, explained. */
export interface RecipientExplanation extends Finding {
  readonly address: string;
  readonly technical: TechnicalDetail;
}

/** The words an interface needs around an explanation, in the same language. */
export type Labels = { readonly [K in MessageKey as K extends `label.${infer N}` ? N : never]: string };

/** A whole notice, explained: the main finding, then each address. */
export interface Explanation extends Finding {
  /** The language of every string here. */
  readonly locale: Locale;
  readonly kind: Kind;
  /** Every address the notice names, each explained on its own. */
  readonly recipients: readonly RecipientExplanation[];
  /** The deciding address's detail, plus the notice format that was recognised. */
  readonly technical: TechnicalDetail & { readonly reporter: string };
  readonly labels: Labels;
}

export interface ExplainOptions {
  /** A BCP 47 tag or a preference list; falls back it-CH → it → en. Default `en`. */
  readonly locale?: string | readonly string[];
}

// Causes beyond the first two add length, not understanding.
const maxCauseSentences = 2;
const maxSteps = 4;
// Text from the notice goes into sentences; a hostile notice must not turn one into a wall.
const maxAddress = 320;
const maxHost = 255;
const maxSender = 200;

/** A value fit for a sentence: single line, no control characters, bounded. */
function clean(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

// Read through the interfaces: the `as const` tables are unions whose members lack the optional keys.
const planFor = (category: Category): CategoryPlan => categoryPlan[category];
const causePlanFor = (id: CauseId): CausePlan => causePlan[id];

function stepKeys(ref: StepRef, params: Params): readonly MessageKey[] {
  if (!('when' in ref)) return ref;
  return params[ref.when] ? ref.keys : [];
}

/** What a recipient-level explanation is built from; a verdict without recipients gives one too. */
interface Subject {
  readonly address: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly action: Recipient['action'];
  readonly status: string;
  readonly reply: string;
  readonly diagnostic: string;
  readonly remoteHost: string;
  readonly reason: Reason;
  readonly evidence: Recipient['evidence'];
}

function explainSubject(subject: Subject, c: Catalog, locale: Locale, from: string): RecipientExplanation {
  const plan = planFor(subject.category);
  const causes = isBounceCategory(subject.category) ? detectCauses(subject) : [];
  const base: Params = {
    recipient: clean(subject.address, maxAddress),
    server: clean(subject.remoteHost, maxHost),
    sender: clean(from, maxSender) || clean(subject.address, maxAddress),
    // Not shown: lets a step such as "read the server's words" apply only when there are some.
    words: subject.diagnostic.trim() ? 'yes' : '',
  };
  // Each cause once, with its words and the parameters its sentences can fill.
  const found = causes.map((cause) => ({ plan: causePlanFor(cause.id), params: { ...base, ...cause.params } as Params }));

  const delayed = subject.action === 'delayed' && isBounceCategory(subject.category);
  const headlineCause = found.find((f) => f.plan.headline);
  const headline = headlineCause
    ? pick(c, headlineCause.plan.headline ?? [], headlineCause.params)
    : c[(delayed && plan.delayedHeadline) || plan.headline];

  const storyCause = found.find((f) => f.plan.summary);
  const sentences = [
    storyCause
      ? pick(c, storyCause.plan.summary ?? [], storyCause.params)
      : pick(c, (delayed && plan.delayedSummary) || plan.summary, base),
    ...found
      .filter((f) => f.plan.sentence)
      .slice(0, maxCauseSentences)
      .map((f) => pick(c, f.plan.sentence ?? [], f.params)),
  ];
  if (delayed) sentences.push(c['note.delayed']);

  // The specific fix first: round-robin over the causes' steps (so SPF and DKIM both get their
  // first step before either gets its second), then the category's unless a cause settles what
  // to do, then stop at four. A delay warning drops "send again" and leads with "wait".
  const chosen: { keys: readonly MessageKey[]; params: Params }[] = [];
  const longest = Math.max(0, ...found.map((f) => f.plan.steps.length));
  for (let i = 0; i < longest; i++) {
    for (const { plan: p, params } of found) {
      const ref = p.steps[i];
      if (ref) chosen.push({ keys: stepKeys(ref, params), params });
    }
  }
  if (!found.some((f) => f.plan.summary || f.plan.ownSteps)) {
    for (const ref of plan.steps) chosen.push({ keys: stepKeys(ref, base), params: base });
  }
  if (delayed && !chosen.some((s) => s.keys.some((k) => waitSteps.has(k)))) {
    chosen.unshift({ keys: ['step.nothingToDo'], params: base });
  }
  const steps: string[] = [];
  for (const { keys, params } of chosen) {
    const usable = delayed ? keys.filter((k) => !resendSteps.has(k)) : keys;
    const text = usable.length > 0 ? pick(c, usable, params) : '';
    if (text && steps.length < maxSteps && !steps.includes(text)) steps.push(text);
  }

  const wrongAddress = found.find((f) => f.plan.remove)?.plan.remove;
  const action = wrongAddress ? 'remove' : actionFor(subject.category, subject.severity);
  const keepText = found.find((f) => f.plan.keep)?.plan.keep ?? plan.keep ?? 'action.keep';
  const actionText =
    action === 'remove'
      ? c[wrongAddress ?? (subject.category === 'complaint' ? 'action.remove.complaint' : 'action.remove')]
      : action === 'none'
        ? c['action.none']
        : c[delayed ? 'action.keep.delayed' : keepText];

  return {
    address: subject.address,
    category: subject.category,
    severity: subject.severity,
    headline,
    summary: sentences.join(' '),
    steps,
    action,
    actionText,
    causes: causes.map((k) => k.id),
    technical: technicalOf(subject, locale),
  };
}

/**
 * hard → remove, soft → keep, not a failure → none; a spam complaint is not a failure but the
 * person asked not to be mailed, so the address comes off the lists too.
 */
function actionFor(category: Category, severity: Severity): AdviceAction {
  if (category === 'complaint') return 'remove';
  if (!isBounceCategory(category) || severity === 'none') return 'none';
  return severity === 'hard' ? 'remove' : 'keep';
}

function technicalOf(subject: Subject, locale: Locale): TechnicalDetail {
  return {
    status: subject.status,
    statusMeaning: subject.status ? decodeStatus(subject.status, locale).text : '',
    reply: subject.reply,
    replyMeaning: subject.reply ? decodeReply(subject.reply, locale) : '',
    diagnostic: subject.diagnostic,
    remoteHost: subject.remoteHost,
    reason: subject.reason,
  };
}

function labelsOf(c: Catalog): Labels {
  const entries = Object.entries(c).filter(([k]) => k.startsWith('label.'));
  return Object.fromEntries(entries.map(([k, v]) => [k.slice('label.'.length), v])) as unknown as Labels;
}

/**
 * A verdict in plain words, in the requested language (falling back it-CH → it → en).
 *
 * @example
 * ```ts
 * const e = explain(await classify(raw), { locale: 'it' });
 * e.headline;  // 'La casella del destinatario è piena'
 * e.action;    // 'keep'
 * e.steps[0];  // 'Avvisa il destinatario in un altro modo …'
 * ```
 */
export function explain(verdict: Verdict, opts: ExplainOptions = {}): Explanation {
  const locale = resolveLocale(opts.locale);
  const c = catalogs[locale];
  const recipients = verdict.recipients.map((r) => explainSubject(r, c, locale, verdict.from));

  // The message-level explanation is the deciding recipient's: the one the verdict's category
  // came from. A notice that names nobody is explained from the verdict itself.
  const deciding =
    recipients.find((r) => r.category === verdict.category) ??
    recipients[0] ??
    explainSubject(
      {
        address: '',
        category: verdict.category,
        severity: verdict.severity,
        action: '',
        status: '',
        reply: '',
        diagnostic: '',
        remoteHost: '',
        reason: verdict.reason,
        evidence: verdict.evidence,
      },
      c,
      locale,
      verdict.from,
    );
  const summary =
    recipients.length > 1
      ? `${deciding.summary} ${pick(c, ['note.multiple'], { count: String(recipients.length) })}`
      : deciding.summary;
  return {
    locale,
    kind: verdict.kind,
    category: verdict.category,
    severity: verdict.severity,
    headline: deciding.headline,
    summary,
    steps: deciding.steps,
    action: deciding.action,
    actionText: deciding.actionText,
    causes: deciding.causes,
    recipients,
    technical: { ...deciding.technical, reporter: verdict.reporter },
    labels: labelsOf(c),
  };
}
