/**
 * The receiving providers' own wording: large mailbox providers answer with messages of their
 * own whose meaning is sharper than the status code they attach. A rule applies when the remote
 * host or the text names the provider's domain.
 */
import type { Reason } from '../types.js';

export interface ProviderRule {
  readonly name: string;
  /** Lowercase substrings of the remote host or diagnostic that identify the provider. */
  readonly hosts: readonly string[];
  readonly phrases: readonly ProviderPhrase[];
}

export interface ProviderPhrase {
  /** Lowercase substring of the provider's words. */
  readonly phrase: string;
  readonly reason: Reason;
  /** Only when the status code starts with this (e.g. `5.4.1`, `4.`). */
  readonly status?: string;
  /** Only when the server was answering this SMTP command (RCPT, DATA, MAIL, HELO, CONN). */
  readonly command?: string;
}

export const providerRules: readonly ProviderRule[] = [
  {
    // Orange / Wanadoo (FrancePTT) and La Poste: bilingual replies ending with an OFR/LPN code.
    name: 'orange',
    hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'ofr_', 'ofr0', 'lpn0'],
    phrases: [
      // 550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416
      { phrase: 'lpn007_416', reason: 'userunknown' },
      { phrase: 'invalid recipient', reason: 'userunknown' },
      // 550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]
      { phrase: 'ofr_506', reason: 'spamdetected' },
      { phrase: 'mail rejete', reason: 'spamdetected' },
      // 550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102
      { phrase: 'ofr006_102', reason: 'blocked' },
      // 421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]
      { phrase: 'ofr_999', reason: 'blocked' },
      { phrase: 'service refused, please try later', reason: 'blocked' },
      // 421 OFR004_104 Trop de connexions / Too many connections, slow down
      { phrase: 'ofr004_104', reason: 'toomanyconn' },
      // 554 5.7.1 <host>: Client host rejected: #216 lpn LPN000_630
      { phrase: 'lpn000_630', reason: 'policyviolation' },
    ],
  },
  {
    // GoDaddy (secureserver.net) ends each refusal with an IBxxx code and an x.co/srbounce link.
    name: 'godaddy',
    hosts: ['secureserver.net', 'godaddy', 'x.co/srbounce'],
    phrases: [
      // 550 5.2.0 <a@b> From: Domain is invalid. Please provide a valid From: IB506
      { phrase: 'ib506', reason: 'rejected' },
      // 550 5.1.0 192.0.2.1 is not allowed to send from <example.net> per it's SPF Record. IB508
      { phrase: 'ib508', reason: 'authfailure' },
      // 421 Temporarily rejected. Reverse DNS for this IP failed. IB108
      { phrase: 'ib108', reason: 'requireptr' },
      // 452 This message contains too many recipients. IB605
      { phrase: 'ib605', reason: 'toomanyconn' },
    ],
  },
  {
    // Facebook: "RCP-P1" no such address, "RCP-P2"/"RCP-P3" the recipient's preferences or privacy refuse it.
    name: 'facebook',
    hosts: ['facebook.com', 'facebookmail.com'],
    phrases: [
      // 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences
      { phrase: 'rcp-p1', reason: 'userunknown' },
      // INT-P1 / INT-P3 / INT-P4: the address (or group address) does not exist.
      { phrase: 'int-p1', reason: 'userunknown' },
      { phrase: 'int-p3', reason: 'userunknown' },
      { phrase: 'int-p4', reason: 'userunknown' },
      { phrase: 'rcp-p2', reason: 'filtered' },
      { phrase: 'rcp-p3', reason: 'filtered' },
    ],
  },
  {
    // NTT docomo answers DATA with "550 Unknown user" when the recipient's reception settings refuse the
    // sender (a domain or address not on the allow list): the address exists, the sender is refused.
    name: 'nttdocomo',
    hosts: ['docomo.ne.jp'],
    phrases: [
      // Under 5.1.1 (Sendmail's transcript: ">>> RCPT To:" then "<<< 550 Unknown user") the mailbox is missing.
      { phrase: 'unknown user', reason: 'userunknown', status: '5.1.1' },
      // host mfsmax.docomo.ne.jp said: 550 Unknown user a@docomo.ne.jp (in reply to end of DATA command)
      { phrase: 'unknown user', reason: 'rejected', command: 'DATA' },
      { phrase: 'unknown user', reason: 'filtered', command: '' },
    ],
  },
  {
    // KDDI au (ezweb.ne.jp, au.com) answers "550 : User unknown", the address slot left empty, when the
    // recipient's reception filter refuses the sender; a missing mailbox names the address.
    name: 'kddi',
    hosts: ['ezweb.ne.jp', 'au.com', '550 : user unknown', '550: : user unknown'],
    phrases: [
      { phrase: '550 : user unknown', reason: 'filtered' },
      { phrase: '550: : user unknown', reason: 'filtered' },
      // 550 <a@ezweb.ne.jp>: User unknown: the address named, the mailbox is missing.
      { phrase: '>: user unknown', reason: 'userunknown' },
    ],
  },
  {
    // Microsoft (Outlook.com, Hotmail, Exchange Online): resolver codes and S3xxx block codes.
    name: 'microsoft',
    hosts: ['outlook.com', 'hotmail.', 'live.com', 'msn.com', 'microsoft', 'office365', 'exchangelabs'],
    phrases: [
      // 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
      { phrase: 'resolver.adr.recipientnotfound', reason: 'userunknown' },
      { phrase: 'resolver.adr.recipnotfound', reason: 'userunknown' },
      { phrase: 'resolver.adr.exrecipnotfound', reason: 'userunknown' },
      // 550 5.2.2 RESOLVER.QM.MailboxFull / 5.2.2 mailbox full
      { phrase: 'mailboxfull', reason: 'mailboxfull' },
      // 550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. ... part of their network is on our block list (S3140)
      { phrase: 'on our block list', reason: 'blocked' },
      { phrase: '(s3140)', reason: 'blocked' },
      { phrase: '(s3150)', reason: 'blocked' },
      // 550 5.7.606 Access denied, banned sending IP [192.0.2.1]
      { phrase: 'banned sending ip', reason: 'blocked' },
      // 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP
      { phrase: 'traffic not accepted from this ip', reason: 'blocked' },
      // 550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus
      { phrase: 'blocked using', reason: 'blocked' },
      // 550 5.4.1 Recipient address rejected: Access denied (directory-based edge blocking)
      { phrase: 'recipient address rejected: access denied', reason: 'userunknown' },
      // Hotmail: 550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)
      { phrase: 'requested action not taken: mailbox unavailable', reason: 'userunknown' },
    ],
  },
  {
    // Google (Gmail, Google Workspace): replies end with "- gsmtp".
    name: 'google',
    hosts: ['gsmtp', 'google.com', 'googlemail.com', 'gmail.com'],
    phrases: [
      // 421 4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.
      { phrase: 'unusual rate of unsolicited mail', reason: 'blocked' },
      // 550 5.7.1 ... does not meet IPv6 sending guidelines regarding PTR records and authentication.
      { phrase: 'ipv6 sending guidelines regarding ptr', reason: 'requireptr' },
      // 550 5.7.1 ... The IP you're using to send mail is not authorized to send email directly to our servers.
      { phrase: 'not authorized to send email directly to our servers', reason: 'blocked' },
      // 550-5.7.1 This message does not have authentication information or fails to pass authentication checks
      { phrase: 'does not have authentication information', reason: 'authfailure' },
      // 552-5.7.0 This message was blocked because its content presents a potential security issue.
      { phrase: 'content presents a potential', reason: 'policyviolation' },
      // 550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
      // recipient's email address for typos or unnecessary spaces. (Google's own statement about its own
      // mailbox, answered to RCPT; a webmail's copy may keep only these words.)
      { phrase: 'email account that you tried to reach does not exist', reason: 'userunknown' },
      // 550 5.2.1 The email account that you tried to reach is disabled.
      { phrase: 'account that you tried to reach is disabled', reason: 'suspend' },
      // 452 4.2.2 The email account that you tried to reach is over quota.
      { phrase: 'account that you tried to reach is over quota', reason: 'mailboxfull' },
    ],
  },
  {
    // Yahoo / AOL (Yahoo Inc., formerly Verizon Media): bracketed codes such as [TS01], [TSS04].
    name: 'yahoo',
    hosts: ['yahoo', 'aol.com', 'yahoodns.net', 'verizonmedia', 'yahooinc'],
    phrases: [
      // 554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com
      { phrase: 'doesn\'t have a yahoo.com account', reason: 'userunknown' },
      { phrase: 'doesn\'t have an aol.com account', reason: 'userunknown' },
      // 554 delivery error: dd This user doesn't have a yahoo.co.jp account (any Yahoo-hosted domain)
      { phrase: 'dd this user doesn\'t have a', reason: 'userunknown' },
      // 554 delivery error: dd a@yahoo.com is no longer valid. / 554 30 ... This mailbox is disabled (554.30)
      { phrase: ' is no longer valid.', reason: 'suspend' },
      { phrase: 'this mailbox is disabled', reason: 'suspend' },
      // 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints
      { phrase: '[tss04]', reason: 'badreputation' },
      { phrase: '[ts01]', reason: 'badreputation' },
      // 553 5.7.2 [TSS09] All recipients of this message are blocked
      { phrase: '[tss09]', reason: 'blocked' },
      // 554 5.7.9 Message not accepted for policy reasons.
      { phrase: 'not accepted for policy reasons', reason: 'policyviolation' },
    ],
  },
  {
    // Tencent (qq.com, Exmail): "frequency limited" is a connection or rate limit, even where the line says "Blocked IP".
    name: 'tencent',
    hosts: ['qq.com', 'tencent', 'exmail'],
    phrases: [
      // 550 Ip frequency limited [... Blocked IP 192.0.2.1]
      { phrase: 'frequency limited', reason: 'toomanyconn' },
      // 550 Mailbox not found or access denied
      { phrase: 'mailbox not found', reason: 'userunknown' },
      // 550 Mail content denied
      { phrase: 'mail content denied', reason: 'spamdetected' },
      // 550 Suspected spam
      { phrase: 'suspected spam', reason: 'spamdetected' },
    ],
  },
  {
    // Apple iCloud (me.com, mac.com, icloud.com).
    name: 'apple',
    hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
    phrases: [
      // 554 st11p00im-smtpin013.me.com ESMTP not accepting connections
      { phrase: 'not accepting connections', reason: 'blocked' },
      // 550 5.1.1 <a@icloud.com>: inactive email address / unknown or illegal alias: a@icloud.com / user does not exist
      { phrase: 'inactive email address', reason: 'userunknown' },
      { phrase: 'unknown or illegal alias', reason: 'userunknown' },
      { phrase: 'user does not exist', reason: 'userunknown' },
      // 554 5.7.1 [CS01] Message rejected due to local policy.
      { phrase: 'message rejected due to local policy', reason: 'policyviolation' },
      // 550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1
      { phrase: 'dnsbl-lookup', reason: 'blocked' },
    ],
  },
  {
    // Cox: codes prefixed CX.
    name: 'cox',
    hosts: ['cox.net'],
    phrases: [
      // 554 ... rejected - Cox blocks ... CXBL
      { phrase: 'cxbl', reason: 'blocked' },
      // 554 ... rejected because the IP has no reverse DNS. CXDNS
      { phrase: 'cxdns', reason: 'requireptr' },
      // 550 ... sender rejected. CXSNDR
      { phrase: 'cxsndr', reason: 'rejected' },
      // 421 ... too many connections. CXCNCT
      { phrase: 'cxcnct', reason: 'toomanyconn' },
    ],
  },
  {
    // Yandex.
    name: 'yandex',
    hosts: ['yandex'],
    phrases: [
      // 554 5.7.1 Message rejected under suspicion of SPAM
      { phrase: 'suspicion of spam', reason: 'spamdetected' },
      // 550 5.7.1 Policy rejection on the target address
      { phrase: 'policy rejection on the target address', reason: 'filtered' },
    ],
  },
  {
    // Mimecast: the recipient organisation's own block and spoofing policies.
    name: 'mimecast',
    hosts: ['mimecast'],
    phrases: [
      // 550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550
      { phrase: 'envelope blocked', reason: 'filtered' },
      // 550 Rejected by header based Anti-Spoofing policy
      { phrase: 'anti-spoofing', reason: 'policyviolation' },
      // 554 Email rejected due to security policies
      { phrase: 'rejected due to security policies', reason: 'policyviolation' },
      // 550 Invalid Recipient
      { phrase: 'invalid recipient', reason: 'userunknown' },
    ],
  },
];
