/**
 * The one place that decides which reason wins when a server's words match several.
 * Narrow, unambiguous wordings first (a full mailbox, a virus, a relay refusal); broad words
 * ("refused", "blocked", "policy") last. The same order ranks rules/phrases.ts's specific table
 * and then its broad one. Every reason a rule can produce appears exactly once
 * (test/core/rules.test.ts checks it).
 *
 * Some pairs whose order matters, with the wording that decided it:
 * - networkerror before expired: "550 5.4.312 Message expired, DNS query failed" is a DNS failure
 *   that outlived the retries; the cause is the DNS, not the clock.
 * - toomanyconn before blocked: qq.com's "550 Connection frequency limited [... Blocked IP ...]".
 * - policyviolation before blocked: Gmail's "This message was blocked because its content presents
 *   a potential security issue".
 * - hostunknown before networkerror: "no route to host found" names a domain that does not exist.
 */
import type { Reason } from '../types.js';

export const phrasePrecedence = [
  'mailererror',
  'virusdetected',
  'mesgtoobig',
  'exceedlimit',
  'mailboxfull',
  'systemfull',
  'hasmoved',
  'norelaying',
  'requireptr',
  'authfailure',
  'notcompliantrfc',
  'suspend',
  'userunknown',
  'notaccept',
  'hostunknown',
  'badreputation',
  'toomanyconn',
  'speeding',
  'securityerror',
  'policyviolation',
  'spamdetected',
  'blocked',
  'rejected',
  'contenterror',
  'syntaxerror',
  'networkerror',
  'expired',
  'filtered',
  'systemerror',
] as const satisfies readonly Reason[];

/** Reasons no phrase produces: they come from the kind of message or from nothing matching. */
export const nonPhraseReasons = ['vacation', 'feedback', 'delivered', 'onhold', 'undefined'] as const satisfies readonly Reason[];
