/**
 * Providers' own refusals as facts: which wording (or error number) of which receiving provider
 * means which reason, learned from Sisimai 4.25's per-provider modules (Sisimai::Rhost::*,
 * installed under /usr/share/perl5/Sisimai/Rhost/) and the providers' pages those modules cite.
 * Each row names the provider host the way Sisimai keys its provider tables (the Remote-MTA the
 * notice names), the reply as we write it around the documented wording (our own addresses,
 * documentation IPs), and the reason by shared/TAXONOMY.md. Where Sisimai 4.25 files a cause under
 * a coarser reason than the taxonomy's finer one (e.g. a missing reverse DNS record: 4.25
 * `blocked`, taxonomy `requireptr`; sending limits: 4.25 `toomanyconn`, taxonomy `speeding`), the
 * row gives the taxonomy's reason and says so in `note`. Nothing here comes from Sisimai's test
 * emails.
 */
import type { Reason } from '../../../src/core/types.js';

export interface HostRow {
  /** The Sisimai module the fact comes from, e.g. `Rhost/Cox.pm`. */
  readonly source: string;
  /** The receiving provider's host, as the notice's Remote-MTA names it. */
  readonly host: string;
  /** The enhanced status code of the notice. */
  readonly status: string;
  /** The provider's reply as the Diagnostic-Code gives it. */
  readonly text: string;
  readonly reason: Reason;
  /** Why the reason differs from Sisimai 4.25's, where it does. */
  readonly note?: string;
}

const cox = 'cxr.mx.east.cox.net';
const exo = 'example-com.mail.protection.outlook.com';
const orange = 'smtp-in.orange.fr';
const laposte = 'smtp-in.laposte.net';
const godaddy = 'smtp.secureserver.net';
const google = 'aspmx.l.google.com';
const iua = 'mx.email.ua';
const kddi = 'lsean.ezweb.ne.jp';
const mimecast = 'eu-smtp-inbound-1.mimecast.com';
const docomo = 'mfsmax.docomo.ne.jp';
const spectrum = 'dnvrco-cmimi-in.charter.net';
const qq = 'mx3.qq.com';
const facebook = 'mx-out.facebook.com';

