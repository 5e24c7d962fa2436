/**
 * Decides one recipient's reason from what its notice says: the format's own certainty, the
 * receiving provider's wording, the server's words, then the status code, then the action.
 */
import { findStatus, isGenericStatus } from '../parse/codes.js';
import type { Reason } from '../types.js';
import { phrases } from './phrases.js';
import { phrasePrecedence } from './precedence.js';
import { providerRules } from './providers.js';
import { reasonFromStatus } from './status.js';

export interface ReasonInput {
  /** The server's words for this recipient. */
  readonly diagnostic: string;
  /** The rest of the notice, read only when the recipient's own words decide nothing. */
  readonly context: string;
  readonly status: string;
  readonly reply: string;
  readonly action: string;
  readonly command?: string | undefined;
  readonly hint?: Reason | undefined;
  readonly remoteHost: string;
}

export interface Decision {
  readonly reason: Reason;
  /** Which rule decided, e.g. `phrase`, `status`, `provider:google`. */
  readonly rule: string;
  /** The exact words (or code) that decided. */
  readonly matched: string;
}

/** Reasons whose words beat a specific status code: the server said more than its code. */
const wordsBeatStatus: ReadonlySet<Reason> = new Set<Reason>([
  'mailererror', 'virusdetected', 'norelaying', 'requireptr', 'authfailure', 'spamdetected', 'blocked',
  'badreputation', 'mailboxfull', 'mesgtoobig', 'toomanyconn', 'speeding', 'notcompliantrfc', 'suspend', 'hasmoved', 'expired',
]);

/** Lowercase, whitespace folded: the form phrases are written in. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** The first reason, in precedence order, one of whose phrases occurs in `folded`. */
export function matchPhrase(folded: string): { reason: Reason; phrase: string } | null {
  if (!folded) return null;
  for (const reason of phrasePrecedence) {
    const list = phrases[reason];
    if (!list) continue;
    for (const p of list) if (folded.includes(p)) return { reason, phrase: p };
  }
  return null;
}

export function decideReason(input: ReasonInput): Decision {
  if (input.hint) return { reason: input.hint, rule: 'reporter', matched: '' };
  const folded = fold(input.diagnostic);
  const host = input.remoteHost.toLowerCase();
  for (const rule of providerRules) {
    if (!rule.hosts.some((h) => host.includes(h) || folded.includes(h))) continue;
    for (const p of rule.phrases) {
      if (folded.includes(p.phrase) && (!p.status || p.status === input.status)) {
        return { reason: p.reason, rule: `provider:${rule.name}`, matched: p.phrase };
      }
    }
  }
  const status = input.status || findStatus(input.diagnostic);
  const byStatus = isGenericStatus(status) ? undefined : reasonFromStatus(status);
  const byWords = matchPhrase(folded);
  if (byWords && (!byStatus || wordsBeatStatus.has(byWords.reason))) {
    return { reason: byWords.reason, rule: 'phrase', matched: byWords.phrase };
  }
  if (byStatus) return { reason: byStatus, rule: 'status', matched: status };
  if (byWords) return { reason: byWords.reason, rule: 'phrase', matched: byWords.phrase };
  const inContext = matchPhrase(fold(input.context));
  if (inContext) return { reason: inContext.reason, rule: 'phrase:notice', matched: inContext.phrase };
  if (input.action === 'delayed' || status.startsWith('4')) return { reason: 'expired', rule: 'action', matched: input.action || status };
  if (input.command === 'HELO' || input.command === 'EHLO') return { reason: 'blocked', rule: 'command', matched: input.command };
  return { reason: 'undefined', rule: 'none', matched: '' };
}
