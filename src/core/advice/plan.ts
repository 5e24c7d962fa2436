/**
 * Which words explain which finding: per category and per cause, the catalog keys for the
 * headline, the sentences and the steps. Data only; `explain` (index.ts) walks it.
 *
 * A list of keys is a list of variants, most specific first: the renderer uses the first whose
 * placeholders the verdict can fill (see `pick`).
 */
import type { Category } from '../types.js';
import type { MessageKey } from './catalog.js';
import type { CauseId, CauseParam } from './causes.js';
import type { FeedbackType } from '../types.js';

/**
 * A fact a step may depend on: a cause parameter, `words` (the server gave its own words),
 * `consumer` (the recipient's mailbox is at a consumer provider: there is no IT department to ask),
 * or `hard` (the verdict's severity is hard: the address is to be removed).
 */
export type StepCondition = CauseParam | 'words' | 'consumer' | 'hard';

type Variants = readonly MessageKey[];

/**
 * One step: its variants, and optionally a fact without which (`when`) or with which (`unless`)
 * it does not apply.
 */
export type StepRef = Variants | { readonly when?: StepCondition; readonly unless?: StepCondition; readonly keys: Variants };

export interface CategoryPlan {
  readonly headline: MessageKey;
  readonly summary: Variants;
  /** The headline and sentence for a delay warning, where the usual ones say the sender gave up. */
  readonly delayedHeadline?: MessageKey;
  readonly delayedSummary?: Variants;
  /** The category's own steps, after any cause's (at least two, so every explanation has some). */
  readonly steps: readonly [StepRef, StepRef, ...StepRef[]];
  /** What "keep" means here, for a soft failure; defaults to `action.keep`. */
  readonly keep?: MessageKey;
  /**
   * The words for removing the address when the verdict's severity is hard (the one fact that
   * decides, shared with the summary's remove list: taxonomy.ts `severityFor`).
   */
  readonly remove?: MessageKey;
  /**
   * The category only says the cause is unknown: where the server's words show one, this
   * sentence replaces the summary that says "no clear reason", the category's steps give way to
   * the cause's, and "keep" no longer says the notice is silent.
   */
  readonly known?: Variants;
}

