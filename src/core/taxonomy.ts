/**
 * reason -> category -> severity, the one table shared/TAXONOMY.md asks for.
 */
import { bounceCategories, type BounceCategory, type Category, type FeedbackType, type Reason, type Severity } from './types.js';

/**
 * The primary category of each reason. Where a reason spans several categories the evidence
 * decides (see `categoryFor`); this is the answer when it does not.
 */
export const reasonCategory = {
  userunknown: 'bad-mailbox',
  hostunknown: 'bad-domain',
  suspend: 'inactive-mailbox',
  hasmoved: 'inactive-mailbox',
  mailboxfull: 'quota-issues',
  mesgtoobig: 'quota-issues',
  exceedlimit: 'quota-issues',
  systemfull: 'quota-issues',
  notaccept: 'bad-domain',
  networkerror: 'routing-errors',
  toomanyconn: 'bad-connection',
  speeding: 'policy-related',
  syntaxerror: 'protocol-errors',
  notcompliantrfc: 'protocol-errors',
  mailererror: 'bad-configuration',
  systemerror: 'bad-configuration',
  norelaying: 'relaying-issues',
  contenterror: 'content-related',
  spamdetected: 'spam-related',
  blocked: 'spam-related',
  badreputation: 'spam-related',
  requireptr: 'invalid-sender',
  authfailure: 'invalid-sender',
  rejected: 'invalid-sender',
  securityerror: 'invalid-sender',
  policyviolation: 'policy-related',
  filtered: 'policy-related',
  virusdetected: 'virus-related',
  expired: 'message-expired',
  vacation: 'auto-reply',
  feedback: 'complaint',
  delivered: 'delivered',
  onhold: 'other',
  undefined: 'other',
} as const satisfies Record<Reason, Category>;

/**
 * TAXONOMY.md's severity column: the categories whose failure means the address itself will not
 * work (remove it), and those where it may work later (keep it). `inactive-mailbox` ("disabled,
 * suspended or moved") is hard there; a suspension the server calls temporary is told apart by
 * its class, not its category: a 4xx reply, a 4.x.x status or Action: delayed is never hard.
 */
export const categorySeverity = {
  'bad-mailbox': 'hard',
  'bad-domain': 'hard',
  'inactive-mailbox': 'hard',
  'no-answer-from-host': 'soft',
  'bad-connection': 'soft',
  'quota-issues': 'soft',
  'protocol-errors': 'soft',
  'routing-errors': 'soft',
  'bad-configuration': 'soft',
  'relaying-issues': 'soft',
  'content-related': 'soft',
  'spam-related': 'soft',
  'invalid-sender': 'soft',
  'message-expired': 'soft',
  'policy-related': 'soft',
  'virus-related': 'soft',
  other: 'soft',
} as const satisfies Record<BounceCategory, 'hard' | 'soft'>;

/**
 * Reasons that mean the address itself will never work: those whose category is hard in
 * TAXONOMY.md (userunknown, hostunknown, notaccept, suspend, hasmoved). Derived, so that the
 * severity a verdict carries, the summary's remove list and the advice's keep-or-remove are one
 * fact. Sisimai (and the dev corpus's labels) count `suspend` as soft; TAXONOMY.md, which fixes
 * the meanings here, lists a suspended mailbox as hard.
 */
export const permanentReasons: ReadonlySet<Reason> = new Set<Reason>(
  (Object.keys(reasonCategory) as Reason[]).filter((r) => {
    const c: Category = reasonCategory[r];
    return isBounceCategory(c) && categorySeverity[c] === 'hard';
  }),
);

/** Hints from the evidence that pick a secondary category for reasons that span several. */
export interface CategoryHints {
  /** The remote host never answered (timeout, no route), as opposed to DNS or routing trouble. */
  readonly noAnswer?: boolean;
  /** The connection was made but then failed or was refused. */
  readonly connectionFailed?: boolean;
  /**
   * The words that decided say the address is unknown ("User unknown", "No such user"), but the
   * command or code made the reason `filtered` (Sisimai's reading: such words outside RCPT TO may be a
   * filter speaking). What a person is told is still what the server said: the mailbox is bad.
   */
  readonly addressWords?: boolean;
}

/** The category a person sees for a failed recipient with this reason. */
export function categoryFor(reason: Reason, hints: CategoryHints = {}): Category {
  if (reason === 'networkerror') {
    if (hints.noAnswer) return 'no-answer-from-host';
    if (hints.connectionFailed) return 'bad-connection';
  }
  if (reason === 'notaccept' && hints.noAnswer) return 'no-answer-from-host';
  if (reason === 'filtered' && hints.addressWords) return 'bad-mailbox';
  return reasonCategory[reason];
}

/**
 * A server saying the account is shut only for now: "User x temporary locked. Please try again
 * later!", "account temporarily suspended". TAXONOMY.md's hard means "the address itself will
 * never work": a suspension its own server calls temporary may work later, so it is soft.
 */
const temporarySuspensionRe = /\btemporar|\btry (?:again )?later\b/i;

/**
 * hard only for a permanent reason whose notice is itself permanent: a 4xx reply, a 4.x.x
 * status or Action: delayed is never hard (TAXONOMY.md), whatever the wording; nor a suspension
 * the server's `words` call temporary.
 */
export function severityFor(reason: Reason, status: string, reply: string, action: string, words = ''): Severity {
  if (reason === 'vacation' || reason === 'feedback' || reason === 'delivered') return 'none';
  if (!permanentReasons.has(reason)) return 'soft';
  if (action === 'delayed' || status.startsWith('4') || reply.startsWith('4')) return 'soft';
  if (reason === 'suspend' && temporarySuspensionRe.test(words.slice(0, 4096))) return 'soft';
  return 'hard';
}

/**
 * What a feedback report means for the address, by its Feedback-Type: `remove` where the person
 * (or their provider for them) does not want the mail: a spam complaint, an unsubscribe, a fraud
 * report, an unspecified one; `none` where the report says nothing against the address: a virus
 * found in the message, a "not spam" vote (RFC 6430), an authentication failure report (RFC 6591,
 * about the sender's domain). The summary's remove list and the advice read this one table.
 */
export const feedbackAction = {
  abuse: 'remove',
  'opt-out': 'remove',
  fraud: 'remove',
  other: 'remove',
  virus: 'none',
  'not-spam': 'none',
  'auth-failure': 'none',
} as const satisfies Record<FeedbackType, 'remove' | 'none'>;

/** True when the category is one of the bounce categories (not a non-bounce kind). */
export function isBounceCategory(c: Category): c is BounceCategory {
  return (bounceCategories as readonly Category[]).includes(c);
}
