/**
 * Sisimai's per-reason phrase lists read as facts about wording (issue 8), first half of the
 * reasons: Blocked, ContentError, ExceedLimit, Expired, Filtered, HasMoved, HostUnknown,
 * MailboxFull, MailerError, MesgTooBig, NetworkError, NoRelaying, NotAccept, OnHold.
 *
 * Each row cites the module whose index or pattern holds the phrase (Sisimai 4.25,
 * lib/Sisimai/Reason/*.pm) and writes a server reply of our own around it: our addresses, example
 * domains and documentation IPs, not text from any project's test mail. `reason` is what the
 * phrase means in our vocabulary (types.ts): where Sisimai 4.25 files a phrase under a reason that
 * later Sisimai versions and this project split out (a missing PTR record is `requireptr`, an SPF
 * failure `authfailure`, a reputation `badreputation`), the row says so in `note`.
 *
 * Left out: phrases whose words are another reason's here or too loose to decide alone: Blocked's
 * "connection dropped/reset by peer/refused by" (a network failure), "go away", "helo command
 * rejected:", "client host rejected: was not authenticated" (an authentication refusal);
 * Filtered's "bounced address" (a suppression list), "user not found" (an unknown user) and "this account is
 * protected by" (a person's account-security sentence); Blocked's "you are sending spam" (a person says it too);
 * ExceedLimit's "message too large" (the message's size); MailboxFull's "mail file size exceeds
 * the maximum size allowed" (the words of a size limit); MailerError's "command failed: " (an SMTP
 * client writes it of any command); NotAccept's "smtp protocol returned a permanent error" and
 * "no route for current request" (no cause named).
 *
 * OnHold has no phrases (its `true()` reads only the status code), so it has no rows here.
 */
import type { Category, Reason } from '../../../src/core/types.js';

export interface WordingRow {
  /** The Sisimai 4.25 module and list the phrase comes from. */
  readonly source: string;
  /** A reply written around the phrase, as a server would send it. */
  readonly text: string;
  /** What the wording means here. */
  readonly reason: Reason;
  /** The category, where the evidence places the reason in another than its primary one (taxonomy.ts categoryFor). */
  readonly category?: Category;
  readonly note?: string;
}

const row = (module: string, text: string, reason: Reason, note?: string, category?: Category): WordingRow => ({
  source: `Sisimai 4.25 Reason/${module}.pm`, text, reason, ...(note ? { note } : {}), ...(category ? { category } : {}),
});