export const categoryPlan = {
  'bad-mailbox': {
    headline: 'headline.bad-mailbox',
    summary: ['summary.bad-mailbox.host', 'summary.bad-mailbox', 'summary.bad-mailbox.anon'],
    steps: [['step.checkSpelling'], ['step.askNewAddress']],
  },
  'bad-domain': {
    headline: 'headline.bad-domain',
    summary: ['summary.bad-domain.host', 'summary.bad-domain', 'summary.bad-domain.anon'],
    steps: [['step.checkDomain'], ['step.domainGone']],
  },
  'inactive-mailbox': {
    headline: 'headline.inactive-mailbox',
    summary: ['summary.inactive-mailbox.host', 'summary.inactive-mailbox', 'summary.inactive-mailbox.anon'],
    // Providers recycle abandoned mailboxes as spam traps: off the list until the person confirms.
    // A suspension the server calls temporary (4xx, "temporarily locked") is soft: kept, and
    // removed if the next message bounces the same way.
    steps: [['step.tellOtherWay'], { when: 'hard', keys: ['step.inactive.confirm'] }, { unless: 'hard', keys: ['step.other.next'] }],
    keep: 'action.keep.suspended',
    remove: 'action.remove.inactive',
  },
  'no-answer-from-host': {
    headline: 'headline.no-answer-from-host',
    summary: ['summary.no-answer-from-host.host', 'summary.no-answer-from-host', 'summary.no-answer-from-host.anon'],
    steps: [['step.retryLater'], ['step.checkDomain'], ['step.persistentTellRecipient']],
  },
  'bad-connection': {
    headline: 'headline.bad-connection',
    summary: ['summary.bad-connection.host', 'summary.bad-connection', 'summary.bad-connection.anon'],
    steps: [['step.retryLater'], ['step.askProvider'], ['step.persistentTellRecipient']],
  },
  'quota-issues': {
    headline: 'headline.quota-issues',
    summary: ['summary.quota-issues.host', 'summary.quota-issues', 'summary.quota-issues.anon'],
    steps: [['step.full.tell'], ['step.size.link'], ['step.retryLater']],
  },
  'protocol-errors': {
    headline: 'headline.protocol-errors',
    summary: ['summary.protocol-errors.host', 'summary.protocol-errors', 'summary.protocol-errors.anon'],
    steps: [['step.retryLater'], ['step.otherProgram'], ['step.forwardProvider']],
  },
  'routing-errors': {
    headline: 'headline.routing-errors',
    summary: ['summary.routing-errors.host', 'summary.routing-errors', 'summary.routing-errors.anon'],
    steps: [['step.checkDomain'], ['step.retryLater'], ['step.persistentTellRecipient']],
  },
  'bad-configuration': {
    headline: 'headline.bad-configuration',
    summary: ['summary.bad-configuration.host', 'summary.bad-configuration', 'summary.bad-configuration.anon'],
    steps: [['step.retryLater'], ['step.persistentTellRecipient']],
  },
  'relaying-issues': {
    headline: 'headline.relaying-issues',
    summary: ['summary.relaying-issues.host', 'summary.relaying-issues', 'summary.relaying-issues.anon'],
    steps: [['step.smtpAuth'], ['step.checkSpelling'], ['step.persistentTellRecipient']],
    keep: 'action.keep.sender',
  },
  'content-related': {
    headline: 'headline.content-related',
    summary: ['summary.content-related.host', 'summary.content-related', 'summary.content-related.anon'],
    steps: [['step.attachmentsAsLink'], ['step.simplifyContent'], { when: 'words', keys: ['step.readServerWords'] }],
    keep: 'action.keep.sender',
  },
  'spam-related': {
    headline: 'headline.spam-related',
    summary: ['summary.spam-related.host', 'summary.spam-related', 'summary.spam-related.anon'],
    steps: [['step.checkContent'], ['step.authenticateDomain'], ['step.noFreeMailSender'], ['step.consentOnly']],
    keep: 'action.keep.sender',
  },
  'invalid-sender': {
    headline: 'headline.invalid-sender',
    summary: ['summary.invalid-sender.host', 'summary.invalid-sender', 'summary.invalid-sender.anon'],
    steps: [['step.checkSenderAddress'], ['step.authenticateDomain'], ['step.testAuth']],
    keep: 'action.keep.sender',
  },
  'message-expired': {
    headline: 'headline.message-expired',
    summary: ['summary.message-expired.host', 'summary.message-expired', 'summary.message-expired.anon'],
    delayedHeadline: 'headline.message-expired.delayed',
    delayedSummary: [
      'summary.message-expired.delayed.host',
      'summary.message-expired.delayed',
      'summary.message-expired.delayed.anon',
    ],
    steps: [['step.resendLater'], ['step.persistentTellRecipient']],
  },
  'policy-related': {
    headline: 'headline.policy-related',
    summary: ['summary.policy-related.host', 'summary.policy-related', 'summary.policy-related.anon'],
    steps: [
      { when: 'words', keys: ['step.readServerWords'] },
      { unless: 'consumer', keys: ['step.askAllowlist'] },
      { when: 'consumer', keys: ['step.askAllowlist.consumer'] },
      ['step.retryLater'],
    ],
  },
  'virus-related': {
    headline: 'headline.virus-related',
    summary: ['summary.virus-related.host', 'summary.virus-related', 'summary.virus-related.anon'],
    steps: [['step.scanComputer'], ['step.falsePositive']],
    keep: 'action.keep.sender',
  },
  // The cause is unknown: say so, blame nobody, and let the next message decide.
  other: {
    headline: 'headline.other',
    summary: ['summary.other.host', 'summary.other', 'summary.other.anon'],
    steps: [{ when: 'words', keys: ['step.readServerWords'] }, ['step.other.askLog'], ['step.other.next']],
    keep: 'action.keep.other',
    known: ['summary.other.known', 'summary.other.known.anon'],
  },
  'auto-reply': {
    headline: 'headline.auto-reply',
    summary: ['summary.auto-reply', 'summary.auto-reply.anon'],
    steps: [['step.autoReply.read'], ['step.autoReply.noResend']],
  },
  complaint: {
    headline: 'headline.complaint',
    summary: ['summary.complaint', 'summary.complaint.anon'],
    steps: [['step.complaint.stop'], ['step.complaint.unsubscribe'], ['step.consentOnly']],
  },
  delivered: {
    headline: 'headline.delivered',
    summary: ['summary.delivered.host', 'summary.delivered', 'summary.delivered.anon'],
    steps: [['step.delivered.nothing'], ['step.delivered.notRead']],
  },
  'not-a-bounce': {
    headline: 'headline.not-a-bounce',
    summary: ['summary.not-a-bounce'],
    steps: [['step.notBounce.fullNotice'], ['step.notBounce.nothing']],
  },
} as const satisfies Record<Category, CategoryPlan>;

