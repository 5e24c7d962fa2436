/**
 * Symantec.cloud, formerly MessageLabs (MAILER-DAEMON@messagelabs.com, Subject "Mail Delivery
 * Failure"): a short text and a standard DSN whose recipient block adds a "Reason:" line.
 *
 *   Final-Recipient: rfc822; a@example.jp
 *   Action: failed
 *   Status: 5.0.0
 *   Diagnostic-Code: smtp; 550 5.1.1 <a@example.jp>... User Unknown
 *   Reason: 550 5.1.1 <a@example.jp>... User Unknown
 */
import { dsnFound, fromOf, subjectOf } from './lib.js';
import type { Reporter } from './types.js';

export const messagelabs = {
  name: 'MessageLabs',
  marks: { from: ['@messagelabs.com'] },
  detect: (ctx) => fromOf(ctx).includes('@messagelabs.com') && subjectOf(ctx).startsWith('mail delivery failure'),
  recipients: dsnFound,
} as const satisfies Reporter;
