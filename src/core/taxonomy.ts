/**
 * reason -> category -> severity, the one table shared/TAXONOMY.md asks for.
 */
import { bounceCategories, type BounceCategory, type Category, type Reason, type Severity } from './types.js';

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
 * Reasons that mean the address itself will never work. Sisimai's test suite marks exactly
 * these as hard bounces; a disabled mailbox (`suspend`) may be re-enabled, so it stays soft.
 */
export const permanentReasons: ReadonlySet<Reason> = new Set<Reason>(['userunknown', 'hostunknown', 'hasmoved', 'notaccept']);

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
 * hard only for a permanent reason whose notice is itself permanent: a 4xx reply, a 4.x.x
 * status or Action: delayed is never hard (TAXONOMY.md), whatever the wording.
 */
export function severityFor(reason: Reason, status: string, reply: string, action: string): Severity {
  if (reason === 'vacation' || reason === 'feedback' || reason === 'delivered') return 'none';
  if (!permanentReasons.has(reason)) return 'soft';
  if (action === 'delayed' || status.startsWith('4') || reply.startsWith('4')) return 'soft';
  return 'hard';
}

/** True when the category is one of the bounce categories (not a non-bounce kind). */
export function isBounceCategory(c: Category): c is BounceCategory {
  return (bounceCategories as readonly Category[]).includes(c);
}