/**
 * An input that held nothing to read (Verdict.empty): no notice, and not ordinary mail either;
 * what to give instead, the whole returned message or the text the webmail shows.
 */
export const emptyPlan = {
  headline: 'headline.empty',
  summary: ['summary.empty'],
  steps: [['step.empty.source'], ['step.empty.text']],
} as const satisfies CategoryPlan;

export interface CausePlan {
  /** Replaces the category's headline (the first cause that has one wins). */
  readonly headline?: Variants;
  /**
   * Replaces the category's sentence, for a cause that changes the whole story; its steps then
   * replace the category's too (a full mailbox needs no advice about attachment sizes).
   */
  readonly summary?: Variants;
  /** Added after the category's sentence, naming what the server's words show. */
  readonly sentence?: Variants;
  /** Put before the category's steps: the specific fix comes first. */
  readonly steps: readonly StepRef[];
  /**
   * The cause settles what to do, so the category's generic steps are left out (a group that
   * refuses non-members needs no "try again later", a mistyped domain no "check the spelling").
   */
  readonly ownSteps?: true;
  /** What "keep" means when this cause is found, where the category's words would mislead. */
  readonly keep?: MessageKey;
  /**
   * The cause shows the address itself is wrong, whatever the severity says: it is removed,
   * with these words (a mistyped domain bounces as a soft DNS failure, yet will never work).
   */
  readonly remove?: MessageKey;
  /**
   * The cause shows a passing fault, whatever the severity says: the address is kept, with these
   * words (a DNS lookup that failed for now is not a domain that does not exist).
   */
  readonly retry?: MessageKey;
  /** The cause is a wait, not a failure (greylisting): no "send again", and nothing is lost. */
  readonly delay?: true;
  /**
   * The same message fails the same way every time (a duplicate header, a mail loop, a network
   * the receiver refuses): no "try again later", which would only repeat it.
   */
  readonly repeats?: true;
}

/**
 * Steps that tell the sender to send again: pointless, even confusing, in a delay warning, while
 * the sending server is still retrying on its own.
 */
export const resendSteps: ReadonlySet<MessageKey> = new Set<MessageKey>(['step.resendLater', 'step.retryLater', 'step.full.retry', 'step.recipients.split']);

/** Steps that already tell the sender to wait; a delay warning then needs no "nothing to do". */
export const waitSteps: ReadonlySet<MessageKey> = new Set<MessageKey>(['step.nothingToDo', 'step.greylist.wait']);

const authHeadline = ['headline.cause.auth'] as const;