export const hostRows: readonly HostRow[] = [
  // --- Sisimai 4.25 Rhost/Cox.pm: the AUP# code after Cox's refusal, else its wording.
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 Message from 192.0.2.10 rejected - see https://www.cox.com/aup AUP#CXBL', reason: 'blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 Message from 192.0.2.10 temporarily rejected AUP#CDRBL', reason: 'blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 Sending blocked due to suspicious account activity AUP#CXMJ', reason: 'securityerror' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 Sending limited due to suspicious account activity AUP#CXTHRT', reason: 'securityerror' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 Unable to verify legitimate sender AUP#CXSMTP', reason: 'rejected' },
  { source: 'Rhost/Cox.pm', host: cox, status: '4.7.0', text: '421 4.7.0 Too many concurrent connections from 192.0.2.10 AUP#CXCNCT', reason: 'toomanyconn' },
  { source: 'Rhost/Cox.pm', host: cox, status: '4.7.0', text: '452 4.7.0 Maximum sent mail exceeded AUP#CXMXRT', reason: 'toomanyconn' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 192.0.2.10 is listed on Spamhaus Zen AUP#IPBL0001', reason: 'blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 192.0.2.10 is on Cloudmark CSI and Spamhaus Zen AUP#IPBL1001', reason: 'blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '552 5.7.1 URL in message body listed on SURBL and Spamhaus DBL AUP#URLBL011', reason: 'spamdetected' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.7.1', text: '554 5.7.1 rejected - no rDNS for 192.0.2.10', reason: 'requireptr', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '4.7.1', text: '421 4.7.1 cox too many bad commands from 192.0.2.10', reason: 'blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.1.0', text: '550 5.1.0 Too many invalid recipients', reason: 'blocked' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.1.0', text: '550 5.1.0 <sales@origin.example> sender rejected', reason: 'rejected' },
  { source: 'Rhost/Cox.pm', host: cox, status: '4.7.0', text: '421 4.7.0 too many sessions from 192.0.2.10', reason: 'toomanyconn' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.1.1', text: '550 5.1.1 <pat@cox.net> recipient rejected', reason: 'userunknown' },
  { source: 'Rhost/Cox.pm', host: cox, status: '5.3.4', text: '552 5.3.4 attachment extension is forbidden', reason: 'policyviolation' },

  // --- Sisimai 4.25 Rhost/FrancePTT.pm: the last three digits of the OFR/LPN/OUK code.
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.1.1', text: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', reason: 'userunknown' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.2.2', text: '552 5.2.2 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]', reason: 'mailboxfull' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.2.1', text: '550 5.2.1 Boite du destinataire archivee. Archived recipient. OFR_420 [420]', reason: 'suspend' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.7.1', text: '550 5.7.1 Emetteur invalide. Invalid Sender. OFR_403 [403]', reason: 'rejected' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.3.4', text: '552 5.3.4 Taille limite du message atteinte. Message size limit exceeded. OFR_514 [514]', reason: 'mesgtoobig' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.7.1', text: '550 5.7.1 Message refuse par la politique de securite. Message refused by security policy. OFR_517 [517]', reason: 'policyviolation' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '4.7.0', text: '421 4.7.0 mwinf0001 ME Trop de connexions, ralentissez. Too many connections, slow down. OFR004_104 [104]', reason: 'toomanyconn' },
  { source: 'Rhost/FrancePTT.pm', host: laposte, status: '5.7.1', text: '554 5.7.1 <mx.origin.example>: Client host rejected: LPN000_630', reason: 'policyviolation' },
  { source: 'Rhost/FrancePTT.pm', host: laposte, status: '5.7.1', text: '554 5.7.1 Message rejete par la politique locale. LPNAAA_517', reason: 'policyviolation' },
  { source: 'Rhost/FrancePTT.pm', host: laposte, status: '5.1.1', text: '550 5.1.1 Destinataire inconnu. Unknown recipient. LPNAAA123_416', reason: 'userunknown' },
  { source: 'Rhost/FrancePTT.pm', host: orange, status: '5.7.1', text: '550 5.7.1 Le compte du destinataire est bloque. The recipient account is blocked. OUK_426', reason: 'suspend' },

  // --- Sisimai 4.25 Rhost/GoDaddy.pm: the IBnnn code (godaddy.com help, "What does my email bounceback mean?").
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.7.1', text: '554 Connection refused. This IP is listed on the Spamhaus Block List (SBL). IB104', reason: 'blocked' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '4.7.0', text: '421 Connection refused, too many sessions from This IP. Please lower the number of concurrent sessions. IB007', reason: 'toomanyconn' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.7.1', text: '552 This message has been rejected due to content judged to be spam by the Internet community. IB212', reason: 'spamdetected' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.7.1', text: '552 Virus infected message rejected. IB705', reason: 'virusdetected' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.1.8', text: '550 origin.example From: Domain is invalid. Please provide a valid From: IB506', reason: 'rejected' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.7.1', text: '554 This IP has been temporarily blocked for attempting to mail too many invalid recipients. IB112', reason: 'blocked' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.1.1', text: '550 5.1.1 Recipient not found.', reason: 'userunknown' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.2.2', text: '552 5.2.2 Account storage limit', reason: 'mailboxfull' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.2.1', text: '550 5.2.1 Account disabled', reason: 'suspend' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.1.1', text: '550 5.1.1 Account does not exist', reason: 'userunknown' },
  { source: 'Rhost/GoDaddy.pm', host: godaddy, status: '5.7.1', text: '554 RBL Reject.', reason: 'blocked' },

  // --- Sisimai 4.25 Rhost/GoogleApps.pm (support.google.com/a/answer/3726730): a reply code, a status and words together.
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.25', text: '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.', reason: 'requireptr', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.26', text: "550-5.7.26 Unauthenticated email from origin.example is not accepted due to domain's DMARC policy.", reason: 'authfailure', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.26', text: '550-5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).', reason: 'authfailure', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: "550-5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers.", reason: 'blocked' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: '550-5.7.1 Our system has detected that this message is likely suspicious due to the very low reputation of the sending IP address.', reason: 'badreputation', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.2.3', text: "552-5.2.3 Your message exceeded Google's message size limits.", reason: 'exceedlimit' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.2.2', text: '452-4.2.2 The email account that you tried to reach is over quota.', reason: 'mailboxfull' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: '550 5.7.1 Email quota exceeded.', reason: 'mailboxfull' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.4.6', text: '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.', reason: 'networkerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.0', text: '550 5.7.0 Mail relay denied.', reason: 'norelaying' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.0', text: '552-5.7.0 Our system detected an illegal attachment on your message.', reason: 'policyviolation' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: '550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.', reason: 'policyviolation' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.0', text: '550 5.7.0 Mail Sending denied.', reason: 'rejected' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: '550 5.7.1 Unauthenticated email is not accepted from this domain.', reason: 'authfailure', note: 'Sisimai 4.25: rejected; the words say it failed authentication' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.7.0', text: '421 4.7.0 TLS required for RCPT domain, closing connection.', reason: 'securityerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: '535 5.7.1 Username and Password not accepted.', reason: 'securityerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.5.1', text: '530 5.5.1 Authentication Required.', reason: 'securityerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.1', text: '550-5.7.1 Our system has detected that this message is likely unsolicited mail.', reason: 'spamdetected' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.2.1', text: '550-5.2.1 The email account that you tried to reach is disabled.', reason: 'suspend' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.5.0', text: '451 4.5.0 SMTP protocol violation, visit RFC 2821.', reason: 'syntaxerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.5.1', text: '502 5.5.1 Too many unrecognized commands, goodbye.', reason: 'syntaxerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.7.0', text: '530 5.7.0 Must issue a STARTTLS command first.', reason: 'securityerror', note: 'Sisimai 4.25: syntaxerror; TLS is required (RFC 3207 530)' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.3.0', text: '421 4.3.0 Temporary System Problem. Try again later.', reason: 'systemerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.5.3', text: '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.', reason: 'systemerror' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.5.3', text: '452 4.5.3 Your message has too many recipients.', reason: 'toomanyconn' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '4.2.1', text: '450-4.2.1 The user you are trying to contact is receiving mail too quickly.', reason: 'speeding', note: 'Sisimai 4.25: toomanyconn' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.4.5', text: '550 5.4.5 Daily SMTP relay limit exceeded for user.', reason: 'speeding', note: 'Sisimai 4.25: toomanyconn' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.1.1', text: '550-5.1.1 The email account that you tried to reach does not exist.', reason: 'userunknown' },
  { source: 'Rhost/GoogleApps.pm', host: google, status: '5.1.2', text: "553-5.1.2 We weren't able to find the recipient domain.", reason: 'hostunknown', note: 'Sisimai 4.25: userunknown; the words say the domain is missing' },

  // --- Sisimai 4.25 Rhost/IUA.pm: the number of the mail.i.ua/err/ link.
  { source: 'Rhost/IUA.pm', host: iua, status: '5.0.0', text: '550 User is not found. See http://mail.i.ua/err/2/', reason: 'userunknown' },
  { source: 'Rhost/IUA.pm', host: iua, status: '5.0.0', text: '550 Mailbox is frozen. See http://mail.i.ua/err/3/', reason: 'suspend' },
  { source: 'Rhost/IUA.pm', host: iua, status: '5.0.0', text: '550 Mailbox is full. See http://mail.i.ua/err/4/', reason: 'mailboxfull' },
  { source: 'Rhost/IUA.pm', host: iua, status: '5.0.0', text: '550 Sender IP is blacklisted. See http://mail.i.ua/err/9/', reason: 'blocked' },
  { source: 'Rhost/IUA.pm', host: iua, status: '5.0.0', text: '550 Not in the list. See http://mail.i.ua/err/10/', reason: 'filtered' },

  // --- Sisimai 4.25 Rhost/KDDI.pm: an empty address slot is the reception filter, a named one a missing mailbox.
  { source: 'Rhost/KDDI.pm', host: kddi, status: '5.0.0', text: '550 : User unknown', reason: 'filtered' },
  { source: 'Rhost/KDDI.pm', host: kddi, status: '5.0.0', text: '550 <kana@ezweb.ne.jp>: User unknown', reason: 'userunknown' },

  // --- Sisimai 4.25 Rhost/Mimecast.pm (Mimecast SMTP Error Codes): reply code and words.
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.7.0', text: '421 Sender address blocked', reason: 'blocked' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.7.0', text: '451 IP temporarily blacklisted', reason: 'blocked' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.7.0', text: '451 Internal resources are temporarily unavailable', reason: 'badreputation', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '550 SPF Sender Invalid - envelope rejected', reason: 'authfailure', note: 'Sisimai 4.25: blocked' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.3.4', text: '554 Maximum email size exceeded', reason: 'mesgtoobig' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.4.6', text: '554 Mail loop detected', reason: 'networkerror' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.7.1', text: '451 Open relay not allowed', reason: 'norelaying' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.3.2', text: '451 Account inbounds disabled', reason: 'notaccept' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.3.2', text: '451 Account outbounds disabled', reason: 'onhold' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.7.0', text: '451 Hostname is not authorized', reason: 'onhold' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '550 Anti-Spoofing policy - Inbound not allowed', reason: 'policyviolation' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '550 Message bounced due to Content Examination policy', reason: 'policyviolation' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '554 Host network not allowed', reason: 'policyviolation' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '550 Administrative prohibition envelope blocked', reason: 'rejected' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '550 Envelope rejected - Block policy for Envelope From address', reason: 'rejected' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '553 This route requires encryption (TLS)', reason: 'securityerror' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.8', text: '535 Incorrect authentication data', reason: 'securityerror' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.3.0', text: '451 Unable to process connection at this time', reason: 'systemerror' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.3.0', text: '451 Message ended early', reason: 'systemerror' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.7.0', text: '451 Account service is temporarily unavailable', reason: 'toomanyconn' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '4.5.3', text: '452 Too many recipients', reason: 'toomanyconn' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '550 Exceeding outbound thread limit', reason: 'toomanyconn' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.1.3', text: '501 Invalid address', reason: 'userunknown' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.1.1', text: '550 Invalid Recipient', reason: 'userunknown' },
  { source: 'Rhost/Mimecast.pm', host: mimecast, status: '5.7.1', text: '554 Email rejected due to security policies', reason: 'virusdetected' },

  // --- Sisimai 4.25 Rhost/NTTDOCOMO.pm: the status and the SMTP command decide.
  { source: 'Rhost/NTTDOCOMO.pm', host: docomo, status: '5.1.1', text: '550 Unknown user taro@docomo.ne.jp', reason: 'userunknown' },
  { source: 'Rhost/NTTDOCOMO.pm', host: docomo, status: '5.2.0', text: '550 Unknown user taro@docomo.ne.jp', reason: 'filtered' },
  { source: 'Rhost/NTTDOCOMO.pm', host: docomo, status: '5.0.0', text: '552 Too much mail data', reason: 'mailboxfull' },
  { source: 'Rhost/NTTDOCOMO.pm', host: docomo, status: '5.0.0', text: '552 Too many recipients', reason: 'toomanyconn' },

  // --- Sisimai 4.25 Rhost/Spectrum.pm: the four digits after AUP#.
  { source: 'Rhost/Spectrum.pm', host: spectrum, status: '5.7.1', text: '554 5.7.1 Your IP address has been blocked due to suspicious activity. AUP#I-1000', reason: 'blocked' },
  { source: 'Rhost/Spectrum.pm', host: spectrum, status: '5.7.1', text: '550 5.7.1 Sender rejected. AUP#O-1010', reason: 'rejected' },
  { source: 'Rhost/Spectrum.pm', host: spectrum, status: '5.3.4', text: '552 5.3.4 Message larger than 20MB. AUP#O-1530', reason: 'mesgtoobig' },
  { source: 'Rhost/Spectrum.pm', host: spectrum, status: '5.7.1', text: '550 5.7.1 Too many invalid recipients. AUP#O-1560', reason: 'policyviolation' },
  { source: 'Rhost/Spectrum.pm', host: spectrum, status: '4.7.0', text: '421 4.7.0 Too many concurrent connections. AUP#I-1310', reason: 'toomanyconn' },
  { source: 'Rhost/Spectrum.pm', host: spectrum, status: '5.7.1', text: '554 5.7.1 Flagged by Cloudmark CSI. AUP#I-1200', reason: 'blocked' },

  // --- Sisimai 4.25 Rhost/TencentQQ.pm (service.mail.qq.com): Tencent's fixed refusals.
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Mailbox not found. http://service.mail.qq.com/', reason: 'userunknown' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Message too large', reason: 'mesgtoobig' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Mail content denied. http://service.mail.qq.com/', reason: 'spamdetected' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Spam is embedded in the email', reason: 'spamdetected' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Bad address syntax', reason: 'syntaxerror' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Ip frequency limited [192.0.2.10]', reason: 'toomanyconn' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Sender frequency limited', reason: 'toomanyconn' },
  { source: 'Rhost/TencentQQ.pm', host: qq, status: '5.0.0', text: '550 Mailbox unavailable or access denied', reason: 'speeding', note: 'Sisimai 4.25: toomanyconn; too much mail to one mailbox' },

  // --- Sisimai 4.25 Lhost/Facebook.pm: Facebook's response codes (postmaster.facebook.com/response_codes).
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.7.1', text: '554 5.7.1 POL-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#pol Sending IP listed on the Spamhaus PBL.', reason: 'blocked' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '4.7.1', text: '421 4.7.1 POL-T2 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#pol Not accepting messages from your mail server for now.', reason: 'notaccept' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.3.4', text: '552 5.3.4 MSG-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#msg Message exceeds maximum allowed size.', reason: 'mesgtoobig' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.6.0', text: '554 5.6.0 MSG-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#msg Attachment type not accepted.', reason: 'contenterror' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.7.1', text: '550 5.7.1 DNS-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#dns MAIL FROM domain does not exist.', reason: 'rejected' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.7.1', text: '550 5.7.1 DNS-P3 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#dns No reverse DNS record for your mail server.', reason: 'requireptr', note: 'Sisimai 4.25: rejected' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '4.7.0', text: '421 4.7.0 CON-T3 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#con Too many new connections in a short period.', reason: 'toomanyconn' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.7.1', text: '554 5.7.1 POL-P5 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#pol The message contains a virus.', reason: 'virusdetected' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '4.2.1', text: '450 4.2.1 RCP-T4 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#rcp Recipient address is currently deactivated.', reason: 'suspend' },
  { source: 'Lhost/Facebook.pm', host: facebook, status: '5.1.1', text: '550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.10#rcp Recipient address does not exist.', reason: 'userunknown' },

  // --- Sisimai 4.25 Rhost/ExchangeOnline.pm (Microsoft Learn, Exchange Online NDRs): status and words together.
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.506', text: '550 5.7.506 Access denied, Bad HELO', reason: 'blocked' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.606', text: '550 5.7.606 Access denied, banned sending IP [192.0.2.10]', reason: 'blocked' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.513', text: '550 5.7.513 Service unavailable, Client host [192.0.2.10] blocked by example.com using Customer Block list', reason: 'blocked' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.5.4', text: '501 5.5.4 Invalid domain name', reason: 'blocked' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.51', text: '550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message\'s recipient domain. The partner connector has RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set', reason: 'blocked' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.3.0', text: '554 5.3.0 Too many related errors', reason: 'contenterror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.6.11', text: '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains invalid characters', reason: 'contenterror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.5.6', text: '550 5.5.6 Invalid message content', reason: 'contenterror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.3', text: '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient', reason: 'mesgtoobig', note: 'Sisimai 4.25: exceedlimit; the words say the message is too large' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.4.300', text: '550 5.4.300 Message expired', reason: 'expired' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.2', text: '550 5.2.2 Mailbox full', reason: 'mailboxfull' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.3.4', text: '552 5.3.4 Message size exceeds fixed maximum message size', reason: 'mesgtoobig' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.4.4', text: '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', reason: 'networkerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.4.14', text: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34', reason: 'networkerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.1', text: '550 5.7.1 Unable to relay', reason: 'norelaying' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.64', text: '550 5.7.64 TenantAttribution; Relay Access Denied', reason: 'norelaying' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '4.3.2', text: '432 4.3.2 System not accepting network messages', reason: 'notaccept' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.3.2', text: '550 5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties', reason: 'notaccept' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.901', text: '550 5.7.901 Delivery not authorized, message refused', reason: 'policyviolation' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.1.8', text: '550 5.1.8 Access denied, bad outbound sender', reason: 'rejected' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.12', text: '550 5.7.12 Sender was not authenticated by organization', reason: 'rejected' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.3', text: '550 5.7.3 Cannot achieve Exchange Server authentication', reason: 'securityerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.57', text: '530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM', reason: 'securityerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.1', text: '550 5.2.1 Content Filter agent quarantined this message', reason: 'spamdetected' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.7.504', text: '550 5.7.504 Recipient address rejected: Access denied', reason: 'suspend' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.1', text: '550 5.2.1 Mailbox cannot be accessed', reason: 'suspend' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.5.2', text: '503 5.5.2 Send hello first', reason: 'syntaxerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.3.5', text: '550 5.3.5 System incorrectly configured', reason: 'systemerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.1.4', text: '550 5.1.4 Destination mailbox address ambiguous', reason: 'systemerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.4', text: '550 5.2.4 Mailing list expansion problem', reason: 'systemerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.14', text: '550 5.2.14 Misconfigured forwarding address', reason: 'systemerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '4.4.24', text: '451 4.4.24 Message failed to be replicated: insufficient system resource: 0', reason: 'systemerror' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '4.3.1', text: '452 4.3.1 Insufficient system resources', reason: 'systemfull' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.5.3', text: '452 5.5.3 Too many recipients', reason: 'toomanyconn' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.2.122', text: "550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour", reason: 'toomanyconn' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.1.10', text: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', reason: 'userunknown' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.4.1', text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)', reason: 'userunknown' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.5.0', text: '550 5.5.0 Requested action not taken: mailbox unavailable', reason: 'userunknown' },
  { source: 'Rhost/ExchangeOnline.pm', host: exo, status: '5.1.6', text: '550 5.1.6 Recipient addresses in single label domains not accepted', reason: 'userunknown' },
];

