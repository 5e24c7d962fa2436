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
import type { BounceCategory, Category, Kind, Reason, Recipient, Severity, Verdict } from '../types.js';
import { feedbackAction, isBounceCategory } from '../taxonomy.js';
import { type Catalog, type Locale, type MessageKey, type Params, catalogs, counted, fill, pick, resolveLocale, severalOf } from './catalog.js';
import { type CauseId, detectCauses, isConsumerMailbox } from './causes.js';
import { type CategoryPlan, type CausePlan, type FeedbackPlan, type StepRef, categoryPlan, causePlan, emptyPlan, feedbackPlan, resendSteps, waitSteps } from './plan.js';
import { attachmentRoom, authFacts, serverInstruction, sizeFacts } from './specifics.js';
import { feedbackTypeOf } from '../rules/kinds.js';
import { decodeReply, statusBeside } from './status.js';
import { type RetrySchedule, isDelayWarning, retrySchedule } from './specifics.js';

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
  /** Only a delay warning: nothing has failed yet, and the sending server is still retrying. */
  readonly delayed: boolean;
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
  /**
   * The same addresses grouped by outcome, a removal first: what an interface shows. One group
   * for a single address; none for a notice that names nobody.
   */
  readonly groups: readonly RecipientGroup[];
  /** The deciding address's detail, plus the notice format that was recognised. */
  readonly technical: TechnicalDetail & { readonly reporter: string };
  readonly labels: Labels;
  /** Only for a notice a person forwarded (Verdict.forwarded): a sentence saying the explanation is the forwarded notice's. */
  readonly forwarded?: string;
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
const maxInstruction = 200;

/** A size in MB for a sentence, in the locale's digits: "18.9", "18,9", "10". */
function megabytes(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: value >= 100 ? 0 : 1 }).format(value);
}

/** What the server's words state for one cause: the sizes of a size refusal, the domain an SPF, DKIM or DMARC check failed for. */
function statedFacts(id: CauseId, words: string, locale: Locale): Params {
  if (id === 'message-too-large') {
    const { size, limit } = sizeFacts(words);
    return {
      size: size > 0 ? megabytes(size, locale) : '',
      limit: limit > 0 ? megabytes(limit, locale) : '',
      attach: limit > 0 ? megabytes(Math.max(attachmentRoom(limit) >= 2 ? Math.floor(attachmentRoom(limit)) : attachmentRoom(limit), 0.1), locale) : '',
    };
  }
  if (id === 'spf' || id === 'dmarc' || id === 'dkim') {
    const { domain, ip } = authFacts(words);
    return { domain: clean(domain, maxHost), ip: id === 'spf' ? ip : '' };
  }
  return {};
}