export const causePlan = {
  dmarc: {
    headline: authHeadline,
    sentence: ['cause.dmarc.domain', 'cause.dmarc'],
    steps: [['step.dmarc.align'], ['step.dmarc.otherService'], ['step.dmarc.freemail']],
  },
  spf: { headline: authHeadline, sentence: ['cause.spf.domain.ip', 'cause.spf.domain', 'cause.spf'], steps: [['step.spf.record'], ['step.spf.single']] },
  dkim: { headline: authHeadline, sentence: ['cause.dkim.domain', 'cause.dkim'], steps: [['step.dkim.enable'], ['step.testAuth']] },
  ptr: {
    headline: ['headline.cause.ptr'],
    sentence: ['cause.ptr.ip', 'cause.ptr'],
    steps: [['step.ptr.fix.ip', 'step.ptr.fix'], ['step.ptr.useProvider']],
    // The sending server's name is the fix: nothing about the wording, the From address or the person helps.
    ownSteps: true,
  },
  'sender-not-verified': {
    headline: ['headline.cause.sender-not-verified'],
    sentence: ['cause.sender-not-verified'],
    steps: [['step.sender.verify'], ['step.forwardProvider']],
    ownSteps: true,
  },
  'smtp-auth': {
    headline: ['headline.cause.smtp-auth'],
    sentence: ['cause.smtp-auth'],
    steps: [['step.smtpAuth'], ['step.smtpPort']],
    ownSteps: true,
  },
  'sender-domain': {
    headline: ['headline.cause.sender-domain'],
    sentence: ['cause.sender-domain'],
    steps: [['step.checkSenderAddress'], ['step.sender.dns']],
  },
  'group-permission': {
    headline: ['headline.cause.group-permission'],
    sentence: ['cause.group-permission'],
    steps: [['step.group.check'], ['step.group.owner']],
    ownSteps: true,
  },
  auth: { headline: authHeadline, sentence: ['cause.auth'], steps: [['step.authenticateDomain'], ['step.testAuth']] },
  'listed-link': {
    headline: ['headline.cause.listed-link'],
    sentence: ['cause.listed-link.named', 'cause.listed-link'],
    steps: [['step.links.check'], ['step.links.lookup.site', 'step.links.lookup']],
  },
  blocklist: {
    headline: ['headline.cause.blocklist.named', 'headline.cause.blocklist'],
    sentence: ['cause.blocklist.named.ip', 'cause.blocklist.named', 'cause.blocklist.ip', 'cause.blocklist'],
    steps: [
      ['step.blocklist.lookup.site', 'step.blocklist.lookup.named', 'step.blocklist.lookup'],
      { when: 'expires', keys: ['step.blocklist.expires'] },
      ['step.blocklist.stopCause'],
      ['step.blocklist.provider'],
    ],
    // The listing is of the sending IP: nothing about the wording or the person helps.
    ownSteps: true,
  },
  'dynamic-ip': {
    headline: ['headline.cause.dynamic-ip'],
    sentence: ['cause.dynamic-ip'],
    steps: [['step.ptr.useProvider'], ['step.smtpAuth']],
    repeats: true,
    // The connection is refused, whatever the message says: no advice about its wording.
    ownSteps: true,
  },
  reputation: {
    headline: ['headline.cause.reputation'],
    sentence: ['cause.reputation'],
    steps: [['step.reputation.slow'], ['step.reputation.monitor'], ['step.authenticateDomain']],
  },
  'spam-content': { sentence: ['cause.spam-content'], steps: [['step.checkContent'], ['step.noFreeMailSender']] },
  'too-many-recipients': {
    headline: ['headline.cause.too-many-recipients'],
    sentence: ['cause.too-many-recipients'],
    steps: [['step.recipients.split'], ['step.recipients.service']],
    ownSteps: true,
  },
  'rate-limit': {
    headline: ['headline.cause.rate-limit'],
    sentence: ['cause.rate-limit'],
    steps: [['step.rate.slow'], ['step.retryLater']],
    // A limit on how much, how fast: wait and spread the sending; the receiver needs no fixing.
    ownSteps: true,
  },
  greylisting: {
    headline: ['headline.cause.greylisting'],
    summary: ['summary.cause.greylisting.host', 'summary.cause.greylisting', 'summary.cause.greylisting.anon'],
    steps: [['step.greylist.wait'], ['step.greylist.persist']],
    delay: true,
  },
  'mailbox-full': {
    headline: ['headline.cause.mailbox-full'],
    summary: ['summary.cause.mailbox-full.host', 'summary.cause.mailbox-full', 'summary.cause.mailbox-full.anon'],
    steps: [['step.full.tell'], ['step.full.retry'], ['step.full.abandoned']],
  },
  'message-too-large': {
    headline: ['headline.cause.message-too-large'],
    summary: ['summary.cause.message-too-large.host', 'summary.cause.message-too-large', 'summary.cause.message-too-large.anon'],
    // The numbers the server gave first: how big the attachments may be.
    steps: [{ when: 'limit', keys: ['step.size.under.sent', 'step.size.under'] }, ['step.size.link'], ['step.size.shrink'], ['step.size.growth']],
  },
  'system-full': {
    headline: ['headline.cause.system-full'],
    summary: ['summary.cause.system-full.host', 'summary.cause.system-full', 'summary.cause.system-full.anon'],
    steps: [['step.retryLater'], ['step.persistentTellRecipient']],
  },
  nxdomain: { sentence: ['cause.nxdomain.domain', 'cause.nxdomain'], steps: [['step.checkDomain'], ['step.domainGone']] },
  // RFC 7505: a null MX is the domain's own statement that it takes no mail, whatever the class.
  'null-mx': {
    headline: ['headline.cause.null-mx'],
    sentence: ['cause.null-mx.domain', 'cause.null-mx'],
    // The step after "check the domain" speaks of the domain (its "it" is the domain in every language).
    steps: [['step.checkDomain'], ['step.domainGone']],
    ownSteps: true,
    remove: 'action.remove.nullMx',
  },
  // A lookup that failed for now (SERVFAIL, "try again") says nothing about whether the domain exists.
  'dns-temporary': {
    headline: ['headline.cause.dns-temporary'],
    summary: ['summary.cause.dns-temporary.host', 'summary.cause.dns-temporary', 'summary.cause.dns-temporary.anon'],
    steps: [['step.dns.check'], ['step.retryLater'], ['step.dns.persist']],
    retry: 'action.keep.dns',
  },
  'dns-error': { sentence: ['cause.dns-error'], steps: [['step.retryLater'], ['step.checkDomain']] },
  loop: { sentence: ['cause.loop'], steps: [['step.persistentTellRecipient'], ['step.forwardProvider']], repeats: true },
  tls: { sentence: ['cause.tls'], steps: [['step.forwardProvider'], ['step.persistentTellRecipient']] },
  // What the connection did only explains; the category's steps already say what to do.
  refused: { sentence: ['cause.refused'], steps: [] },
  timeout: { sentence: ['cause.timeout'], steps: [] },
  unreachable: { sentence: ['cause.unreachable'], steps: [] },
  'lost-connection': { sentence: ['cause.lost-connection'], steps: [] },
  moved: {
    headline: ['headline.cause.moved'],
    sentence: ['cause.moved'],
    steps: [['step.moved.ask'], ['step.moved.update']],
    ownSteps: true,
  },
  disabled: { headline: ['headline.cause.disabled'], sentence: ['cause.disabled'], steps: [['step.tellOtherWay']] },
  'unknown-user': {
    headline: ['headline.cause.unknown-user'],
    sentence: ['cause.unknown-user'],
    steps: [['step.checkSpelling'], ['step.askNewAddress']],
    ownSteps: true,
    // Filed under a filter or an unknown cause, yet the words say no such user: remove, hedged.
    remove: 'action.remove.unknown',
  },
  virus: { sentence: ['cause.virus'], steps: [['step.scanComputer'], ['step.falsePositive']] },
  // About the file, not the wording; and a program attached by nobody you know of is a forged sender.
  attachment: {
    headline: ['headline.cause.attachment'],
    sentence: ['cause.attachment.type', 'cause.attachment'],
    steps: [['step.attachment.type'], ['step.attachment.forged'], ['step.size.link']],
    ownSteps: true,
  },
  // The program that wrote the message is at fault (a duplicate header): attachments and wording do not matter.
  malformed: { sentence: ['cause.malformed'], steps: [['step.otherProgram'], ['step.forwardProvider']], repeats: true, ownSteps: true },
  'typo-domain': {
    headline: ['headline.cause.typo-domain'],
    sentence: ['cause.typo-domain'],
    steps: [['step.typo.fix'], ['step.typo.elsewhere']],
    ownSteps: true,
    remove: 'action.remove.typo',
  },
} as const satisfies Record<CauseId, CausePlan>;

