/**
 * RFC 3463 enhanced status code -> reason, for codes specific enough to decide alone.
 * Codes absent here (X.0.0, 5.7.1 "delivery not authorized", ...) say too little: the
 * server's words decide (rules/phrases.ts). Registry additions after RFC 3463: RFC 4954
 * (5.7.8), RFC 7372 (5.7.20-5.7.29), RFC 7505 (5.1.10 null MX).
 */
import type { Reason } from '../types.js';

export const statusReason: Readonly<Record<string, Reason>> = {
  // X.1.x addressing
  '5.1.0': 'userunknown', // Other address status
  '5.1.1': 'userunknown', // Bad destination mailbox address
  '5.1.2': 'hostunknown', // Bad destination system address
  '5.1.3': 'userunknown', // Bad destination mailbox address syntax
  '5.1.4': 'filtered', // Destination mailbox address ambiguous: a rule of the directory, not an absence (as Sisimai reads it)
  '5.1.6': 'hasmoved', // Destination mailbox has moved, no forwarding address
  '5.1.7': 'rejected', // Bad sender's mailbox address syntax
  '5.1.8': 'rejected', // Bad sender's system address
  '4.1.6': 'hasmoved',
  '4.1.7': 'rejected',
  '4.1.8': 'rejected',
  '5.1.10': 'userunknown', // Recipient address has null MX (Office 365 also uses it for "not found")
  // X.2.x mailbox
  '5.2.0': 'filtered',
  '5.2.1': 'filtered', // Mailbox disabled, not accepting messages
  '5.2.2': 'mailboxfull', // Mailbox full
  '4.2.2': 'mailboxfull',
  '5.2.3': 'exceedlimit', // Message length exceeds administrative limit
  '5.2.4': 'filtered', // Mailing list expansion problem (the list refuses, as Sisimai reads it)
  '4.2.4': 'filtered',
  '4.2.1': 'blocked', // Mailbox disabled, temporarily: Sisimai reads a 4.2.1 as the host being refused for now
  '4.2.3': 'exceedlimit',
  // X.3.x mail system
  '5.3.0': 'systemerror', // Other or undefined mail system status
  '4.3.0': 'systemerror',
  '5.3.1': 'systemfull', // Mail system full
  '4.3.1': 'systemfull',
  '4.3.2': 'notaccept',
  '5.3.3': 'systemerror', // System not capable of selected features
  '4.3.3': 'systemerror',
  '4.3.5': 'systemerror',
  '5.3.2': 'notaccept', // System not accepting network messages
  '5.3.4': 'mesgtoobig', // Message too big for system
  '5.3.5': 'systemerror', // System incorrectly configured
  // X.4.x network and routing
  '5.4.0': 'networkerror',
  '5.4.1': 'norelaying', // No answer from host (Office 365: "relay access denied")
  '5.4.2': 'networkerror', // Bad connection
  '4.4.2': 'networkerror',
  '4.4.4': 'networkerror', // Unable to route, for now: a lookup that may work later
  '4.4.5': 'systemfull', // Mail system congestion
  '4.4.6': 'networkerror',
  '5.4.3': 'systemerror', // Directory server failure
  '4.4.3': 'systemerror',
  '4.4.1': 'expired', // No answer from host: in a final notice, the retries ran out
  '5.4.4': 'hostunknown', // Unable to route
  '5.4.5': 'networkerror', // Mail system congestion
  '5.4.6': 'networkerror', // Routing loop detected
  '5.4.7': 'expired', // Delivery time expired
  '4.4.7': 'expired',
  // X.5.x mail delivery protocol
  '5.5.1': 'syntaxerror',
  '5.5.2': 'syntaxerror',
  '5.5.3': 'toomanyconn', // Too many recipients
  '5.5.4': 'systemerror', // Invalid command arguments: the server could not take what it was given
  '4.5.3': 'systemerror',
  '5.5.5': 'systemerror', // Wrong protocol version
  '4.5.5': 'systemerror',
  '5.5.6': 'syntaxerror',
  // X.6.x message content
  '5.6.0': 'contenterror',
  '5.6.1': 'contenterror',
  '5.6.2': 'contenterror',
  '5.6.3': 'contenterror',
  '5.6.4': 'contenterror',
  '5.6.5': 'contenterror',
  '5.6.6': 'contenterror', // Message content not available
  '5.6.7': 'contenterror', // Non-ASCII addresses not permitted (RFC 6531)
  '5.6.8': 'contenterror', // UTF-8 string reply is required
  '5.6.9': 'contenterror', // UTF-8 header cannot be transferred (RFC 6531)
  '4.6.0': 'contenterror',
  '4.6.2': 'contenterror',
  '4.6.5': 'contenterror',
  // X.7.x security and policy
  '5.7.8': 'securityerror', // Authentication credentials invalid
  '5.7.9': 'securityerror',
  '5.7.13': 'suspend', // User account disabled
  '5.7.16': 'mesgtoobig', // Message is too big for the specified priority (RFC 6710)
  '4.7.16': 'mesgtoobig',
  '5.7.17': 'hasmoved', // Mailbox owner has changed (RFC 7293)
  '5.7.18': 'hasmoved', // Domain owner has changed (RFC 7293)
  '5.7.20': 'authfailure', // No passing DKIM signature found
  '5.7.21': 'authfailure',
  '5.7.22': 'authfailure',
  '5.7.23': 'authfailure', // SPF validation failed
  '5.7.24': 'authfailure', // SPF validation error
  '5.7.25': 'requireptr', // Reverse DNS validation failed
  '5.7.26': 'authfailure', // Multiple authentication checks failed (DMARC)
  '5.7.27': 'rejected', // Sender address has null MX (RFC 7505 4.2): the sender's domain, so the sender is refused
  '5.7.28': 'spamdetected', // Mail flood of similar abusive messages
  '5.7.29': 'authfailure', // ARC validation failure
  '4.7.24': 'authfailure',
  '4.7.25': 'requireptr',
  // 4.7.1 "Delivery not authorized, message refused" and 4.7.2 given for now: the connecting host is
  // held off for the moment (Sisimai 4.25 SMTP/Status.pm and Reason/Blocked.pm true(); 5.7.1, said of
  // anything, stays to the words).
  '4.7.1': 'blocked',
  '4.7.2': 'blocked',
  '4.7.26': 'authfailure',
};

/**
 * RFC 5321 reply codes whose standard text names a cause, for a failed recipient whose notice
 * gives neither words nor a specific status. 550 and 554 ("mailbox unavailable", "transaction
 * failed") are said for anything and are left out.
 */
export const replyReason: Readonly<Record<string, Reason>> = {
  '451': 'systemerror', // Requested action aborted: local error in processing
  '452': 'systemfull', // Requested action not taken: insufficient system storage
  '500': 'syntaxerror', // Syntax error, command unrecognized
  '501': 'syntaxerror', // Syntax error in parameters or arguments
  '502': 'syntaxerror', // Command not implemented
  '503': 'syntaxerror', // Bad sequence of commands
  '504': 'syntaxerror', // Command parameter not implemented
  '551': 'hasmoved', // User not local; please try <forward-path>
  '552': 'mailboxfull', // Requested mail action aborted: exceeded storage allocation
  // RFC 7504: 521 "Host does not accept mail", 556 "Domain does not accept mail" (Sisimai 4.25 Reason/NotAccept.pm true())
  '521': 'notaccept',
  '556': 'notaccept',
};

/** The reason a status code alone implies, or undefined when it says too little. */
export function reasonFromStatus(status: string): Reason | undefined {
  return statusReason[status];
}