const B = 'Blocked';
const ptr = 'a missing PTR record: requireptr';
export const sisimaiWording: readonly WordingRow[] = [
  // Blocked.pm match() regex
  row(B, 'host mx1.dest.example[192.0.2.25] said: 550 blocked (in reply to RCPT TO command)', 'blocked'),
  row(B, '550 Access denied. IP name lookup failed [192.0.2.9]', 'requireptr', ptr),
  row(B, '554 Access from ip address 192.0.2.9 blocked. Contact the postmaster', 'blocked'),
  row(B, '550 All mail servers must have a PTR record with a valid reverse DNS entry', 'requireptr', ptr),
  row(B, '550 5.7.1 Bad DNS PTR resource record for 192.0.2.9', 'requireptr', ptr),
  row(B, '550 5.7.1 Bad sender IP address 192.0.2.9', 'blocked'),
  row(B, '550 5.7.1 Service unavailable; client [192.0.2.9] blacklisted by dnsbl.dest.example', 'blocked'),
  row(B, '554 5.7.1 Refused - see https://postmaster.dest.example/refused', 'blocked'),
  row(B, '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using bl.dest.example', 'blocked'),
  row(B, '550 Cannot find your hostname, [192.0.2.9]', 'requireptr', ptr),
  row(B, '550 Cannot resolve your address 192.0.2.9', 'requireptr', ptr),
  row(B, '553 Client host rejected: may not be mail exchanger for dest.example', 'blocked'),
  row(B, '554 Connections not accepted from IP addresses on Spamhaus XBL', 'blocked'),
  row(B, '550 Currently sending spam see: https://dest.example/why', 'blocked'),
  row(B, '550 5.7.1 Domain origin.example mismatches client IP 192.0.2.9', 'requireptr', ptr),
  row(B, '554 5.7.1 Dynamic/zombied/spam IPs blocked', 'blocked'),
  row(B, '554 5.7.1 Email blocked by bl.barracudacentral.org', 'blocked'),
  row(B, '554 5.7.1 ESMTP not accepting connections', 'blocked'),
  row(B, '550 Extreme bad IP profile for 192.0.2.9', 'blocked'),
  row(B, '550 Fix reverse DNS for 192.0.2.9', 'requireptr', ptr),
  row(B, '550 Host network not allowed', 'blocked'),
  row(B, '550 We do not accept mail from hosts with dynamic IP or generic DNS PTR-records', 'blocked'),
  row(B, '550 Invalid IP for sending mail of domain origin.example', 'blocked'),
  row(B, '554 Your IP 192.0.2.9 is in a black list at bl.dest.example.', 'blocked'),
  row(B, '550 IPs with missing PTR records are not accepted', 'requireptr', ptr),
  row(B, '554 The mail server at 192.0.2.9 is blocked', 'blocked'),
  row(B, '550 Mail from 192.0.2.9 refused: see the site policy', 'blocked'),
  row(B, '550 Message from 192.0.2.9 rejected based on blacklist', 'blocked'),
  row(B, '550 No access from mail server 192.0.2.9', 'blocked'),
  row(B, '550 No PTR record found.', 'requireptr', ptr),
  row(B, '550 5.7.1 Not currently accepting mail from your IP', 'blocked'),
  row(B, '550 Part of their network is on our block list', 'blocked'),
  row(B, '550 Please get a custom reverse DNS name from your ISP for your host', 'requireptr', ptr),
  row(B, '554 Please use the SMTP server of your ISP', 'blocked'),
  row(B, '550 5.7.25 The sending IP must have a PTR record setup', 'requireptr', ptr),
  row(B, '554 Rejecting open proxy 192.0.2.9', 'blocked'),
  row(B, '550 Reverse DNS failed for 192.0.2.9', 'requireptr', ptr),
  row(B, '550 Reverse DNS required', 'requireptr', ptr),
  row(B, '554 Sender IP address rejected', 'blocked'),
  row(B, '550 Sender IP reverse lookup rejected', 'requireptr', ptr),
  row(B, '550 Server IP 192.0.2.9 listed as abusive', 'blocked'),
  row(B, '553 Sorry, your remotehost looks suspiciously like spammer', 'blocked'),
  row(B, '550 The IP 192.0.2.9 is blacklisted', 'blocked'),
  row(B, '550 This system will not accept messages from servers/devices with no reverse DNS', 'requireptr', ptr),
  row(B, '554 Too many spams from your IP (192.0.2.9)', 'blocked'),
  row(B, '550 Your message was blocked by the dest.example filter service', 'blocked'),
  row(B, '550 We do not accept mail from dynamic IPs', 'blocked'),
  row(B, '550 Your email address has been blacklisted', 'blocked'),
  row(B, '421 Your network is temporary blacklisted', 'blocked'),
  row(B, '550 Your server requires confirmation', 'blocked'),

  // ContentError.pm index
  row('ContentError', '552 Header size exceeds maximum permitted', 'contenterror'),
  row('ContentError', '550 5.6.0 Improper use of 8-bit data in message header', 'contenterror'),
  row('ContentError', '552 Message header size, or recipient list, exceeds policy limit', 'contenterror'),
  row('ContentError', '554 5.6.0 Message MIME complexity exceeds the policy maximum', 'contenterror'),
  row('ContentError', '554 5.6.0 This message contain invalid MIME headers', 'contenterror'),
  row('ContentError', '554 5.6.0 This message contain improperly-formatted binary content', 'contenterror'),
  row('ContentError', '554 5.6.0 This message contain text that uses unnecessary base64 encoding', 'contenterror'),

  // ExceedLimit.pm index
  row('ExceedLimit', '552 Message header size exceeds limit', 'exceedlimit'),

  // Expired.pm index
  row('Expired', 'Could not find a gateway for rcpt@dest-doc.example', 'expired'),
  row('Expired', 'Delivery attempts will continue to be made for 3 days', 'expired'),
  row('Expired', 'Failed to deliver to domain dest-doc.example within the retry period', 'expired'),
  row('Expired', 'Retry time not reached for any host after a long failure period', 'expired'),
  row('Expired', 'The message has not been collected after 7 days', 'expired'),
  row('Expired', 'Message expired after sitting in queue for 5 days', 'expired'),
  row('Expired', 'This message has been in the queue too long.', 'expired'),
  row('Expired', 'Your message could not be delivered for more than 5 days', 'expired'),

  // Filtered.pm index
  row('Filtered', '550 Due to extended inactivity new mail is not currently being accepted for this mailbox', 'filtered'),
  row('Filtered', '550 The recipient has restricted SMS e-mail', 'filtered'),
  row('Filtered', '550 5.7.1 Mailbox is not accepting any mail', 'filtered'),
  row('Filtered', '550 5.7.1 Message rejected due to user rules', 'filtered'),
  row('Filtered', '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'filtered'),
  row('Filtered', '550 5.7.1 User reject: the recipient refused this message', 'filtered'),
  row('Filtered', '550 5.7.1 You have been blocked by the recipient', 'filtered'),

  // HasMoved.pm index
  row('HasMoved', '550 5.1.6 rcpt@dest-doc.example has been replaced by new@dest-doc.example', 'hasmoved'),

  // HostUnknown.pm index and pattern
  row('HostUnknown', '550 5.1.2 Domain is not reachable', 'hostunknown'),
  row('HostUnknown', '550 5.1.2 Host unreachable: dest-doc.example', 'hostunknown'),
  row('HostUnknown', '550 5.1.2 Recipient address rejected: Unknown domain name', 'hostunknown'),
  row('HostUnknown', '553 5.1.8 Recipient domain must exist', 'hostunknown'),
  row('HostUnknown', '553 dest-doc.example does not exist', 'hostunknown'),

  // MailboxFull.pm index
  row('MailboxFull', '550 Account disabled temporarly for exceeding receiving limits', 'mailboxfull'),
  row('MailboxFull', '552 Account is exceeding their quota', 'mailboxfull'),
  row('MailboxFull', '452 Account is temporarily over quota', 'mailboxfull'),
  row('MailboxFull', '552 Boite du destinataire pleine', 'mailboxfull'),
  row('MailboxFull', '552 Disc quota exceeded', 'mailboxfull'),
  row('MailboxFull', '452 The recipient does not have enough space', 'mailboxfull'),
  row('MailboxFull', '552 Recipient is exceeding its mailbox quota', 'mailboxfull'),
  row('MailboxFull', '552 rcpt is over disk quota', 'mailboxfull'),
  row('MailboxFull', '552 Mailbox exceeded the local limit', 'mailboxfull'),
  row('MailboxFull', '552 Mailbox has exceeded its disk space limit', 'mailboxfull'),
  row('MailboxFull', '552 Mailbox quota usage exceeded', 'mailboxfull'),
  row('MailboxFull', '552 Maildir delivery failed: Userdisk quota 10000 exceeded', 'mailboxfull'),
  row('MailboxFull', '552 Not enough storage space in the mailbox of rcpt', 'mailboxfull'),
  row('MailboxFull', '552 The message would be over the allowed quota', 'mailboxfull'),
  row('MailboxFull', '552 Recipient reached disk quota', 'mailboxfull'),
  row('MailboxFull', '552 User has too many messages on the server', 'mailboxfull'),
  row('MailboxFull', '552 User over quota. (#5.1.1)', 'mailboxfull'),
  row('MailboxFull', '552 Your message was automatically rejected: quota exceeded', 'mailboxfull'),

  // MailerError.pm regex
  row('MailerError', 'procmail: Couldn\'t create "/var/mail/rcpt"', 'mailererror'),
  row('MailerError', 'Delivery to /usr/bin/maildrop failed', 'mailererror'),
  row('MailerError', 'Command died with status 1: "/usr/bin/filter"', 'mailererror'),
  row('MailerError', 'X-Unix; 127', 'mailererror'),

  // MesgTooBig.pm index
  row('MesgTooBig', '552 5.3.4 Exceeded maximum inbound message size', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Line limit exceeded', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Max message size exceeded', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Message file too big', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Message size exceeds fixed limit', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Message size exceeds maximum value', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Message too large for this server', 'mesgtoobig'),
  row('MesgTooBig', '552 5.3.4 Taille limite du message atteinte', 'mesgtoobig'),

  // NetworkError.pm index
  row('NetworkError', 'Could not connect and send the mail to dest-doc.example', 'networkerror', 'no connection made: the host did not answer', 'no-answer-from-host'),
  row('NetworkError', 'The DNS records for the destination computer could not be found', 'networkerror'),
  row('NetworkError', '554 5.4.6 Hop count exceeded - possible mail loop', 'networkerror'),
  row('NetworkError', 'Host not found, try again', 'networkerror'),
  row('NetworkError', '554 5.4.6 Maximum forwarding loop count exceeded', 'networkerror'),
  row('NetworkError', '554 5.4.6 Message looping', 'networkerror'),
  row('NetworkError', '554 5.4.6 Message probably in a routing loop', 'networkerror'),
  row('NetworkError', 'Unable to resolve route for dest-doc.example', 'networkerror'),

  // NoRelaying.pm index
  row('NoRelaying', '550 5.7.1 This server is not used as a relay', 'norelaying'),
  row('NoRelaying', '550 5.7.1 This host is not a gateway', 'norelaying'),
  row('NoRelaying', '550 5.7.1 Not allowed to relay through this machine', 'norelaying'),
  row('NoRelaying', '553 5.7.1 Not local host dest-doc.example, not a gateway', 'norelaying'),
  row('NoRelaying', '554 5.7.1 Unable to relay for rcpt@dest-doc.example', 'norelaying'),

  // NotAccept.pm index
  row('NotAccept', '556 5.1.10 Recipient address rejected: dest-doc.example does not accept mail (nullMX)', 'notaccept'),
  row('NotAccept', '554 5.1.10 host/domain does not accept mail', 'notaccept'),
  row('NotAccept', 'No MX record found for domain=dest-doc.example', 'notaccept'),

  // The modules' phrases this project already read before the table was written (kept as rows so
  // that no later change loses them).
  row(B, '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', 'blocked'),
  row(B, '550 Banned sending IP [192.0.2.9]', 'blocked'),
  row(B, '421 Messages from 192.0.2.9 temporarily deferred due to unexpected volume or user complaints', 'badreputation', 'a sender\'s standing: badreputation'),
  row('Expired', 'Connection timed out after 5 days of retries', 'expired'),
  row('Expired', 'Delivery time expired', 'expired'),
  row('Expired', 'Giving up on 192.0.2.25', 'expired'),
  row('Expired', 'The message has been delayed and will be returned after 5 days', 'expired'),
  row('Expired', 'Unable to deliver message after multiple retries, giving up', 'expired'),
  row('Expired', 'Host dest-doc.example was not reachable within the allowed queue period', 'expired'),
  row('Expired', 'Have been failing for a long time; delivery will not be attempted again', 'expired'),
  row('Filtered', '550 Refused due to recipient preferences', 'filtered'),
  row('Filtered', '550 5.7.1 The recipient is only accepting mail from specific email addresses', 'filtered'),
  row('HostUnknown', '550 5.1.2 Host unknown (Name server: dest-doc.example: host not found)', 'hostunknown'),
  row('HostUnknown', '550 Unrouteable address', 'hostunknown'),
  row('HostUnknown', '553 Mail domain mentioned in email address is unknown', 'hostunknown'),
  row('HostUnknown', '550 No such domain at this location', 'hostunknown'),
  row('MailboxFull', '552 5.2.2 Mailbox full', 'mailboxfull'),
  row('MailboxFull', '452 4.2.2 The account is over quota', 'mailboxfull'),
  row('MailboxFull', '552 Requested mail action aborted: exceeded storage allocation', 'mailboxfull'),
  row('MailboxFull', '552 Quota violation for rcpt@dest-doc.example', 'mailboxfull'),
  row('MailboxFull', '552 Delivery failed: Over quota', 'mailboxfull'),
  row('MailerError', 'Command output: /usr/bin/procmail: Error while writing to "/var/mail/rcpt"', 'mailererror'),
  row('MailerError', '550 Mailer error: exit 75', 'mailererror'),
  row('MesgTooBig', '552 5.3.4 Message size exceeds fixed maximum message size', 'mesgtoobig'),
  row('MesgTooBig', '552 Message too big for this server', 'mesgtoobig'),
  row('NetworkError', '554 5.4.6 Too many hops', 'networkerror'),
  row('NetworkError', 'Host name lookup failure for dest-doc.example', 'networkerror'),
  row('NetworkError', 'Mail forwarding loop for rcpt@dest-doc.example', 'networkerror'),
  row('NetworkError', 'Name service error for name=dest-doc.example type=MX: Malformed or unexpected name server reply', 'networkerror'),
  row('NetworkError', 'connect to mx.dest-doc.example[192.0.2.25]:25: No route to host', 'networkerror'),
  row('NoRelaying', '554 5.7.1 <rcpt@dest-doc.example>: Relay access denied', 'norelaying'),
  row('NoRelaying', '550 Insecure mail relay', 'norelaying'),
  row('NoRelaying', '550 5.7.1 Relaying denied', 'norelaying'),
  row('NoRelaying', '550 We don\'t handle mail for dest-doc.example', 'norelaying'),
  row('NotAccept', '550 5.1.0 Host does not accept mail', 'notaccept'),

  // What the modules' true() read besides the words: the status code and the reply code.
  // Blocked.pm true(): SMTP/Status.pm names 4.7.1 and 4.7.2 blocked (a host held off for now).
  row('Blocked', '450 4.7.1 Service refused for the moment', 'blocked', 'status 4.7.1'),
  row('Blocked', '451 4.7.2 Not accepted for now', 'blocked', 'status 4.7.2'),
  // MesgTooBig.pm true() yields to ExceedLimit on 5.2.3, whatever the size words.
  row('ExceedLimit', '552 5.2.3 Message size exceeds fixed maximum message size', 'exceedlimit', 'status 5.2.3'),
  // MesgTooBig.pm true(): 5.3.4 names the message too big.
  row('MesgTooBig', '552 5.3.4 Rejected by the size check', 'mesgtoobig', 'status 5.3.4'),
  // NotAccept.pm true(): the reply codes 521 and 556 (RFC 7504: host / domain does not accept mail).
  row('NotAccept', '521 mx.dest-doc.example closing the connection', 'notaccept', 'reply 521'),
  row('NotAccept', '556 dest-doc.example takes no mail, closing the connection', 'notaccept', 'reply 556'),
  // HostUnknown.pm true(): 5.1.2 names the host unknown unless network words say otherwise.
  row('HostUnknown', '550 5.1.2 Rejected at dest-doc.example', 'hostunknown', 'status 5.1.2'),
  // HasMoved: 5.1.6 (RFC 3463 "Destination mailbox has moved, no forwarding address").
  row('HasMoved', '550 5.1.6 Not here any more', 'hasmoved', 'status 5.1.6'),
  // MailboxFull.pm true(): 5.2.2 and 4.2.2 name the mailbox full.
  row('MailboxFull', '452 4.2.2 Try again in a few hours', 'mailboxfull', 'status 4.2.2'),
  // ContentError: 5.6.x (RFC 3463 media errors).
  row('ContentError', '554 5.6.1 Rejected as it stands', 'contenterror', 'status 5.6.1'),
  // NetworkError: 5.4.6 routing loop.
  row('NetworkError', '554 5.4.6 Stopped on the way', 'networkerror', 'status 5.4.6'),
];

/**
 * Sentences a person writes that hold words of the phrases above: ordinary in every reading,
 * pasted alone included (a phone short of space is no mailbox, a "gateway drug" no relay).
 */
export const wordingNearMisses: readonly string[] = [
  'My phone does not have enough space',
  'This is not a gateway drug',
  'Please confirm this mail server is ours',
  'We use the old box as a relay',
  'Routing loop in the office network',
  'Is the mailbox not accepting any mail?',
  'There is not enough storage space in my iCloud',
  'Our team exceeded the local limit for parking',
  'The bus is not local host',
  'Failed to deliver to domain controller the update',
  'This account is protected by two-step verification.',
  'Our mailing list is not accepting any mail until Monday',
  'He keeps saying you are sending spam',
  'Unable to resolve route to the new office',
];