/** A feedback report's plan: what it is. What it means for the address: taxonomy.ts `feedbackAction`. */
export type FeedbackPlan = CategoryPlan;

/** Per Feedback-Type: a spam complaint, an unsubscribe, a fraud or virus report, a "not spam". */
export const feedbackPlan = {
  abuse: categoryPlan.complaint,
  other: categoryPlan.complaint,
  'opt-out': {
    headline: 'headline.complaint.opt-out',
    summary: ['summary.complaint.opt-out', 'summary.complaint.opt-out.anon'],
    steps: [['step.optOut.honour'], ['step.complaint.unsubscribe']],
    remove: 'action.remove.optOut',
  },
  fraud: {
    headline: 'headline.complaint.fraud',
    summary: ['summary.complaint.fraud', 'summary.complaint.fraud.anon'],
    steps: [['step.fraud.check'], ['step.complaint.stop'], ['step.testAuth']],
  },
  virus: {
    headline: 'headline.complaint.virus',
    summary: ['summary.complaint.virus', 'summary.complaint.virus.anon'],
    steps: [['step.scanComputer'], ['step.falsePositive']],
  },
  'not-spam': {
    headline: 'headline.complaint.not-spam',
    summary: ['summary.complaint.not-spam', 'summary.complaint.not-spam.anon'],
    steps: [['step.notSpam.nothing'], ['step.authenticateDomain']],
  },
  'auth-failure': {
    headline: 'headline.complaint.auth-failure',
    summary: ['summary.complaint.auth-failure', 'summary.complaint.auth-failure.anon'],
    steps: [['step.testAuth'], ['step.authenticateDomain']],
  },
} as const satisfies Record<FeedbackType, FeedbackPlan>;
