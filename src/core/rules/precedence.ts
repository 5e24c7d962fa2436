/**
 * The one place that decides which reason wins when a server's words match several.
 * Narrow, unambiguous wordings first (a full mailbox, a virus, a relay refusal); broad words
 * ("refused", "blocked", "policy") last. Every reason a rule can produce appears exactly once
 * (test/core/rules.test.ts checks it).
 */
import type { Reason } from '../types.js';

export const phrasePrecedence = [
  'mailererror',
  'mesgtoobig',
  'exceedlimit',
  'mailboxfull',
  'systemfull',
  'virusdetected',
  'hasmoved',
  'norelaying',
  'requireptr',
  'authfailure',
  'notcompliantrfc',
  'suspend',
  'userunknown',
  'hostunknown',
  'notaccept',
  'badreputation',
  'toomanyconn',
  'speeding',
  'spamdetected',
  'blocked',
  'rejected',
  'securityerror',
  'contenterror',
  'syntaxerror',
  'expired',
  'networkerror',
  'policyviolation',
  'filtered',
  'systemerror',
] as const satisfies readonly Reason[];

/** Reasons no phrase produces: they come from the kind of message or from nothing matching. */
export const nonPhraseReasons = ['vacation', 'feedback', 'delivered', 'onhold', 'undefined'] as const satisfies readonly Reason[];