/** A value fit for a sentence: single line, no control characters, bounded. */
function clean(value: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const oneLine = value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

// Read through the interfaces: the `as const` tables are unions whose members lack the optional keys.
const planFor = (category: Category): CategoryPlan => categoryPlan[category];
const causePlanFor = (id: CauseId): CausePlan => causePlan[id];

const isVariants = (ref: StepRef): ref is readonly MessageKey[] => Array.isArray(ref);

function stepKeys(ref: StepRef, params: Params): readonly MessageKey[] {
  if (isVariants(ref)) return ref;
  if (ref.when && !params[ref.when]) return [];
  if (ref.unless && params[ref.unless]) return [];
  return ref.keys;
}

/**
 * What one finding is explained from: a recipient's fields, or, for a verdict that names nobody,
 * the verdict's own.
 */
interface FindingInput {
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

/** What the whole notice says beside a finding: its evidence, a complaint's Feedback-Type, and whether the input was empty. */
type NoticeFacts = Pick<Verdict, 'evidence' | 'feedbackType' | 'empty'>;

/**
 * One finding in words. `anonymous` leaves the address out of the sentences (the causes still
 * read it): a group of addresses shares one explanation that names none of them.
 */
function explainFinding(
  subject: FindingInput,
  c: Catalog,
  locale: Locale,
  from: string,
  anonymous = false,
  notice: NoticeFacts = { evidence: [] },
): RecipientExplanation {
  const words = [subject.diagnostic, ...subject.evidence.map((e) => e.text), ...notice.evidence.map((e) => e.text)].join('\n');
  // A feedback report says what kind it is (RFC 5965 Feedback-Type): an unsubscribe is no spam report.
  const feedbackType = subject.category === 'complaint' ? (notice.feedbackType ?? feedbackTypeOf(words)) : undefined;
  const feedback: FeedbackPlan | undefined = feedbackType && feedbackPlan[feedbackType];
  const plan: CategoryPlan = notice.empty ? emptyPlan : (feedback ?? planFor(subject.category));
  const causes = isBounceCategory(subject.category) ? detectCauses(subject) : [];
  const base: Params = {
    recipient: anonymous ? '' : clean(subject.address, maxAddress),
    server: clean(subject.remoteHost, maxHost),
    sender: clean(from, maxSender) || clean(subject.address, maxAddress),
    // Not shown: lets a step such as "read the server's words" apply only when there are some.
    words: subject.diagnostic.trim() ? 'yes' : '',
    consumer: isConsumerMailbox(subject.address) ? 'yes' : '',
    hard: subject.severity === 'hard' ? 'yes' : '',
  };
  // Each cause once, with its words and the parameters its sentences can fill, including the
  // numbers and names the server's words state (sizes, the failing domain).
  const found = causes.map((cause) => ({
    plan: causePlanFor(cause.id),
    params: { ...base, ...cause.params, ...statedFacts(cause.id, words, locale) } as Params,
  }));

  // The address is wrong whatever the class says (a null MX, a mistyped domain, no such user).
  const wrongAddress = found.find((f) => f.plan.remove)?.plan.remove;
  const delayed =
    !wrongAddress &&
    isBounceCategory(subject.category) &&
    (subject.action === 'delayed' || (subject.action !== 'failed' && isDelayWarning(words, subject.status, subject.reply)));
  // A delay, or a cause that is only a wait: nothing is lost, and "send again" would duplicate.
  const waiting = delayed || found.some((f) => f.plan.delay);
  const repeats = found.some((f) => f.plan.repeats);
  const headlineCause = found.find((f) => f.plan.headline);
  const headline = headlineCause
    ? pick(c, headlineCause.plan.headline ?? [], headlineCause.params)
    : c[(delayed && plan.delayedHeadline) || plan.headline];

  const storyCause = found.find((f) => f.plan.summary);
  // A category that only says "cause unknown" gives way to the cause the words show.
  const known = plan.known && found.length > 0 ? plan.known : undefined;
  const sentences = [
    storyCause
      ? pick(c, storyCause.plan.summary ?? [], storyCause.params)
      : pick(c, known ?? ((delayed && plan.delayedSummary) || plan.summary), base),
    ...found
      .filter((f) => f.plan.sentence)
      .slice(0, maxCauseSentences)
      .map((f) => pick(c, f.plan.sentence ?? [], f.params)),
  ];
  if (delayed) sentences.push(delayNote(c, locale, retrySchedule(words)));

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
  if (!found.some((f) => f.plan.summary || f.plan.ownSteps) && !(known && chosen.length > 0)) {
    for (const ref of plan.steps) chosen.push({ keys: stepKeys(ref, base), params: base });
  }
  // The server's own instruction comes first, in its words.
  const instruction = clean(serverInstruction(subject.diagnostic), maxInstruction);
  if (instruction) chosen.unshift({ keys: ['step.serverSays'], params: { ...base, instruction } });
  if (delayed && !chosen.some((s) => s.keys.some((k) => waitSteps.has(k)))) {
    chosen.unshift({ keys: ['step.nothingToDo'], params: base });
  }
  const steps: string[] = [];
  for (const { keys, params } of chosen) {
    const usable = waiting || repeats ? keys.filter((k) => !resendSteps.has(k)) : keys;
    const text = usable.length > 0 ? pick(c, usable, params) : '';
    if (text && steps.length < maxSteps && !steps.includes(text)) steps.push(text);
  }

  // Keep or remove follows the evidence first, then the category, then the severity.
  const passing = found.find((f) => f.plan.retry)?.plan.retry;
  // The category's remove words apply where the severity is hard: one fact with the summary's lists.
  const goneMailbox = !waiting && subject.severity === 'hard' && isBounceCategory(subject.category) ? plan.remove : undefined;
  const removeText = wrongAddress ?? (passing || waiting ? undefined : goneMailbox);
  const action: AdviceAction = feedbackType
    ? feedbackAction[feedbackType]
    : removeText
    ? 'remove'
    : passing || (waiting && isBounceCategory(subject.category))
      ? 'keep'
      : actionFor(subject.category, subject.severity);
  const keepText = passing ?? found.find((f) => f.plan.keep)?.plan.keep ?? (known ? undefined : plan.keep) ?? 'action.keep';
  const actionText =
    action === 'remove'
      ? c[removeText ?? feedback?.remove ?? (subject.category === 'complaint' ? 'action.remove.complaint' : 'action.remove')]
      : action === 'none'
        ? c['action.none']
        : c[waiting ? 'action.keep.delayed' : keepText];

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
    delayed,
    technical: technicalOf(subject, locale),
  };
}

/** The delay note, with the retry schedule the notice states when it states one. */
function delayNote(c: Catalog, locale: Locale, schedule: RetrySchedule | undefined): string {
  if (!schedule) return c['note.delayed'];
  if ('until' in schedule) return fill(c['note.delayed.until'], { until: clean(schedule.until, 64) });
  return fill(c['note.delayed.for'], { period: counted(c, locale, `duration.${schedule.unit}`, schedule.count) });
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

function technicalOf(subject: FindingInput, locale: Locale): TechnicalDetail {
  return {
    status: subject.status,
    statusMeaning: subject.status ? statusBeside(subject.status, subject.diagnostic, locale) : '',
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
 * Addresses that fail the same way share one explanation: a notice listing 11 addresses refused
 * for the same reason reads as one block, not eleven copies of it.
 */
export interface RecipientGroup extends Finding {
  /** The addresses in the group, in the notice's order. */
  readonly addresses: readonly string[];
  /** The domain every address shares, '' when they differ. */
  readonly domain: string;
  /** For two or more addresses, the line that says they share the reason; '' for one address. */
  readonly title: string;
  /** The first address's detail (the others differ at most in the address). */
  readonly technical: TechnicalDetail;
}

/** What a multi-address headline counts each group as: its cause where that says more than the category. */
const outcomeCauses = ['mailbox-full', 'message-too-large'] as const satisfies readonly CauseId[];
type Outcome = BounceCategory | (typeof outcomeCauses)[number] | 'delayed' | 'delivered';

function outcomeOf(r: RecipientExplanation, delayed: boolean): Outcome {
  if (r.category === 'delivered') return 'delivered';
  if (!isBounceCategory(r.category)) return 'other';
  if (delayed) return 'delayed';
  return outcomeCauses.find((id) => r.causes.includes(id)) ?? r.category;
}

const domainOf = (address: string): string => (address.includes('@') ? address.slice(address.lastIndexOf('@') + 1).toLowerCase() : '');

// Remove first (a hard failure must never hide behind a soft one), then keep, then nothing to do.
const actionOrder: Record<AdviceAction, number> = { remove: 0, keep: 1, none: 2 };

/**
 * Recipients grouped by what a person reads and does: same words, same steps, same keep-or-remove.
 * A group of several is explained once more without any address, so its sentences fit them all.
 */
function groupRecipients(
  inputs: readonly FindingInput[],
  explained: readonly RecipientExplanation[],
  c: Catalog,
  locale: Locale,
  from: string,
  notice: NoticeFacts,
): { group: RecipientGroup; outcome: Outcome; delayed: boolean }[] {
  const byKey = new Map<string, number[]>();
  explained.forEach((r, i) => {
    const anon = explainFinding(inputs[i] as FindingInput, c, locale, from, true, notice);
    const key = JSON.stringify([r.category, r.severity, r.action, r.delayed, r.causes, anon.headline, anon.summary, anon.steps, anon.actionText]);
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const groups = [...byKey.values()].map((members) => {
    const first = members[0] ?? 0;
    const input = inputs[first] as FindingInput;
    const own = explained[first] as RecipientExplanation;
    const delayed = own.delayed;
    const addresses = members.map((i) => explained[i]?.address ?? '');
    const domains = new Set(addresses.map(domainOf));
    const domain = domains.size === 1 ? ([...domains][0] ?? '') : '';
    // Said of them all: "These addresses do not exist", "Remove these addresses".
    const words = members.length > 1 ? explainFinding(input, severalOf(locale), locale, from, true, notice) : own;
    const state = delayed ? 'delayed' : isBounceCategory(own.category) ? ('failed' as const) : ('other' as const);
    const title = members.length > 1 ? counted(c, locale, `group.${domain ? 'domain' : 'any'}.${state}`, members.length, { domain }) : '';
    const { address: _address, ...finding } = words;
    return {
      group: { ...finding, addresses, domain, title, technical: own.technical },
      outcome: outcomeOf(own, delayed),
      delayed,
    };
  });
  return groups.sort((a, b) => actionOrder[a.group.action] - actionOrder[b.group.action]);
}

/** "2 do not exist, 1 mailbox is full": each outcome counted once, in the groups' order. */
function outcomeList(groups: readonly { group: RecipientGroup; outcome: Outcome }[], c: Catalog, locale: Locale): string {
  const counts = new Map<Outcome, number>();
  for (const { group, outcome } of groups) counts.set(outcome, (counts.get(outcome) ?? 0) + group.addresses.length);
  return [...counts]
    .map(([outcome, n]) => counted(c, locale, `outcome.${outcome}`, n))
    // A comma in each of the five languages.
    .join(', ');
}

/**
 * A verdict in plain words, in the requested language (falling back it-CH → it → en).
 *
 * A notice naming several addresses gets a headline that sums up every outcome ("3 addresses
 * failed: 2 do not exist, 1 mailbox is full"); each address keeps its own explanation in
 * `recipients`, and `groups` puts together those that failed the same way.
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
  // The notice's own evidence speaks for every address (a delay warning's "we will keep trying").
  const recipients = verdict.recipients.map((r) => explainFinding(r, c, locale, verdict.from, false, verdict));
  const base = {
    locale,
    kind: verdict.kind,
    category: verdict.category,
    severity: verdict.severity,
    recipients,
    labels: labelsOf(c),
    ...(verdict.forwarded ? { forwarded: c['note.forwarded'] } : {}),
  };

  if (recipients.length <= 1) {
    // One address, or none: a notice that names nobody is explained from the verdict itself.
    const only =
      recipients[0] ??
      explainFinding(
        {
          address: '',
          category: verdict.category,
          severity: verdict.severity,
          action: '',
          // The notice's own codes ("550 5.7.1" pasted on its own): what the words mean beside them.
          status: verdict.status,
          reply: verdict.reply,
          diagnostic: '',
          remoteHost: '',
          reason: verdict.reason,
          evidence: verdict.evidence,
        },
        c,
        locale,
        verdict.from,
        false,
        verdict,
      );
    const { address: _address, technical, ...finding } = only;
    const groups: RecipientGroup[] = recipients[0]
      ? [{ ...finding, addresses: [only.address], domain: domainOf(only.address), title: '', technical }]
      : [];
    return { ...base, ...finding, groups, technical: { ...technical, reporter: verdict.reporter } };
  }

  const grouped = groupRecipients(verdict.recipients, recipients, c, locale, verdict.from, verdict);
  const groups = grouped.map((g) => g.group);
  const lead = groups[0] as RecipientGroup;
  const count = new Intl.NumberFormat(locale).format(recipients.length);
  const allFailed = grouped.every((g) => !g.delayed && isBounceCategory(g.group.category));
  const actions = new Set(groups.map((g) => g.action));
  const mixed = actions.size > 1;
  const one = groups.length === 1;
  return {
    ...base,
    // One group: its own headline says what happened to them all; several: every outcome counted.
    headline: one ? lead.headline : fill(c[allFailed ? 'headline.multi.failed' : 'headline.multi.mixed'], { count, outcomes: outcomeList(grouped, c, locale) }),
    summary: one ? `${lead.title} ${lead.summary}` : fill(c['summary.multi'], { count }),
    steps: lead.steps,
    action: mixed ? (actions.has('remove') ? 'remove' : 'keep') : lead.action,
    actionText: mixed ? c['action.mixed'] : lead.actionText,
    causes: lead.causes,
    delayed: groups.every((g) => g.delayed),
    groups,
    technical: { ...lead.technical, reporter: verdict.reporter },
  };
}