/**
 * A sending MTA's own sentence (Sisimai 4.25's per-MTA modules, Sisimai::Lhost::*): the notice is
 * built in that MTA's shape by the test (test/core/sisimai-hosts.test.ts), `text` being the lines
 * the MTA writes about the recipient.
 */
export interface FormatRow {
  readonly source: string;
  readonly format: 'Amavis' | 'X4' | 'MessageLabs' | 'GSuite' | 'MXLogic';
  readonly text: string;
  readonly reason: Reason;
}

export const formatRows: readonly FormatRow[] = [
  // amavisd-new's answers by content category (%smtp_reason_by_ccat in amavisd, listed by Lhost/Amavis.pm).
  { source: 'Lhost/Amavis.pm', format: 'Amavis', text: '554 5.7.0 Reject, id=40213-07 - INFECTED: Eicar-Signature', reason: 'virusdetected' },
  { source: 'Lhost/Amavis.pm', format: 'Amavis', text: '554 5.7.0 Reject, id=40213-07 - spam', reason: 'spamdetected' },
  { source: 'Lhost/Amavis.pm', format: 'Amavis', text: '554 5.6.0 Reject, id=40213-07 - BAD HEADER: Duplicate header field: "Subject"', reason: 'contenterror' },
  { source: 'Lhost/Amavis.pm', format: 'Amavis', text: "552 5.3.4 Reject, id=40213-07 - Message size exceeds recipient's size limit", reason: 'exceedlimit' },
  { source: 'Lhost/Amavis.pm', format: 'Amavis', text: '550 5.3.5 Bounce, id=40213-07 - Unable to relay message back to MTA', reason: 'systemerror' },
  // The next hop's exact status wins over "rejected by next-hop MTA on relaying".
  { source: 'Lhost/Amavis.pm', format: 'Amavis', text: '550 5.1.1 Bounce, id=40213-07 - Rejected by next-hop MTA on relaying, from MTA([127.0.0.1]:10025): 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in local recipient table', reason: 'userunknown' },
  // qmail-ldap's sentences in an X4 notice (Lhost/X4.pm shares qmail's table).
  { source: 'Lhost/X4.pm', format: 'X4', text: 'Mailaddress is administrativly disabled. (#5.2.1)', reason: 'suspend' },
  { source: 'Lhost/X4.pm', format: 'X4', text: 'Temporary error while executing qmail-forward. (#4.4.4)', reason: 'systemerror' },
  { source: 'Lhost/X4.pm', format: 'X4', text: 'Unable to login into LDAP server, bad credentials. (#4.4.3)', reason: 'systemerror' },
  { source: 'Lhost/X4.pm', format: 'X4', text: 'Sorry, no mailbox here by that name. (#5.1.1)', reason: 'userunknown' },
  // Exim's own router and transport words in an MX Logic notice (Lhost/MXLogic.pm reads them with Exim's table).
  { source: 'Lhost/MXLogic.pm', format: 'MXLogic', text: 'all host address lookups failed permanently', reason: 'hostunknown' },
  { source: 'Lhost/MXLogic.pm', format: 'MXLogic', text: 'mailbox is full (quota exceeded while writing to file /var/mail/pat)', reason: 'mailboxfull' },
  { source: 'Lhost/MXLogic.pm', format: 'MXLogic', text: 'user not found', reason: 'userunknown' },
  { source: 'Lhost/MXLogic.pm', format: 'MXLogic', text: 'an MX or SRV record indicated no SMTP service', reason: 'notaccept' },
  // Symantec.cloud's refusal of an unauthenticated submission.
  { source: 'Lhost/MessageLabs.pm', format: 'MessageLabs', text: '553 Please turn on SMTP Authentication in your mail client.', reason: 'securityerror' },
  // Google's resolver found nothing to deliver to.
  { source: 'Lhost/GSuite.pm', format: 'GSuite', text: "DNS Error: 2921 DNS type 'mx' lookup of dest.example had no relevant answers.", reason: 'networkerror' },
];

/**
 * fml 4's refusals and loop warnings (Lhost/FML.pm), as the first sentence of its notice or as its
 * Subject: the line fml's reader hands to the format's hints (rules/formats.ts formatHints.FML).
 */
export const fmlLines: readonly (readonly [line: string, reason: Reason])[] = [
  ['NOT MEMBER article from <sales@origin.example>.', 'rejected'],
  ['reject mail from sales@origin.example', 'rejected'],
  ['reject since X-ML-Name: header may cause mail loop', 'rejected'],
  ['Spam mail from a spammer is rejected (club ML)', 'rejected'],
  ['You sales@origin.example are not member (club ML)', 'rejected'],
  ['fml 4.0 has detected a loop condition so that input mail has already been posted', 'systemerror'],
  ['Loop Back Warning: quote 2291 (club ML)', 'systemerror'],
  ['WARNING: UNIX FROM Loop', 'systemerror'],
  ['fml system error message (club ML)', 'systemerror'],
  ['Security Alert: club ML', 'securityerror'],
];
