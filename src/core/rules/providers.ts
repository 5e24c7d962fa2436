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
  /**
   * A provider's own error numbers, read after its phrases: `pattern` (linear, on the folded text)
   * captures the number, `table` gives its reason.
   */
  readonly codes?: { readonly pattern: RegExp; readonly table: Readonly<Record<string, Reason>> };
}

export interface ProviderPhrase {
  /** Lowercase substring of the provider's words. */
  readonly phrase: string;
  readonly reason: Reason;
  /** Only when the status code starts with this (e.g. `5.4.1`, `4.`). */
  readonly status?: string;
  /** Only when the status code is one of these exactly (Microsoft documents each code with its words). */
  readonly codes?: readonly string[];
  /** Only when the server was answering this SMTP command (RCPT, DATA, MAIL, HELO, CONN). */
  readonly command?: string;
}

/** A table of numbered error codes from [first, last, reason] ranges (both ends included). */
function numbered(ranges: readonly (readonly [number, number, Reason])[]): Record<string, Reason> {
  const out: Record<string, Reason> = {};
  for (const [first, last, reason] of ranges) for (let n = first; n <= last; n++) out[String(n)] = reason;
  return out;
}

export const providerRules: readonly ProviderRule[] = [
  {
    // Orange / Wanadoo (FrancePTT) and La Poste: bilingual replies ending with an OFR/LPN code.
    name: 'orange',
    hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'ofr_', 'ofr0', 'ofr1', 'lpn0', 'lpn1', 'ouk_'],
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
    // Every reply ends with a code whose last three digits are Orange's error number: OFR006_102,
    // LPN105_104, OFR_506, OUK_513 (the prefix names the platform, the number the cause).
    codes: {
      // La Poste also writes LPNAAA_517 / LPNAAA123_416 (Sisimai 4.25 Rhost/FrancePTT.pm).
      pattern: /\b(?:ofr|lpnaaa|lpn|ouk)(?:\d{3}[-_]|_)(\d{3})\b/,
      table: {
        '102': 'blocked', // Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues.
        '103': 'blocked', // Service refuse. Veuillez essayer plus tard.
        '104': 'toomanyconn', // Too many connections, slow down.
        '305': 'securityerror', // Code d'authentification invalide
        '401': 'blocked', // SPF: 192.0.2.1 is not allowed to send mail.
        '402': 'securityerror', // Authentification requise. Authentication Required.
        '403': 'rejected', // Emetteur invalide. Invalid Sender.
        '405': 'rejected',
        '415': 'rejected',
        '416': 'userunknown', // Adresse d au moins un destinataire invalide. Invalid recipient.
        '417': 'mailboxfull', // Boite du destinataire pleine. Recipient overquota.
        '418': 'userunknown',
        '420': 'suspend', // Boite du destinataire archivee. Archived recipient.
        '421': 'rejected', // Mail from not owned by user.
        '426': 'suspend', // Le compte du destinataire est bloque. The recipient account is blocked.
        '505': 'systemerror', // 421 4.2.0 Service refuse. Veuillez essayer plus tard.
        '506': 'spamdetected', // Mail rejete. Mail rejected.
        '510': 'blocked', // Veuillez essayer plus tard. service refused, please try later.
        '514': 'mesgtoobig', // Taille limite du message atteinte
        '517': 'policyviolation', // Sisimai 4.25 Rhost/FrancePTT.pm
        '630': 'policyviolation', // Sisimai 4.25 Rhost/FrancePTT.pm (LPN000_630: client host rejected)
        '999': 'blocked', // 421 Service refuse. Veuillez essayer plus tard. Service refused, please try later.
      },
    },
  },
  {
    // GoDaddy (secureserver.net) ends each refusal with an IBxxx code and an x.co/srbounce link.
    name: 'godaddy',
    hosts: ['secureserver.net', 'godaddy', 'x.co/srbounce'],
    phrases: [
      // 554 RBL Reject. / 553 http://www.spamhaus.org/query/bl?ip=192.0.2.1
      { phrase: 'rbl reject', reason: 'blocked' },
      { phrase: 'www.spamhaus.org/query/bl?ip=', reason: 'blocked' },
      // Its own notices without a code: Account storage limit / Account disabled / Recipient not found /
      // Account does not exist / Delivery timeout / Message rejected for spam or virus content
      { phrase: 'account storage limit', reason: 'mailboxfull' },
      { phrase: 'account disabled', reason: 'suspend' },
      { phrase: 'recipient not found', reason: 'userunknown' },
      { phrase: 'account does not exist', reason: 'userunknown' },
      { phrase: 'delivery timeout', reason: 'expired' },
      { phrase: 'message rejected for spam or virus content', reason: 'spamdetected' },
      // This message is looping: it already has my Delivered-To line. (#5.4.6)
      { phrase: 'message is looping', reason: 'systemerror' },
    ],
    // Each refusal ends with an IBnnn code (godaddy.com/help/what-does-my-email-bounceback-mean-3568):
    // "550 5.2.0 <a@b> From: Domain is invalid. Please provide a valid From: IB506"
    codes: {
      pattern: /\bib(\d{3})\b/,
      table: {
        '401': 'securityerror', // 535 Authentication not allowed on IBSMTP Servers.
        '501': 'notcompliantrfc', // Blank From: addresses are not allowed.
        '502': 'notcompliantrfc', // IP addresses are not allowed as a From: Address.
        '506': 'rejected', // From: Domain is invalid.
        '508': 'authfailure', // Invalid SPF record.
        '108': 'requireptr', // 421 Temporarily rejected. Reverse DNS for this IP failed.
        '212': 'spamdetected', // 552 ... content judged to be spam by the internet community.
        '705': 'virusdetected', // 552 Virus infected message rejected.
        '605': 'toomanyconn', // 452 This message contains too many recipients.
        '007': 'toomanyconn', // 421 Connection refused, too many sessions from This IP.
        '101': 'speeding', // 421 Server temporarily unavailable. Try again later.
        '110': 'blocked', // 554 This IP has been temporarily blocked for attempting to send too many messages containing spam.
        '111': 'blocked',
        '112': 'blocked', // 554 This IP has been temporarily blocked for attempting to mail too many invalid recipients.
        '113': 'blocked',
        '504': 'speeding', // 550 This IP has sent too many messages this hour.
        '510': 'speeding', // 550 This message has exceeded the max number of messages per session.
        '607': 'speeding', // 550 This IP has sent too many to too many recipients this hour.
        '103': 'badreputation', // 554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI).
        '104': 'blocked', // 554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL).
        '105': 'blocked', // ... Exploits Block List (XBL)
        '106': 'blocked', // ... Policy Block List (PBL)
      },
    },
  },
  {
    // Spectrum (Charter): "AUP#I-1260" (mail to Spectrum) / "AUP#O-1520" (mail from it), a four-digit
    // error number (spectrumbusiness.net, "Understanding email error codes").
    name: 'spectrum',
    hosts: ['charter.net', 'spectrum.net', 'rr.com', 'aup#'],
    phrases: [],
    codes: {
      pattern: /aup#[a-z-]{0,8}(\d{4})/,
      table: numbered([
        [1000, 1000, 'blocked'], // Your IP address has been blocked due to suspicious activity.
        [1010, 1010, 'rejected'], // This email account has been blocked from sending emails due to suspicious activity.
        [1020, 1080, 'rejected'], // This email account has limited access to send emails based on suspicious activity.
        [1090, 1090, 'systemerror'], // The email you're trying to send can't be processed.
        [1100, 1150, 'requireptr'], // The IP address you're trying to connect from has an issue with DNS (full circle DNS).
        [1160, 1190, 'policyviolation'], // The email goes against your domain's security policies.
        [1200, 1250, 'blocked'], // Flagged by Cloudmark CSI / blacklisted by Spamhaus.
        [1260, 1260, 'networkerror'], // Spectrum doesn't process IPv6 addresses.
        [1300, 1340, 'toomanyconn'], // Spectrum limits the number of concurrent connections from a sender.
        [1350, 1490, 'speeding'], // Spectrum limits emails by the number of messages sent, recipients, ...
        [1500, 1500, 'rejected'], // Sending as a different address than you signed in under.
        [1520, 1520, 'rejected'], // Sending as a domain that we do not host.
        [1530, 1530, 'mesgtoobig'], // Larger than the maximum size of 20MB.
        [1540, 1540, 'speeding'], // Too many in a single session.
        [1550, 1550, 'speeding'], // Too many recipients in one message.
        [1560, 1560, 'policyviolation'], // Too many invalid recipients.
        [1580, 1580, 'speeding'], // Too many recipients in a short period of time.
      ]),
    },
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
      // Facebook's other response codes (postmaster.facebook.com/response_codes, as Sisimai 4.25 Lhost/Facebook.pm lists them):
      // POL-P1 sending IP on the Spamhaus PBL / POL-P2 no longer accepting mail from the sending IP
      { phrase: 'pol-p1', reason: 'blocked' },
      { phrase: 'pol-p2', reason: 'blocked' },
      // POL-P3/P4, POL-T1/T2/T3: not accepting messages from the sending server for some hours
      { phrase: 'pol-p3', reason: 'notaccept' },
      { phrase: 'pol-p4', reason: 'notaccept' },
      { phrase: 'pol-t1', reason: 'notaccept' },
      { phrase: 'pol-t2', reason: 'notaccept' },
      { phrase: 'pol-t3', reason: 'notaccept' },
      // POL-P5 the message contains a virus / POL-P6 a URL Facebook blocks
      { phrase: 'pol-p5', reason: 'virusdetected' },
      { phrase: 'pol-p6', reason: 'contenterror' },
      // MSG-P1 / INT-P2 over Facebook's maximum size / MSG-P2 attachment type refused / MSG-P3 a header field repeated
      { phrase: 'msg-p1', reason: 'mesgtoobig' },
      { phrase: 'int-p2', reason: 'mesgtoobig' },
      { phrase: 'msg-p2', reason: 'contenterror' },
      { phrase: 'msg-p3', reason: 'contenterror' },
      // DNS-P1/P2/T1 the MAIL FROM domain does not exist, has no MX, does not resolve: the sender refused
      { phrase: 'dns-p1', reason: 'rejected' },
      { phrase: 'dns-p2', reason: 'rejected' },
      { phrase: 'dns-t1', reason: 'rejected' },
      // DNS-P3/T2 the sending server has no reverse DNS record, or it does not resolve
      { phrase: 'dns-p3', reason: 'requireptr' },
      { phrase: 'dns-t2', reason: 'requireptr' },
      // CON-T1 Facebook's server has too many connections open / RCP-T1 the recipient unavailable for an internal issue
      { phrase: 'con-t1', reason: 'systemerror' },
      { phrase: 'rcp-t1', reason: 'systemerror' },
      // CON-T2/T3 the sending server has too many connections open to Facebook, or opened too many too fast
      { phrase: 'con-t2', reason: 'toomanyconn' },
      { phrase: 'con-t3', reason: 'toomanyconn' },
      // RCP-T4 the recipient address is deactivated
      { phrase: 'rcp-t4', reason: 'suspend' },
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
      // Sendmail's "Status: 5.2.0" over docomo's "<<< 550 Unknown user" after DATA: its reception filter.
      { phrase: 'unknown user', reason: 'filtered', codes: ['5.2.0'] },
      // 552 Too much mail data / 552 Too many recipients / 503 Bad sequence of commands / 504 Command parameter not implemented
      { phrase: '552 too much mail data', reason: 'mailboxfull' },
      { phrase: '552 too many recipients', reason: 'toomanyconn' },
      { phrase: '503 bad sequence of commands', reason: 'syntaxerror' },
      { phrase: '504 command parameter not implemented', reason: 'syntaxerror' },
      // >>> RCPT TO:<a@docomo.ne.jp> / <<< 550 Unknown user a@docomo.ne.jp: answered to RCPT, the mailbox is missing
      { phrase: 'unknown user', reason: 'userunknown', command: 'RCPT' },
      // host mfsmax.docomo.ne.jp said: 550 Unknown user a@docomo.ne.jp (in reply to end of DATA command)
      { phrase: 'unknown user', reason: 'rejected', command: 'DATA' },
      { phrase: 'unknown user', reason: 'filtered', command: '' },
    ],
  },
  {
    // i.ua (Ukraine): each refusal links its error number, "550 Mailbox is frozen. See http://mail.i.ua/err/3/".
    name: 'iua',
    hosts: ['i.ua/err/', 'email.ua'],
    phrases: [],
    codes: {
      pattern: /\.i\.ua\/err\/(\d{1,2})\b/,
      table: {
        '1': 'norelaying', // The use of SMTP as mail gate is forbidden.
        '2': 'userunknown', // User is not found.
        '3': 'suspend', // Mailbox was not used for more than 3 months.
        '4': 'mailboxfull', // Mailbox is full.
        '5': 'toomanyconn', // Letter sending limit is exceeded.
        '6': 'norelaying', // Use SMTP of your provider to send mail.
        '7': 'blocked', // Wrong value of the HELO/EHLO parameter.
        '8': 'rejected', // Couldn't check sender address.
        '9': 'blocked', // IP address of the sender is blacklisted.
        '10': 'filtered', // Not in the list Mail address management.
      },
    },
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
      // Microsoft documents each of its enhanced codes with its own words; a code and its words
      // together decide (learn.microsoft.com, "Non-delivery reports in Exchange Online").
      // 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
      { phrase: 'resolver.adr.recipientnotfound', reason: 'userunknown' },
      { phrase: 'resolver.adr.recipnotfound', reason: 'userunknown' },
      { phrase: 'resolver.adr.exrecipnotfound', reason: 'userunknown' },
      // 550 5.1.3 STOREDRV.Submit; invalid recipient address / 5.1.4 Recipient address reserved by RFC 2606
      { phrase: 'storedrv.submit; invalid recipient address', reason: 'userunknown' },
      { phrase: 'recipient address reserved by rfc 2606', reason: 'userunknown' },
      { phrase: 'recipient addresses in single label domains not accepted', reason: 'userunknown' },
      { phrase: 'invalid x.400 address', reason: 'userunknown' },
      // 550 5.7.504 Recipient address rejected: Access denied / 5.7.505 Access denied, banned recipient:
      // the recipient's own account is barred (5.4.1 with the same words is an unknown recipient, below)
      { phrase: 'recipient address rejected: access denied', reason: 'suspend', codes: ['5.7.504'] },
      { phrase: 'access denied, banned recipient', reason: 'suspend' },
      { phrase: 'mailbox cannot be accessed', reason: 'suspend', codes: ['5.2.1'] },
      // 550 5.2.1 Content Filter agent quarantined this message
      { phrase: 'content filter agent quarantined this message', reason: 'spamdetected' },
      // 550 5.2.2 RESOLVER.QM.MailboxFull / 5.2.2 mailbox full; but 5.2.2 Submission quota exceeded is the sender's rate
      { phrase: 'submission quota exceeded', reason: 'speeding' },
      { phrase: 'mailboxfull', reason: 'mailboxfull' },
      // 550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient: the message's size
      { phrase: 'resolver.rst.recipsizelimit', reason: 'mesgtoobig' },
      // 550 5.2.121/5.2.122 Recipient's per hour message receive limit exceeded / 5.1.90 daily limit for message recipients
      { phrase: 'per hour message receive limit', reason: 'speeding' },
      { phrase: 'reached your daily limit for message recipients', reason: 'speeding' },
      { phrase: 'the recipient has exceeded their limit for', reason: 'toomanyconn' },
      // 432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded
      { phrase: 'recipient thread limit exceeded', reason: 'speeding' },
      // 550 5.7.508 Access denied, [192.0.2.1] has exceeded permitted limits within 2001:db8::/48 range
      { phrase: 'has exceeded permitted limits within', reason: 'speeding' },
      // 550 5.7.705 Access denied, tenant has exceeded threshold / 5.7.708 Access denied, traffic not accepted from this IP
      { phrase: 'tenant has exceeded threshold', reason: 'speeding' },
      { phrase: 'traffic not accepted from this ip', reason: 'speeding', status: '5.7.7' },
      { phrase: 'client blocked from sending from unregistered domains', reason: 'rejected' },
      // 451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation (S775)
      { phrase: 'rate limited due to ip reputation', reason: 'badreputation' },
      // 451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761) / 451 4.7.700 PFA agent busy
      { phrase: 'server busy. please try again later from', reason: 'systemerror', codes: ['4.7.500'] },
      { phrase: 'pfa agent busy', reason: 'systemerror' },
      // 451 4.7.500-699/850-899 Access denied, please try again later: the sending IP is held for now
      { phrase: 'access denied, please try again later', reason: 'blocked', status: '4.7.' },
      // 550 5.7.606-649 Access denied, banned sending IP [192.0.2.1] / 5.7.511 Access denied, banned sender
      { phrase: 'banned sending ip', reason: 'blocked' },
      { phrase: 'access denied, banned sender', reason: 'blocked', codes: ['5.7.511'] },
      { phrase: 'access denied, banned sender', reason: 'rejected' },
      // 550 5.7.506 Access denied, Bad HELO / 5.7.507 Access denied, rejected by recipient / 5.7.510 does not accept email over IPv6
      { phrase: 'access denied, bad helo', reason: 'blocked' },
      { phrase: 'access denied, rejected by recipient', reason: 'blocked' },
      { phrase: 'does not accept email over ipv6', reason: 'blocked' },
      // 550 5.7.513 Service unavailable, Client host [192.0.2.1] blocked by example.com using Customer Block list (AS16012607)
      { phrase: 'using customer block list', reason: 'blocked' },
      // 550 5.7.25 Access denied, the sending IPv6 address [2001:db8::1] must have a reverse DNS record
      { phrase: 'must have a reverse dns record', reason: 'blocked' },
      // 550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. ... part of their network is on our block list (S3140)
      { phrase: 'on our block list', reason: 'blocked' },
      { phrase: '(s3140)', reason: 'blocked' },
      { phrase: '(s3150)', reason: 'blocked' },
      // 550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus
      { phrase: 'blocked using', reason: 'blocked' },
      // 550 5.7.501-503 Access denied, spam abuse detected (the sending account is banned)
      { phrase: 'access denied, spam abuse detected', reason: 'rejected' },
      // 550 5.7.12 Sender was not authenticated by organization / 5.7.124 Sender not in allowed-senders list /
      // 5.7.133-136 Sender not authenticated for group / mailbox / public folder
      { phrase: 'sender was not authenticated by organization', reason: 'rejected' },
      { phrase: 'sender not in allowed-senders list', reason: 'rejected' },
      { phrase: 'sender not authenticated for group', reason: 'rejected' },
      { phrase: 'sender was not authenticated for', reason: 'rejected' },
      { phrase: 'sender was not authenticated', reason: 'rejected', codes: ['5.7.136'] },
      // 550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant (no valid From:)
      { phrase: 'must be rfc 5322 section 3.6.2 compliant', reason: 'rejected' },
      // 550 5.1.8 Access denied, bad outbound sender / 5.1.7 Unknown sender address / 5.1.0 Sender denied
      { phrase: 'access denied, bad outbound sender', reason: 'rejected' },
      { phrase: 'unknown sender address', reason: 'rejected', codes: ['5.1.7'] },
      { phrase: 'sender denied', reason: 'rejected', codes: ['5.1.0'] },
      // 550 5.7.509 Access denied, sending domain [example.jp] does not pass DMARC verification /
      // 5.7.23 The message was rejected because of Sender Policy Framework violation / 4.7.26 must pass either SPF or DKIM
      { phrase: 'does not pass dmarc verification', reason: 'authfailure' },
      { phrase: 'rejected because of sender policy framework violation', reason: 'authfailure' },
      { phrase: 'must pass either spf or dkim validation', reason: 'authfailure' },
      // 4.7.323-325 / 5.7.322-325 DANE and DNSSEC failures of the destination (tlsa-invalid, dnssec-invalid, certificate-*)
      { phrase: 'tlsa-invalid', reason: 'authfailure' },
      { phrase: 'dnssec-invalid', reason: 'authfailure' },
      { phrase: 'certificate-host-mismatch', reason: 'authfailure' },
      { phrase: 'certificate-expired', reason: 'authfailure' },
      // 530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM / 5.4.317 STARTTLS is required to send mail
      { phrase: 'client was not authenticated to send anonymous mail', reason: 'securityerror' },
      { phrase: 'starttls is required to send mail', reason: 'securityerror' },
      { phrase: 'starttls-not-supported', reason: 'securityerror' },
      { phrase: 'cannot achieve exchange server authentication', reason: 'securityerror' },
      // 550 5.7.1 Unable to relay / 5.7.1 Client was not authenticated / 5.4.1 Relay Access Denied / 5.7.64 TenantAttribution
      { phrase: 'unable to relay', reason: 'norelaying', codes: ['5.7.1'] },
      { phrase: 'client was not authenticated', reason: 'norelaying', codes: ['5.7.1'] },
      { phrase: 'tenantattribution; relay access denied', reason: 'norelaying' },
      { phrase: 'relay access denied', reason: 'norelaying', codes: ['5.4.1'] },
      // 550 5.7.1 Delivery not authorized, message refused: a rule of the recipient refuses this sender
      // (5.7.900-999: a mail flow rule of the recipient's organization)
      { phrase: 'delivery not authorized, message refused', reason: 'policyviolation', status: '5.7.9' },
      { phrase: 'delivery not authorized', reason: 'rejected', codes: ['5.7.1'] },
      // 550 5.0.350 ... x-dg-ref header is too long / policy violation detected (AS345) (nested attachments)
      { phrase: 'x-dg-ref header is too long', reason: 'policyviolation' },
      { phrase: 'policy violation detected (as345)', reason: 'policyviolation' },
      // 550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains invalid characters / 5.4.11 Agent generated message depth exceeded
      { phrase: 'invalid characters', reason: 'contenterror', codes: ['5.6.11'] },
      { phrase: 'agent generated message depth exceeded', reason: 'contenterror' },
      { phrase: 'too many related errors', reason: 'contenterror', codes: ['5.3.0'] },
      // Sisimai 4.25 Rhost/ExchangeOnline.pm: 501 5.5.4 Invalid domain name (the client's HELO name: blocked);
      // 5.7.51 RestrictDomainsToIPAddresses or RestrictDomainsToCertificate (a partner connector refuses the
      // sending host); 550 5.5.6 Invalid message content; 5.1.4 Destination mailbox address ambiguous,
      // 5.2.4 Mailing list expansion problem (the recipient side's configuration)
      { phrase: 'invalid domain name', reason: 'blocked', codes: ['5.5.4'] },
      { phrase: 'restrictdomainstoipaddresses or restrictdomainstocertificate', reason: 'blocked' },
      { phrase: 'invalid message content', reason: 'contenterror', codes: ['5.5.6'] },
      { phrase: 'destination mailbox address ambiguous', reason: 'systemerror' },
      { phrase: 'mailing list expansion problem', reason: 'systemerror' },
      // 554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain: Microsoft's DNS lookup failed
      { phrase: 'smtpsend.dns.nonexistentdomain', reason: 'networkerror' },
      // 554 5.4.6 / 5.4.14 Hop count exceeded - possible mail loop / Routing loop detected
      { phrase: 'hop count exceeded - possible mail loop', reason: 'networkerror' },
      { phrase: 'routing loop detected', reason: 'networkerror' },
      // 451 4.4.316 Connection refused [Message=Socket error code 10061]
      { phrase: 'connection refused', reason: 'networkerror', codes: ['4.4.316'] },
      // 450 4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError) / 4.4.24-28 Message failed to be replicated
      { phrase: '(suspiciousremoteservererror)', reason: 'systemerror' },
      { phrase: 'message failed to be replicated', reason: 'systemerror' },
      { phrase: 'temporary server error. please try again later', reason: 'systemerror' },
      { phrase: 'misconfigured forwarding address', reason: 'systemerror' },
      { phrase: 'helo / ehlo requires domain address', reason: 'systemerror' },
      { phrase: 'journaling archive is disabled', reason: 'systemerror' },
      { phrase: 'service not active', reason: 'systemerror', codes: ['4.3.2'] },
      // 452 4.3.1 Insufficient system resources
      { phrase: 'insufficient system resources', reason: 'systemfull', codes: ['4.3.1'] },
      // 550 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties
      { phrase: 'missing or bad storedriver mdb properties', reason: 'notaccept' },
      // 500 5.3.3 Unrecognized command / 5.5.2 Send hello first
      { phrase: 'send hello first', reason: 'syntaxerror' },
      // 550 5.4.1 Recipient address rejected: Access denied (directory-based edge blocking: no such recipient)
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
      // Google documents its replies by code and words (support.google.com/a/answer/3726730).
      // 421 4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.
      { phrase: 'unusual rate of unsolicited mail', reason: 'blocked' },
      // 421 4.7.28 Gmail has detected an unusual rate of mail originating from your DKIM domain
      { phrase: 'an unusual rate of mail', reason: 'blocked' },
      // 421 4.7.0 IP not in whitelist for RCPT domain, closing connection. / Try again later, closing connection.
      { phrase: 'ip not in whitelist for rcpt domain', reason: 'blocked' },
      { phrase: 'try again later, closing connection', reason: 'blocked' },
      // 501 5.5.4 HELO/EHLO argument is invalid / Empty HELO/EHLO argument not allowed
      { phrase: 'helo/ehlo argument is invalid', reason: 'blocked' },
      { phrase: 'empty helo/ehlo argument not allowed', reason: 'blocked' },
      // 421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address/domain
      { phrase: 'very low reputation of the sending', reason: 'badreputation' },
      // 421 4.7.0 This message is suspicious due to the nature of the content or the links within.
      { phrase: 'due to the nature of the content or the links within', reason: 'spamdetected' },
      // 550 5.7.1 Our system has detected that this message is likely unsolicited mail.
      { phrase: 'likely unsolicited mail', reason: 'spamdetected' },
      // 421 4.7.26 This mail has been rate limited because it is unauthenticated ... senders to authenticate with either SPF or DKIM
      // 421 4.7.27/4.7.30 ... senders to authenticate their email with SPF / DKIM; 4.7.32 not aligned with either the authenticated SPF or DKIM
      { phrase: 'senders to authenticate with either spf or dkim', reason: 'authfailure' },
      { phrase: 'senders to authenticate their email with', reason: 'authfailure' },
      { phrase: 'senders to authenticate with spf', reason: 'authfailure' },
      { phrase: 'senders to authenticate with dkim', reason: 'authfailure' },
      { phrase: 'aligned with either the authenticated spf or dkim', reason: 'authfailure' },
      // 451 4.7.24 The SPF record of the sending domain has one or more suspicious entries.
      { phrase: 'the spf record of the sending domain', reason: 'authfailure' },
      // 550 5.7.26 ... has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks
      { phrase: 'spf record with a hard fail', reason: 'authfailure' },
      // 421 4.7.29 ... senders to use TLS/SSL for SMTP connections / 421 4.7.0 TLS required for RCPT domain
      { phrase: 'senders to use tls/ssl for smtp', reason: 'securityerror' },
      { phrase: 'tls required for rcpt domain', reason: 'securityerror' },
      // 454 4.7.0 Too many login attempts / 535 5.7.8 Username and Password not accepted / Application-specific password required
      { phrase: 'too many login attempts', reason: 'securityerror' },
      { phrase: 'username and password not accepted', reason: 'securityerror' },
      { phrase: 'application-specific password required', reason: 'securityerror' },
      { phrase: 'log in with your web browser', reason: 'securityerror' },
      { phrase: 'log in through your web browser', reason: 'securityerror' },
      { phrase: 'no identity changes permitted', reason: 'securityerror' },
      // 550 5.7.1 Messages missing a valid address in the From: header ... / not RFC 5322 compliant / missing a valid Message-ID: header
      { phrase: 'missing a valid address in the from: header', reason: 'notcompliantrfc' },
      { phrase: 'multiple addresses in from: header are not accepted', reason: 'notcompliantrfc' },
      { phrase: 'is not rfc 5322 compliant', reason: 'notcompliantrfc' },
      { phrase: 'missing a valid message-id: header', reason: 'notcompliantrfc' },
      { phrase: 'contains a unicode character in a disallowed header', reason: 'notcompliantrfc' },
      { phrase: 'encoded-word syntax is not permitted', reason: 'notcompliantrfc' },
      { phrase: 'is not a valid rfc 5321 address', reason: 'notcompliantrfc' },
      { phrase: 'mail message is malformed', reason: 'notcompliantrfc' },
      // 552 5.7.0 Our system detected an illegal attachment on your message.
      { phrase: 'illegal attachment on your message', reason: 'policyviolation' },
      // 550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.
      { phrase: 'has a policy that prohibited the mail', reason: 'policyviolation' },
      // 421 4.7.28 ... exceeded its quota for sending messages with the same Message-ID:
      { phrase: 'sending messages with the same message-id', reason: 'policyviolation' },
      // 550 5.7.0 Mail Sending denied (the sender account is disabled or not registered in the Workspace domain)
      { phrase: 'mail sending denied', reason: 'rejected' },
      // 550 5.7.0 Mail relay denied / 550 5.7.1 Invalid credentials for relay
      { phrase: 'mail relay denied', reason: 'norelaying' },
      { phrase: 'invalid credentials for relay', reason: 'norelaying' },
      // 552 5.2.3 Your message exceeded Google's message size limits / 5.3.4 ... exceeds Google's limit of N attachments / header size limits
      { phrase: 'exceeds google\'s limit of', reason: 'exceedlimit' },
      { phrase: 'message header size limit', reason: 'exceedlimit' },
      { phrase: 'bytes per individual header size', reason: 'exceedlimit' },
      { phrase: 'exceeded google\'s message size limits', reason: 'exceedlimit', status: '5.2.3' },
      { phrase: 'exceeded google\'s message size limits', reason: 'mesgtoobig' },
      { phrase: 'exceeds google\'s message size limit of', reason: 'mesgtoobig' },
      // 554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.
      { phrase: 'message exceeded 50 hops', reason: 'networkerror' },
      // 421 4.7.0 Connection expired, try reconnecting. / 451 4.4.2 Timeout - closing connection.
      { phrase: 'connection expired, try reconnecting', reason: 'expired' },
      { phrase: 'timeout - closing connection', reason: 'expired' },
      // 450 4.2.1 The user you are trying to contact is receiving mail too quickly / at a rate that prevents additional messages
      { phrase: 'is receiving mail too quickly', reason: 'speeding' },
      { phrase: 'rate that prevents additional messages from being delivered', reason: 'speeding' },
      { phrase: 'peak smtp relay limit exceeded', reason: 'speeding' },
      // 550 5.4.5 Daily user sending limit exceeded / Daily SMTP relay limit exceeded for user
      { phrase: 'daily sending quota exceeded', reason: 'speeding' },
      { phrase: 'daily user sending limit exceeded', reason: 'speeding' },
      { phrase: 'daily smtp relay limit exceeded', reason: 'speeding' },
      { phrase: 'daily smtp relay sending limit exceeded', reason: 'speeding' },
      // 452 4.2.2 The recipient's inbox is out of storage space. / 550 5.7.1 Email quota exceeded.
      { phrase: 'inbox is out of storage space', reason: 'mailboxfull' },
      { phrase: 'email quota exceeded', reason: 'mailboxfull' },
      // 421 4.3.0 Temporary System Problem / 451 4.3.0 Mail server temporarily rejected message / Multiple destination domains per transaction is unsupported
      { phrase: 'temporary system problem', reason: 'systemerror' },
      { phrase: 'mail server temporarily rejected message', reason: 'systemerror' },
      { phrase: 'mail server has temporarily rejected this message', reason: 'systemerror' },
      { phrase: 'multiple destination domains per transaction is unsupported', reason: 'systemerror' },
      { phrase: 'domain policy size per transaction exceeded', reason: 'systemerror' },
      // 523 5.7.10 SMTP protocol violation / 503 5.5.1 Bad sequence of commands / No DATA after BDAT
      { phrase: 'smtp protocol violation', reason: 'syntaxerror' },
      { phrase: 'no data after bdat', reason: 'syntaxerror' },
      { phrase: 'too many unauthenticated commands', reason: 'syntaxerror' },
      { phrase: 'unrecognized authentication type', reason: 'syntaxerror' },
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
      // 553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.
      // (also [TSS11]): the sending side is refused for good
      { phrase: 'will be permanently deferred', reason: 'rejected' },
      { phrase: '[tss09]', reason: 'rejected' },
      // 451 Message temporarily deferred due to unresolvable RFC.5321 from domain
      { phrase: 'due to unresolvable rfc.5321', reason: 'rejected' },
      // 554 5.7.9 Message not accepted for policy reasons. / 554 Message not allowed - [PH01] Email not accepted for policy reasons.
      { phrase: 'not accepted for policy reasons', reason: 'policyviolation' },
      // 550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.
      { phrase: 'requires all senders to authenticate with either spf or dkim', reason: 'authfailure' },
      // 553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list / [BL23] ... on Spamhaus XBL
      { phrase: 'because the ip is in spamhaus\'s list', reason: 'blocked' },
      { phrase: 'not accepted from ip addresses on spamhaus', reason: 'blocked' },
      // 550 relaying denied for <a@yahoo.com>
      { phrase: 'relaying denied for ', reason: 'norelaying' },
      // 554 5.7.9 Message not accepted: headers are not RFC compliant
      { phrase: 'headers are not rfc compliant', reason: 'notcompliantrfc' },
      // 450 User is receiving mail too quickly / 421 Max message per connection reached, closing transmission channel
      { phrase: 'user is receiving mail too quickly', reason: 'speeding' },
      { phrase: 'max message per connection reached', reason: 'toomanyconn' },
      // 552 1 Requested mail action aborted, mailbox not found
      { phrase: 'mailbox not found', reason: 'userunknown' },
    ],
  },
  {
    // Tencent (qq.com, Exmail): "frequency limited" is a connection or rate limit, even where the line says "Blocked IP".
    name: 'tencent',
    hosts: ['qq.com', 'tencent', 'exmail'],
    phrases: [
      // Tencent's documented refusals (service.mail.qq.com/detail/122).
      // 550 Ip frequency limited / Domain / Sender / Connection frequency limited [... Blocked IP 192.0.2.1]
      { phrase: 'frequency limited', reason: 'toomanyconn' },
      // 550 Mailbox not found or access denied
      { phrase: 'mailbox not found', reason: 'userunknown' },
      // 550 Mailbox unavailable or access denined (sic): too much mail to the mailbox
      { phrase: 'mailbox unavailable or access denined', reason: 'speeding' },
      // the same, spelled right (Sisimai 4.25 Rhost/TencentQQ.pm: toomanyconn; speeding as above)
      { phrase: 'mailbox unavailable or access denied', reason: 'speeding' },
      // 550 ... is a deactivated mailbox
      { phrase: 'is a deactivated mailbox', reason: 'suspend' },
      // 550 Bad address syntax
      { phrase: 'bad address syntax', reason: 'syntaxerror' },
      // 550 Message too large
      { phrase: 'message too large', reason: 'mesgtoobig' },
      // 550 SPF check failed / DMARC check failed
      { phrase: 'spf check failed', reason: 'authfailure' },
      { phrase: 'dmarc check failed', reason: 'authfailure' },
      // 550 Suspected bounce attacks / Suspected spam ip / Connection denied: the sending host refused
      { phrase: 'suspected bounce attacks', reason: 'blocked' },
      { phrase: 'suspected spam ip', reason: 'blocked' },
      { phrase: 'connection denied', reason: 'blocked' },
      // 550 Mail content denied / Spam is embedded in the email
      { phrase: 'mail content denied', reason: 'spamdetected' },
      { phrase: 'spam is embedded in the email', reason: 'spamdetected' },
      // 550 Suspected spam / Mail is rejected by recipients: the sender refused
      { phrase: 'suspected spam', reason: 'rejected' },
      { phrase: 'mail is rejected by recipients', reason: 'rejected' },
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
      // 550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL / Mail from IP 192.0.2.1 was rejected due to listing in Spamhaus SBL
      { phrase: 'rejected due to having a domain present in the spamhaus', reason: 'blocked' },
      { phrase: 'rejected due to listing in spamhaus', reason: 'blocked' },
      // 554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.
      { phrase: 'blocked for failing both spf and dkim', reason: 'authfailure' },
      // 550 5.1.6 recipient no longer on server: a@icloud.com
      { phrase: 'recipient no longer on server', reason: 'hasmoved' },
      // 552 5.2.2 <a@icloud.com>: user is over quota
      { phrase: 'user is over quota', reason: 'mailboxfull' },
      // 554 5.7.1 <a@icloud.com>: Relay access denied
      { phrase: 'relay access denied', reason: 'norelaying' },
      // 556 5.1.10 host/domain does not accept mail
      { phrase: 'host/domain does not accept mail', reason: 'notaccept' },
      // 550 5.7.1 [CS01] Message rejected due to local policy (any "due to local policy")
      { phrase: 'due to local policy', reason: 'policyviolation' },
      // 450 4.1.8 <a@example.jp>: Sender address rejected: Domain not found
      { phrase: 'sender address rejected', reason: 'rejected' },
      // 421 4.7.1 Messages to a@icloud.com deferred due to excessive volume. Try again later
      { phrase: 'due to excessive volume', reason: 'speeding' },
    ],
  },
  {
    // Cox: codes prefixed CX.
    name: 'cox',
    hosts: ['cox.net'],
    phrases: [
      // Cox's documented refusals without a code (cox.com, "Email error codes").
      // 421 Cox too many bad commands from 192.0.2.1 / 550 too many invalid recipients
      { phrase: 'cox too many bad commands from', reason: 'blocked' },
      { phrase: 'too many invalid recipients', reason: 'blocked' },
      // 451 DNS check failure - try again later / 554 rejected - no rDNS
      { phrase: 'dns check failure - try again later', reason: 'requireptr' },
      { phrase: 'rejected - no rdns', reason: 'requireptr' },
      // 554 ESMTP no data before greeting / 552 attachment extension is forbidden
      { phrase: 'esmtp no data before greeting', reason: 'policyviolation' },
      { phrase: 'attachment extension is forbidden', reason: 'policyviolation' },
      // 451 ESMTP server temporarily not available
      { phrase: 'esmtp server temporarily not available', reason: 'systemerror' },
      // 421 too many sessions from 192.0.2.1 / message threshold exceeded / requested action aborted: try again later
      { phrase: 'too many sessions from', reason: 'toomanyconn' },
      { phrase: 'message threshold exceeded', reason: 'toomanyconn' },
      { phrase: 'requested action aborted: try again later', reason: 'toomanyconn' },
      // 550 recipient rejected (not a Cox Email account)
      { phrase: 'recipient rejected', reason: 'userunknown' },
    ],
    // "554 5.7.1 ... rejected - Cox blocks ... AUP#CXBL": the code after AUP# names the cause.
    codes: {
      pattern: /aup#([0-9a-z]{2,10})/,
      table: {
        cxbl: 'blocked', // the sending IP blocked for spam-like behaviour
        cdrbl: 'blocked', // the same, for up to 24 hours
        cxdns: 'requireptr', // the rDNS lookup for the sending IP fails
        cxsndr: 'authfailure', // the message failed SPF, DomainKeys or DKIM of the sending domain
        cxsmtp: 'rejected', // an SMTP protocol violation: not verifiably a legitimate sender
        cxcnct: 'toomanyconn', // too many concurrent connections from the IP
        cxmxrt: 'toomanyconn', // too many recipients, wait before sending more
        cxthrt: 'securityerror', // sending limited due to suspicious account activity
        cxmj: 'securityerror',
        ipbl0001: 'blocked', ipbl0010: 'blocked', ipbl0100: 'blocked', ipbl0011: 'blocked', ipbl0101: 'blocked',
        ipbl0110: 'blocked', ipbl0111: 'blocked', ipbl1000: 'blocked', ipbl1001: 'blocked', ipbl1010: 'blocked',
        ipbl1011: 'blocked', ipbl1100: 'blocked', ipbl1101: 'blocked', ipbl1110: 'blocked', ipbl1111: 'blocked',
        ipbl00001: 'blocked', // the sending IP on DNSBLs (Spamhaus, Return Path, Invaluement, Cloudmark CSI)
        urlbl011: 'spamdetected', urlbl101: 'spamdetected', urlbl110: 'spamdetected', urlbl1001: 'spamdetected', // a URL of the body on blocklists
      },
    },
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
      // Mimecast's documented SMTP errors (community.mimecast.com, "Mimecast SMTP Error Codes").
      // 550 Envelope blocked - User Entry / User Domain Entry / Administrative prohibition envelope blocked:
      // a blocked-senders policy refuses the sender
      { phrase: 'envelope blocked', reason: 'rejected' },
      { phrase: 'manually blocked senders', reason: 'rejected' },
      { phrase: 'blocked senders - block policy for header from', reason: 'rejected' },
      { phrase: 'block policy for envelope from address', reason: 'rejected' },
      // 550 SPF / DKIM / DMARC Sender Invalid - envelope rejected
      { phrase: 'sender invalid - envelope rejected', reason: 'authfailure' },
      // 451 Internal resources are temporarily unavailable (greylisting or poor IP reputation) / 550 Local CT IP Reputation - (reject)
      { phrase: 'internal resources are temporarily unavailable', reason: 'badreputation' },
      { phrase: 'ip reputation - (reject)', reason: 'badreputation' },
      // 421 Sender address blocked / 451 IP temporarily blacklisted / Recipient temporarily unavailable
      { phrase: 'sender address blocked', reason: 'blocked' },
      { phrase: 'ip temporarily blacklisted', reason: 'blocked' },
      { phrase: 'recipient temporarily unavailable', reason: 'blocked' },
      // 554 Maximum email size exceeded
      { phrase: 'maximum email size exceeded', reason: 'mesgtoobig' },
      // 554 Mail loop detected
      { phrase: 'mail loop detected', reason: 'networkerror' },
      // 451 Open relay not allowed
      { phrase: 'open relay not allowed', reason: 'norelaying' },
      // 451 Account inbounds disabled
      { phrase: 'account inbounds disabled', reason: 'notaccept' },
      // 451 Account outbounds disabled / Hostname is not authorized (Omni Directional hostnames) / 550 Journal
      // message past expiration: held on Mimecast's side, no cause about the message (Sisimai 4.25 Rhost/Mimecast.pm)
      { phrase: 'account outbounds disabled', reason: 'onhold' },
      { phrase: 'hostname is not authorized', reason: 'onhold' },
      { phrase: 'journal message past expiration', reason: 'onhold' },
      // 550 Rejected by header based Anti-Spoofing policy / Message bounced due to Content Examination policy / 554 Host network not allowed
      { phrase: 'anti-spoofing', reason: 'policyviolation' },
      { phrase: 'content examination policy', reason: 'policyviolation' },
      { phrase: 'host network not allowed', reason: 'policyviolation' },
      // 553 This route requires encryption (TLS) / TLS version 1.2 or greater / high-strength ciphers; 535 Incorrect authentication data
      { phrase: 'this route requires', reason: 'securityerror' },
      { phrase: 'incorrect authentication data', reason: 'securityerror' },
      { phrase: 'configuration is invalid for this certificate', reason: 'securityerror' },
      // 451 Unable to process connection at this time / Message ended early / Unable to process command
      { phrase: 'unable to process connection at this time', reason: 'systemerror' },
      { phrase: 'message ended early', reason: 'systemerror' },
      { phrase: 'unable to process command', reason: 'systemerror' },
      { phrase: 'unable to process an email at this time', reason: 'systemerror' },
      // 451 Account service is temporarily unavailable (too many connections) / 550 Exceeding outbound thread limit
      { phrase: 'account service is temporarily unavailable', reason: 'toomanyconn' },
      { phrase: 'exceeding outbound thread limit', reason: 'toomanyconn' },
      // 554 Email rejected due to security policies: an anti-virus signature (or a spam score over the maximum)
      { phrase: 'rejected due to security policies', reason: 'virusdetected' },
      // 550 Invalid Recipient
      { phrase: 'invalid recipient', reason: 'userunknown' },
    ],
  },
];
