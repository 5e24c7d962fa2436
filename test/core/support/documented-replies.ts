/**
 * Server replies as their software's or provider's documentation gives them (issue 8), pasted on
 * their own. Each row: where the wording is documented, the reply as a person pastes it (own
 * addresses, documentation IPs and example domains), and what it means by that documentation and
 * shared/TAXONOMY.md. Written here from the documents, not taken from any project's fixtures.
 *
 * Sources:
 * - Google Workspace admin help, "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730)
 * - Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online" and its per-code pages
 * - Yahoo Sender Hub "SMTP Error Codes" and Yahoo Help SLN3444; Apple iCloud postmaster page
 * - Orange postmaster (OFR codes); GMX/Web.de/T-Online help pages; Mail.ru help; Libero/Virgilio/Aruba help
 * - Postfix postconf(5), smtpd(8), local(8), smtp(8), bounce(5); Exim specification; Sendmail's
 *   and qmail's messages (qmail-local, qmail-remote, qmail-send); vpopmail
 * - RFC 5321 4.2, RFC 3463, RFC 3464, RFC 7293, RFC 7505, RFC 8689 and the IANA SMTP Enhanced Status Codes registry
 * - The blocklists' own pages on the refusals that name them (Spamhaus, SpamCop, Barracuda, SORBS, UCEPROTECT)
 */
import type { Category, Severity } from '../../../src/core/types.js';

export interface DocReply {
  /** Where the wording is documented. */
  readonly source: string;
  /** The theme of issue 8 the row stands for (1-12), or 0 for a plain documented reply. */
  readonly theme: number;
  readonly text: string;
  /** What the reply means; undefined where the documentation leaves it open. */
  readonly category?: Category;
  /** Left out for inactive mailboxes: their severity is another change's (issue 8 theme 10). */
  readonly severity?: Severity;
  /** The enhanced status code the reply carries ('' when none). */
  readonly status: string;
  /** Failed recipients, when the reply names them (a sender refusal names none). */
  readonly recipients?: readonly string[];
  /** A category the reply must NOT get (greylisting is not an expired message). */
  readonly notCategory?: Category;
  /** The recipient's action, where it matters (a warning is a delay). */
  readonly action?: 'failed' | 'delayed';
  /** False for rows that are themselves DSN fields: no raw notice is built around them. */
  readonly raw?: boolean;
  /**
   * What the row means as the Diagnostic-Code of a final notice, where that differs from the
   * reply pasted alone: a notice that names no SMTP step may carry "user unknown" from a filter
   * after DATA (the dev corpus's reading, as Sisimai's), so it stays soft; a final notice's
   * "connection timed out" is the retries running out.
   */
  readonly rawWant?: { readonly category?: Category; readonly severity?: Severity };
}

const r = (source: string, theme: number, text: string, category: Category | undefined, severity: Severity | undefined, status: string, more: Partial<DocReply> = {}): DocReply => ({
  source, theme, text, ...(category ? { category } : {}), ...(severity ? { severity } : {}), status, ...more,
});
/** Unknown-recipient words with no SMTP step named: hard pasted alone, soft in a final notice. */
const unknownWords = { rawWant: { severity: 'soft' } } as const;
/** A connection that timed out: no answer pasted alone, the retries run out in a final notice. */
const timedOut = { rawWant: { category: 'message-expired' } } as const;

const G = 'Gmail SMTP errors and codes';
const M = 'Exchange Online NDRs';
const Y = 'Yahoo SMTP error codes';
const A = 'iCloud postmaster';
const PF = 'Postfix';
const EX = 'Exim';
const SM = 'Sendmail';
const QM = 'qmail';
const IANA = 'IANA enhanced status codes';

export const documentedReplies: readonly DocReply[] = [
  // --- Gmail ---
  r(G, 1, '421-4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.', 'spam-related', 'soft', '4.7.0'),
  r(G, 1, '421 4.7.0 TLS required for RCPT domain, closing connection.', 'invalid-sender', 'soft', '4.7.0'),
  r(G, 5, '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', 'policy-related', 'soft', '4.2.1'),
  r(G, 1, '451 4.3.0 Mail server temporarily rejected message.', 'bad-configuration', 'soft', '4.3.0'),
  r(G, 1, '452-4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to the storage help page.', 'quota-issues', 'soft', '4.2.2'),
  r(G, 1, '550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.', 'bad-mailbox', 'hard', '5.1.1'),
  r(G, 1, '550-5.2.1 The email account that you tried to reach is disabled.', 'inactive-mailbox', undefined, '5.2.1'),
  r(G, 1, '552-5.2.3 Your message exceeded Google\'s message size limits.', 'quota-issues', 'soft', '5.2.3'),
  r(G, 1, '553-5.1.2 We weren\'t able to find the recipient domain. Please check for any spelling errors, and make sure you didn\'t enter any spaces, periods, or other punctuation after the recipient\'s email address.', 'bad-domain', 'hard', '5.1.2'),
  r(G, 1, '550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.', 'policy-related', 'soft', '5.7.1'),
  r(G, 1, '550-5.7.1 Unauthenticated email is not accepted from this domain.', 'invalid-sender', 'soft', '5.7.1'),
  r(G, 1, '550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.', 'invalid-sender', 'soft', '5.7.26'),
  r(G, 1, '550-5.7.26 Unauthenticated email from sender-d1.example is not accepted due to domain\'s DMARC policy.', 'invalid-sender', 'soft', '5.7.26'),
  r(G, 1, '550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.', 'invalid-sender', 'soft', '5.7.25'),
  r(G, 4, '550-5.7.27 The sender address/domain has a null MX record.', 'invalid-sender', 'soft', '5.7.27'),
  r(G, 1, '552-5.7.0 This message was blocked because its content presents a potential security issue.', 'policy-related', 'soft', '5.7.0'),
  r(G, 1, '554 5.6.0 Mail message is malformed. Not accepted.', 'content-related', 'soft', '5.6.0'),
  r(G, 1, '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.', 'routing-errors', 'soft', '5.4.6'),
  r(G, 1, '550 5.7.0 Mail relay denied.', 'relaying-issues', 'soft', '5.7.0'),
  r(G, 1, '550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.', 'spam-related', 'soft', '5.7.1'),
  r(G, 1, '421-4.7.0 This message is suspicious due to the nature of the content or the links within.', 'spam-related', 'soft', '4.7.0'),
  r(G, 1, '530-5.7.0 Must issue a STARTTLS command first.', 'invalid-sender', 'soft', '5.7.0'),
  r(G, 1, '451 4.4.2 Timeout - closing connection.', undefined, 'soft', '4.4.2'),

  // --- Microsoft Exchange Online ---
  r(M, 1, '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', 'bad-mailbox', 'hard', '5.1.10'),
  r(M, 1, '550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', 'bad-mailbox', 'hard', '5.1.1'),
  r(M, 1, '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR01FT012.eop-EUR01.prod.protection.outlook.com]', 'bad-mailbox', 'hard', '5.4.1'),
  r(M, 1, '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to the recipient because the sender isn\'t on the recipient\'s list of senders', 'policy-related', 'soft', '5.7.129'),
  r(M, 1, '554 5.4.14 Hop count exceeded - possible mail loop ATTR34', 'routing-errors', 'soft', '5.4.14'),
  r(M, 1, '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', 'quota-issues', 'soft', '5.2.2'),
  r(M, 1, '550 5.7.606 Access denied, banned sending IP [192.0.2.31]. To request removal from this list please visit https://sender.office.com/ and follow the directions.', 'spam-related', 'soft', '5.7.606'),
  r(M, 1, '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'spam-related', 'soft', '5.7.708'),
  r(M, 1, '550 5.7.509 Access denied, sending domain sender-m1.example does not pass DMARC verification and has a DMARC policy of reject.', 'invalid-sender', 'soft', '5.7.509'),
  r(M, 1, '550 5.7.23 The message was rejected because of Sender Policy Framework violation', 'invalid-sender', 'soft', '5.7.23'),
  r(M, 1, '550 5.7.64 TenantAttribution; Relay Access Denied', 'relaying-issues', 'soft', '5.7.64'),
  r(M, 1, '550 5.7.350 Remote server returned message detected as spam', 'spam-related', 'soft', '5.7.350'),
  r(M, 1, '450 4.7.26 Access denied, a message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation, this message is not signed', 'invalid-sender', 'soft', '4.7.26'),
  r(M, 1, '550 5.1.8 Access denied, bad outbound sender', 'invalid-sender', 'soft', '5.1.8'),
  r(M, 1, '550 5.7.511 Access denied, banned sender[192.0.2.32]. To request removal from this list please forward this message to delist@messaging.microsoft.com.', 'spam-related', 'soft', '5.7.511'),
  r(M, 1, '550 5.7.1 Unfortunately, messages from [192.0.2.33] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140).', 'spam-related', 'soft', '5.7.1'),
  r(M, 1, '550 5.4.300 Message expired', 'message-expired', 'soft', '5.4.300'),
  r(M, 1, '550 5.4.316 Message expired, connection refused(Socket error code 10061)', 'message-expired', 'soft', '5.4.316'),
  r(M, 1, '550 5.4.310 DNS domain nowhere-m2.example does not exist', 'bad-domain', 'hard', '5.4.310'),
  r(M, 1, '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', 'relaying-issues', 'soft', '5.7.54'),
  r(M, 1, '530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM', 'invalid-sender', 'soft', '5.7.57'),
  r(M, 1, '550 5.7.1 Unable to relay', 'relaying-issues', 'soft', '5.7.1'),
  r(M, 1, '550 5.3.4 Message size exceeds fixed maximum message size', 'quota-issues', 'soft', '5.3.4'),
  r(M, 1, '550 5.7.13 STOREDRV.Deliver.Exception:AccountDisabledException.MapiExceptionADUserDisabledAndHidden; Failed to process message due to a permanent exception', 'inactive-mailbox', undefined, '5.7.13'),
  // Outlook.com's refusal of an address it does not have.
  r(M, 2, '550 5.5.0 Requested action not taken: mailbox unavailable', 'bad-mailbox', 'hard', '5.5.0', unknownWords),

  // --- Yahoo / AOL ---
  r(Y, 2, '554 delivery error: dd This user doesn\'t have a yahoo.com account (kim.y@yahoo.com) [0] - mta1012.mail.gq1.yahoo.com', 'bad-mailbox', 'hard', '', { recipients: ['kim.y@yahoo.com'] }),
  r(Y, 1, '554 delivery error: dd Sorry, your message to lee.y@yahoo.com cannot be delivered. This mailbox is disabled (554.30).', 'inactive-mailbox', undefined, ''),
  r(Y, 1, '554 delivery error: dd Sorry your message to max.y@yahoo.com cannot be delivered. This account has been disabled or discontinued [#102].', 'inactive-mailbox', undefined, ''),
  r(Y, 1, '421 4.7.0 [TSS04] Messages from 192.0.2.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', 'spam-related', 'soft', '4.7.0'),
  // The sending side refused for good: spam-related by Yahoo's page, the sender refused (invalid-sender) by the
  // project's Yahoo rule (rules/providers.ts); the page leaves the kind of refusal open.
  r(Y, 1, '553 5.7.2 [TSS09] All messages from 192.0.2.42 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', undefined, 'soft', '5.7.2'),
  r(Y, 4, '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes', 'policy-related', 'soft', '5.7.9'),
  r(Y, 1, '451 Message temporarily deferred due to unresolvable RFC.5321 from domain', 'invalid-sender', 'soft', ''),
  r(Y, 4, '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.', 'invalid-sender', 'soft', '5.7.9'),
  r('AOL', 2, '550 MAILBOX NOT FOUND', 'bad-mailbox', 'hard', '', unknownWords),

  // --- Apple iCloud ---
  r(A, 1, '550 5.1.1 <ana.i@icloud.com>: user does not exist', 'bad-mailbox', 'hard', '5.1.1', { recipients: ['ana.i@icloud.com'] }),
  r(A, 1, '552 5.2.2 <ben.i@icloud.com>: user is over quota', 'quota-issues', 'soft', '5.2.2', { recipients: ['ben.i@icloud.com'] }),
  r(A, 1, '550 5.7.1 Your message was rejected due to sender-a1.example DMARC policy.', 'invalid-sender', 'soft', '5.7.1'),
  r(A, 1, '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/', 'spam-related', 'soft', '5.7.1'),
  r(A, 1, '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.51', 'spam-related', 'soft', '5.7.0'),

  // --- Orange (OFR codes, bilingual) ---
  r('Orange postmaster', 9, '550 5.1.1 <ceci@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', 'bad-mailbox', 'hard', '5.1.1', { recipients: ['ceci@orange.fr'] }),
  r('Orange postmaster', 9, '552 5.1.1 <dede@orange.fr>: Boite du destinataire pleine. Recipient overquota. OFR_417 [417]', 'quota-issues', 'soft', '5.1.1', { recipients: ['dede@orange.fr'] }),
  r('Orange postmaster', 9, '421 mwinf5c05 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]', 'bad-connection', 'soft', ''),
  r('Orange postmaster', 9, '550 5.2.1 <eloi@orange.fr>: Boite du destinataire archivee. Archived recipient.', 'inactive-mailbox', undefined, '5.2.1'),

  // --- GMX, Web.de, T-Online, Freenet, Lycos (their help pages' lists) ---
  r('GMX help', 2, '550 Requested action not taken: mailbox unavailable', 'bad-mailbox', 'hard', '', unknownWords),
  r('GMX help', 1, '552 Requested mail action aborted: exceeded storage allocation, Quota exceeded', 'quota-issues', 'soft', ''),
  r('GMX help', 1, '550 5.1.1 <finn@gmx.de>... User is unknown', 'bad-mailbox', 'hard', '5.1.1', { recipients: ['finn@gmx.de'] }),
  r('GMX help', 1, 'Permission denied. Command output: maildrop: maildir over quota', 'quota-issues', 'soft', ''),
  r('Web.de help', 9, '550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.', 'quota-issues', 'soft', ''),
  r('Web.de help', 9, '550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.', 'quota-issues', 'soft', ''),
  r('Web.de help', 9, '550 Benutzer nicht bekannt/User unknown', 'bad-mailbox', 'hard', '', unknownWords),
  r('Web.de help', 2, '550 Unknown local part gert in <gert@web.de>', 'bad-mailbox', 'hard', '', unknownWords),
  r('T-Online', 1, '552 5.2.2 Over STORAGE quota', 'quota-issues', 'soft', '5.2.2'),
  r('Freenet', 2, '550 unrouteable address', 'bad-domain', 'hard', ''),
  r('Lycos', 1, '550 <hans@lycos.example>: Recipient address rejected: Account Closed', 'inactive-mailbox', undefined, ''),
  r('provider help lists', 2, '550 5.2.0 No such mailbox', 'bad-mailbox', 'hard', '5.2.0', unknownWords),
  r('provider help lists', 1, '554 Refused. Your reverse DNS entry contains your IP address and a country code.', 'invalid-sender', 'soft', ''),
  r('provider help lists', 1, '552 Error: message too large', 'quota-issues', 'soft', ''),

  // --- Mail.ru, Chinese providers ---
  r('Mail.ru help', 2, '550 Message was not accepted -- invalid mailbox.  Local mailbox ivan@mail.ru is unavailable: user not found', 'bad-mailbox', 'hard', '', unknownWords),
  r('Mail.ru help', 1, '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbC or report details to abuse@corp.mail.ru. Error code: 1234ABCD. ID: 0000001.', 'spam-related', 'soft', ''),
  r('Mail.ru help', 1, '550 Message was not accepted -- invalid mailbox.  Local mailbox olga@mail.ru is unavailable: account is disabled', 'inactive-mailbox', undefined, ''),
  r('Coremail help', 2, '550 User not found: wei@example.cn', 'bad-mailbox', 'hard', '', unknownWords),

  // --- Libero, Virgilio, Aruba (their help pages quote the English DSN words) ---
  r('Libero help', 9, 'MAILBOX FULL (User quota exceeded)', 'quota-issues', 'soft', ''),
  r('Libero help', 9, '550 Relay Disabled', 'relaying-issues', 'soft', ''),
  r('Aruba help', 9, '552 5.2.2 <gino@aruba-d1.example>: user is over quota', 'quota-issues', 'soft', '5.2.2'),
  r('Aruba help', 9, '501 5.5.2 bad chars in command', 'protocol-errors', 'soft', '5.5.2'),
  // Replies in the recipient server's language (theme 9): invalid user, mailbox does not exist.
  r('Italian MTAs', 9, '550 Utente non valido', 'bad-mailbox', 'hard', '', unknownWords),
  r('Italian MTAs', 9, '550 Casella di posta inesistente', 'bad-mailbox', 'hard', '', unknownWords),
  r('French MTAs', 9, '550 Utilisateur invalide', 'bad-mailbox', 'hard', '', unknownWords),
  r('Spanish MTAs', 9, '550 Usuario no válido', 'bad-mailbox', 'hard', '', unknownWords),
  r('Portuguese MTAs', 9, '550 Usuário inválido', 'bad-mailbox', 'hard', '', unknownWords),
  r('Dutch MTAs', 9, '550 Ongeldige ontvanger', 'bad-mailbox', 'hard', '', unknownWords),

  // --- Postfix ---
  r(PF, 1, '550 5.1.1 <ida@dest-p1.example>: Recipient address rejected: User unknown in virtual mailbox table', 'bad-mailbox', 'hard', '5.1.1', { recipients: ['ida@dest-p1.example'] }),
  r(PF, 1, '554 5.7.1 <jo@dest-p2.example>: Relay access denied', 'relaying-issues', 'soft', '5.7.1'),
  r(PF, 1, '550 5.1.2 <kai@nowhere-p3.example>: Recipient address rejected: Domain not found', 'bad-domain', 'hard', '5.1.2'),
  r(PF, 1, '450 4.1.2 <lia@nowhere-p4.example>: Recipient address rejected: Domain not found', undefined, 'soft', '4.1.2'),
  r(PF, 6, '553 5.7.1 <news@sender-p5.example>: Sender address rejected: not owned by user news', 'invalid-sender', 'soft', '5.7.1', { recipients: [] }),
  r(PF, 6, '450 4.1.8 <news@sender-p6.example>: Sender address rejected: Domain not found', 'invalid-sender', 'soft', '4.1.8', { recipients: [] }),
  r(PF, 1, '550 5.7.1 Client host rejected: cannot find your hostname, [192.0.2.61]', 'invalid-sender', 'soft', '5.7.1'),
  r(PF, 1, '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.62]', 'invalid-sender', 'soft', '4.7.1'),
  r(PF, 1, '552 5.3.4 Message size exceeds fixed limit', 'quota-issues', 'soft', '5.3.4'),
  r(PF, 1, '452 4.3.1 Insufficient system storage', 'quota-issues', 'soft', '4.3.1'),
  r(PF, 1, 'mail forwarding loop for mo@dest-p7.example', 'routing-errors', 'soft', ''),
  r(PF, 1, 'cannot update mailbox /var/mail/nia for user nia. error writing message: Disk quota exceeded', 'quota-issues', 'soft', ''),
  r(PF, 1, 'connect to mx.dest-p8.example[192.0.2.63]:25: Connection timed out', 'no-answer-from-host', 'soft', '', timedOut),
  r(PF, 1, 'Host or domain name not found. Name service error for name=nowhere-p9.example type=MX: Host not found', 'bad-domain', 'hard', ''),
  r(PF, 1, 'mail for dest-p10.example loops back to myself', 'routing-errors', 'soft', ''),
  r(PF, 3, 'delivery temporarily suspended: connect to mx.dest-p11.example[192.0.2.64]:25: Connection timed out', 'no-answer-from-host', 'soft', '', timedOut),
  r(PF, 1, 'lost connection with mx.dest-p12.example[192.0.2.65] while receiving the initial server greeting', 'bad-connection', 'soft', ''),
  r(PF, 1, '<ola@dest-p13.example>: host mx.dest-p13.example[192.0.2.66] said: 550 5.1.1 <ola@dest-p13.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)', 'bad-mailbox', 'hard', '5.1.1', { recipients: ['ola@dest-p13.example'] }),
  r(PF, 1, '556 5.1.10 <pia@nullmx-p14.example>: Domain nullmx-p14.example does not accept mail (nullMX)', 'bad-domain', 'hard', '5.1.10'),

  // --- Exim ---
  r(EX, 2, 'Unrouteable address', 'bad-domain', 'hard', ''),
  r(EX, 1, 'retry timeout exceeded', 'message-expired', 'soft', ''),
  r(EX, 1, 'all hosts for \'dest-e1.example\' have been failing for a long time (and retry time not reached)', 'message-expired', 'soft', ''),
  r(EX, 1, 'all relevant MX records point to non-existent hosts', 'bad-domain', 'hard', ''),
  r(EX, 6, '550-Verification failed for <news@sender-e2.example>\n550-Unrouteable address\n550 Sender verify failed', 'invalid-sender', 'soft', '', { recipients: [] }),
  r(EX, 1, '550 Administrative prohibition', 'policy-related', 'soft', ''),
  r(EX, 1, '550 relay not permitted', 'relaying-issues', 'soft', ''),
  r(EX, 1, 'Too many "Received" headers - suspected mail loop', 'routing-errors', 'soft', ''),
  r(EX, 1, '550 This message has been rejected because it has a potentially executable attachment "setup.exe"', 'content-related', 'soft', ''),
  r(EX, 1, '550 This message contains a virus (Eicar-Test-Signature) and has been rejected', 'virus-related', 'soft', ''),
  r(EX, 2, '550 No Such User Here', 'bad-mailbox', 'hard', '', unknownWords),
  r(EX, 1, '451 Temporary local problem - please try later', 'bad-configuration', 'soft', ''),
  r(EX, 1, '552 Message size exceeds maximum permitted', 'quota-issues', 'soft', ''),

  // --- Sendmail ---
  r(SM, 1, '550 5.1.1 <quin@dest-s1.example>... User unknown', 'bad-mailbox', 'hard', '5.1.1', { recipients: ['quin@dest-s1.example'] }),
  r(SM, 6, '553 5.1.8 <news@sender-s2.example>... Domain of sender address news@sender-s2.example does not exist', 'invalid-sender', 'soft', '5.1.8', { recipients: [] }),
  r(SM, 1, '550 5.7.1 <rui@dest-s3.example>... Relaying denied', 'relaying-issues', 'soft', '5.7.1'),
  r(SM, 1, '552 5.2.2 <sam@dest-s4.example>... Mailbox full', 'quota-issues', 'soft', '5.2.2'),
  r(SM, 1, '554 5.3.0 <tea@dest-s5.example>... unknown mailer error 1', 'bad-configuration', 'soft', '5.3.0'),
  r(SM, 1, '550 5.1.2 <uma@nowhere-s6.example>... Host unknown (Name server: nowhere-s6.example: host not found)', 'bad-domain', 'hard', '5.1.2'),
  r(SM, 4, '553 5.3.0 <vic@dest-s7.example>... Addressee unknown', 'bad-mailbox', 'hard', '5.3.0', unknownWords),
  r(SM, 1, 'Deferred: Connection timed out with mx.dest-s8.example.', 'no-answer-from-host', 'soft', '', timedOut),
  r(SM, 5, 'Message could not be delivered for 5 days\nMessage will be deleted from queue', 'message-expired', 'soft', ''),

  // --- qmail, vpopmail ---
  r(QM, 1, 'Sorry, no mailbox here by that name. (#5.1.1)', 'bad-mailbox', 'hard', '5.1.1'),
  r(QM, 1, 'Sorry, I couldn\'t find any host named nowhere-q1.example. (#5.1.2)', 'bad-domain', 'hard', '5.1.2'),
  r(QM, 1, 'Sorry, I couldn\'t find any host by that name. (#4.1.2)', undefined, 'soft', '4.1.2'),
  r(QM, 1, 'Sorry, I wasn\'t able to establish an SMTP connection. (#4.4.1)', 'no-answer-from-host', 'soft', '4.4.1'),
  r(QM, 1, 'Sorry, I couldn\'t find a mail exchanger or IP address. (#5.4.4)', 'bad-domain', 'hard', '5.4.4'),
  r(QM, 1, 'This message is looping: it already has my Delivered-To line. (#5.4.6)', 'routing-errors', 'soft', '5.4.6'),
  r(QM, 1, 'Sorry. Although I\'m listed as a best-preference MX or A for that host,\nit isn\'t in my control/locals file, so I don\'t treat it as local. (#5.4.6)', 'routing-errors', 'soft', '5.4.6'),
  r(QM, 6, 'Connected to 192.0.2.71 but sender was rejected.\nRemote host said: 553 sorry, your envelope sender domain must exist (#5.7.1)', 'invalid-sender', 'soft', '5.7.1', { recipients: [] }),
  r(QM, 1, 'Connected to 192.0.2.72 but connection died. (#4.4.2)', 'bad-connection', 'soft', '4.4.2'),
  r(QM, 5, 'I\'m not going to try again; this message has been in the queue too long.', 'message-expired', 'soft', ''),
  r(QM, 1, '552 sorry, that message size exceeds my databytes limit (#5.3.4)', 'quota-issues', 'soft', '5.3.4'),
  r('vpopmail', 1, 'user is over quota', 'quota-issues', 'soft', ''),

  // --- RFC 3464 fields with RFC 3463 / IANA subjects ---
  r(IANA, 1, 'Status: 5.1.1 (bad destination mailbox address)', 'bad-mailbox', 'hard', '5.1.1', { raw: false }),
  r(IANA, 1, 'Status: 5.2.2 (mailbox full)', 'quota-issues', 'soft', '5.2.2', { raw: false }),
  r(IANA, 1, 'Status: 5.4.7 (delivery time expired)', 'message-expired', 'soft', '5.4.7', { raw: false }),
  r(IANA, 4, 'Status: 5.1.10 (recipient address has null MX)', 'bad-domain', 'hard', '5.1.10', { raw: false }),
  r(IANA, 4, 'Status: 5.7.17 (mailbox owner has changed)', 'inactive-mailbox', 'hard', '5.7.17', { raw: false }),
  r(IANA, 4, 'Status: 5.7.18 (domain owner has changed)', 'inactive-mailbox', 'hard', '5.7.18', { raw: false }),
  r(IANA, 4, 'Status: 5.7.13 (user account disabled)', 'inactive-mailbox', undefined, '5.7.13', { raw: false }),
  r(IANA, 4, 'Status: 5.7.27 (sender address has null MX)', 'invalid-sender', 'soft', '5.7.27', { raw: false }),
  r(IANA, 4, 'Status: 5.7.28 (mail flood detected)', 'spam-related', 'soft', '5.7.28', { raw: false }),
  r(IANA, 4, 'Status: 5.7.30 (REQUIRETLS support required)', 'invalid-sender', 'soft', '5.7.30', { raw: false }),
  r(IANA, 4, 'Status: 5.7.25 (reverse DNS validation failed)', 'invalid-sender', 'soft', '5.7.25', { raw: false }),
  r(IANA, 4, 'Status: 5.7.10 (encryption needed)', 'invalid-sender', 'soft', '5.7.10', { raw: false }),
  r(IANA, 1, 'Status: 5.3.4 (message too big for system)', 'quota-issues', 'soft', '5.3.4', { raw: false }),
  r(IANA, 1, 'Status: 5.1.6 (destination mailbox has moved, no forwarding address)', 'inactive-mailbox', 'hard', '5.1.6', { raw: false }),
  r(IANA, 1, 'Status: 5.6.7 (non-ASCII addresses not permitted for that sender/recipient)', 'content-related', 'soft', '5.6.7', { raw: false }),
  r(IANA, 1, 'Status: 4.4.1 (no answer from host)', 'no-answer-from-host', 'soft', '4.4.1', { raw: false }),
  r(IANA, 1, 'Status: 5.7.1 (delivery not authorized, message refused)', 'policy-related', 'soft', '5.7.1', { raw: false }),
  r(IANA, 1, 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full', 'quota-issues', 'soft', '5.2.2', { raw: false }),
  r(IANA, 1, 'Diagnostic-Code: smtp; 550 5.1.1 <wes@dest-r1.example>... User unknown', 'bad-mailbox', 'hard', '5.1.1', { raw: false, recipients: ['wes@dest-r1.example'] }),
  r(IANA, 1, 'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=nowhere-r2.example type=A: Host not found', 'bad-domain', 'hard', '', { raw: false }),

  // --- Blocklists named in refusals ---
  r('Spamhaus', 1, '554 5.7.1 Service unavailable; Client host [192.0.2.81] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.81', 'spam-related', 'soft', '5.7.1'),
  r('Spamhaus', 1, '550 5.7.1 Service unavailable; client [192.0.2.82] blocked using sbl.spamhaus.org', 'spam-related', 'soft', '5.7.1'),
  r('SpamCop', 1, '550 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.83', 'spam-related', 'soft', '5.7.1'),
  r('SpamCop', 1, '421 4.7.1 Client host [192.0.2.84] blocked using bl.spamcop.net', 'spam-related', 'soft', '4.7.1'),
  r('Barracuda', 1, '554 Service unavailable; Client host [192.0.2.85] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.85', 'spam-related', 'soft', ''),
  r('SORBS', 1, '554 5.7.1 Rejected: 192.0.2.86 listed at dnsbl.sorbs.net', 'spam-related', 'soft', '5.7.1'),
  r('UCEPROTECT', 1, '550 5.7.1 Your IP 192.0.2.87 is listed at dnsbl-1.uceprotect.net', 'spam-related', 'soft', '5.7.1'),
  r('Spamhaus DBL', 1, '554 5.7.1 <xia@dest-b1.example>: Recipient address rejected: Your message contains a URL listed in dbl.spamhaus.org', 'spam-related', 'soft', '5.7.1'),
  r('Spamhaus', 1, '550 Listed in zen.spamhaus.org', 'spam-related', 'soft', ''),

  // --- Theme 2: plain unknown-recipient wording, whatever the generic code ---
  r('RFC 5321 / MTAs', 2, '550 User unknown', 'bad-mailbox', 'hard', '', unknownWords),
  r('RFC 5321 / MTAs', 2, '550 Invalid recipient', 'bad-mailbox', 'hard', '', unknownWords),
  r('RFC 5321 / MTAs', 2, 'RCPT TO said 550 No such user here', 'bad-mailbox', 'hard', '', unknownWords),
  r('RFC 3463', 2, '550 5.1.2 Bad destination mailbox address', 'bad-mailbox', 'hard', '5.1.2', unknownWords),
  r('MTAs', 2, '550 5.7.1 No such user', 'bad-mailbox', 'hard', '5.7.1', unknownWords),
  r('MTAs', 2, '550 Recipient not found', 'bad-mailbox', 'hard', '', unknownWords),
  r('MTAs', 2, '550 5.0.0 <yan@dest-t1.example>... User unknown', 'bad-mailbox', 'hard', '5.0.0', unknownWords),
  r('MTAs', 2, '554 5.7.1 <zoe@dest-t2.example>: Recipient address rejected: User unknown', 'bad-mailbox', 'hard', '5.7.1'),

  // --- Theme 3: words that are names, not the server speaking ---
  r(PF, 3, '550 5.1.1 <virus-lab@dest-u1.example>: Recipient address rejected: User unknown in local recipient table', 'bad-mailbox', 'hard', '5.1.1'),
  r(SM, 3, '550 5.1.1 <spam-reports@dest-u2.example>... User unknown', 'bad-mailbox', 'hard', '5.1.1'),
  r(PF, 3, '552 5.2.2 <full.stack@dest-u3.example>: Recipient address rejected: Mailbox full', 'quota-issues', 'soft', '5.2.2'),
  r('MTAs', 3, '550 5.1.1 User unknown (virusscan.dest-u4.example)', 'bad-mailbox', 'hard', '5.1.1'),
  r(PF, 3, '451 4.4.1 delivery temporarily suspended: connect to mx.dest-u5.example[192.0.2.91]:25: Connection refused', undefined, 'soft', '4.4.1', { notCategory: 'inactive-mailbox' }),

  // --- Theme 4: a clear sentence beats a vague code ---
  r('MTAs', 4, '550 5.3.0 <abe@dest-v1.example>... Recipient no longer exists', 'bad-mailbox', 'hard', '5.3.0', unknownWords),
  r('MTAs', 4, '550 5.7.1 This account has been disabled', 'inactive-mailbox', undefined, '5.7.1'),
  r('RFC 7293', 4, '550 5.7.17 Mailbox owner has changed', 'inactive-mailbox', 'hard', '5.7.17'),
  r('RFC 7293', 4, '550 5.7.18 Domain owner has changed', 'inactive-mailbox', 'hard', '5.7.18'),
  r('MTAs', 4, '554 5.7.1 <bea@dest-v2.example>: Account disabled', 'inactive-mailbox', undefined, '5.7.1'),
  r('MTAs', 4, '550 5.3.0 Mailbox full', 'quota-issues', 'soft', '5.3.0'),

  // --- Theme 5: delays and greylisting ---
  r('Postgrey', 5, '450 4.2.0 Greylisted, please retry in 300 seconds', undefined, 'soft', '4.2.0', { notCategory: 'message-expired' }),
  r('milter-greylist', 5, '451 4.7.1 Greylisting in action, please come back later', undefined, 'soft', '4.7.1', { notCategory: 'message-expired' }),
  r(SM, 5, 'Warning: could not send message for past 4 hours', undefined, 'soft', ''),
  r('MTAs', 5, 'This is just a warning, you do not need to take any action. Delivery of your message to cat@dest-w1.example is delayed; the server will continue trying for 5 days.', undefined, 'soft', '', { action: 'delayed' }),

  // --- Short bounce texts as webmails show them (Gmail help "Fix bounced or rejected emails";
  // Microsoft's NDR pages; Yahoo Help), pasted from the notice ---
  r('Gmail help', 1, 'Address not found\nYour message wasn\'t delivered to dan@dest-x1.example because the address couldn\'t be found, or is unable to receive mail.', 'bad-mailbox', 'hard', '', { raw: false, recipients: ['dan@dest-x1.example'] }),
  r('Gmail help', 1, 'Domain not found\nYour message wasn\'t delivered to eve@nowhere-x2.example because the domain nowhere-x2.example couldn\'t be found. Check for typos or unnecessary spaces and try again.', 'bad-domain', 'hard', '', { raw: false, recipients: ['eve@nowhere-x2.example'] }),
  r('Gmail help', 5, 'Delivery incomplete\nThere was a temporary problem delivering your message to fay@dest-x3.example. Gmail will retry for 47 more hours. You\'ll be notified if the delivery fails permanently.', undefined, 'soft', '', { raw: false, recipients: ['fay@dest-x3.example'], action: 'delayed' }),
  r('Gmail help', 1, 'Recipient inbox full\nYour message couldn\'t be delivered to gil@dest-x4.example. Their inbox is full, or it\'s getting too much mail right now.', 'quota-issues', 'soft', '', { raw: false, recipients: ['gil@dest-x4.example'] }),
  r('Gmail help', 1, 'Message not delivered\nYour message couldn\'t be delivered to hoa@dest-x5.example because the remote server is misconfigured. See technical details below for more information.', 'bad-configuration', 'soft', '', { raw: false, recipients: ['hoa@dest-x5.example'] }),
  r('Exchange Online NDRs', 1, 'Your message to ira@dest-x6.example couldn\'t be delivered.\nira wasn\'t found at dest-x6.example.', 'bad-mailbox', 'hard', '', { raw: false, recipients: ['ira@dest-x6.example'] }),
  r('Exchange Online NDRs', 1, 'Your message to jem@dest-x7.example couldn\'t be delivered.\nThe recipient\'s mailbox is full and can\'t accept messages now.', 'quota-issues', 'soft', '', { raw: false, recipients: ['jem@dest-x7.example'] }),
  r('Exchange Online NDRs', 1, 'Delivery has failed to these recipients or groups:\n\nkit@dest-x8.example\nThe email address you entered couldn\'t be found. Please check the recipient\'s email address and try to resend the message.', 'bad-mailbox', 'hard', '', { raw: false, recipients: ['kit@dest-x8.example'] }),
  r('Yahoo Help', 1, 'Sorry, we were unable to deliver your message to the following address.\n\n<lev@dest-x9.example>:\n550: 5.1.1 <lev@dest-x9.example>: Recipient address rejected: User unknown in virtual alias table', 'bad-mailbox', 'hard', '5.1.1', { raw: false, recipients: ['lev@dest-x9.example'] }),
  r('Exim', 1, '550 5.1.2 DNS error when resolving MX for nowhere-x10.example: Domain name not found', 'bad-domain', 'hard', '5.1.2'),

  // --- More providers' documented replies (their help and postmaster pages, as the smtp.codes
  // and provider help lists quote them) ---
  r('Google Workspace', 2, '550 #5.1.0 Address rejected.', 'bad-mailbox', 'hard', '5.1.0'),
  r('Zoho', 2, '550 5.1.1 User does not exist - <mae@dest-y1.example>', 'bad-mailbox', 'hard', '5.1.1'),
  r('Zoho', 1, '552 5.2.2 Mailbox size limit exceeded', 'quota-issues', 'soft', '5.2.2'),
  r('Zoho', 1, '553 Relaying disallowed', 'relaying-issues', 'soft', ''),
  r('Yandex', 2, '550 5.7.1 No such user!', 'bad-mailbox', 'hard', '5.7.1', unknownWords),
  r('Yandex', 1, '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1234567890-AbCdEfGh', 'spam-related', 'soft', '5.7.1'),
  r('Proton Mail', 1, '550 5.1.1 <ned@dest-y2.example>: Recipient address rejected: Address is not configured to receive emails', 'bad-mailbox', 'hard', '5.1.1'),
  r('Comcast', 1, '550 5.1.1 Not our Customer', 'bad-mailbox', 'hard', '5.1.1'),
  r('AT&T', 2, '550 5.2.1 <OLA@DEST-Y3.EXAMPLE>... Addressee unknown, relay=[192.0.2.121]', 'bad-mailbox', 'hard', '5.2.1', unknownWords),
  r('AT&T', 1, '550 5.7.1 Connections not accepted from servers without a valid sender domain.', 'invalid-sender', 'soft', '5.7.1'),
  r('Mimecast', 1, '550 Rejected by header based Anti-Spoofing policy: rcpt@dest-y4.example', 'policy-related', 'soft', ''),
  r('Proofpoint', 1, '550 5.7.1 Email rejected per DMARC policy for sender-y5.example', 'invalid-sender', 'soft', '5.7.1'),
  r('Cisco Secure Email', 2, '550 #5.1.0 Address rejected pia@dest-y6.example', 'bad-mailbox', 'hard', '5.1.0'),
  r('Amazon SES', 1, '554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: sender@origin-y7.example', 'relaying-issues', 'soft', ''),
  r(QM, 6, '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', 'invalid-sender', 'soft', '5.7.1'),
  r(QM, 2, '554 qq Sorry, no valid recipients (#5.1.3)', 'bad-mailbox', 'hard', '5.1.3'),
  r(QM, 1, '451 qq temporary problem (#4.3.0)', 'bad-configuration', 'soft', '4.3.0'),
  r('RFC 5321', 1, '551 User not local; please try <quy@dest-y8.example>', 'inactive-mailbox', 'hard', ''),
  r('RFC 3463', 1, '554 5.4.7 Delivery expired (message too old)', 'message-expired', 'soft', '5.4.7'),
  // RFC 3463 X.4.4: the next hop could not be found (TAXONOMY.md: routing-errors).
  r('MTAs', 1, '550 5.4.4 Unable to route: no mail hosts for domain', 'routing-errors', 'soft', '5.4.4'),
  r('MTAs', 1, '550 5.1.2 Host unknown', 'bad-domain', 'hard', '5.1.2'),
  r('MTAs', 1, '550 5.1.2 Domain does not exist', 'bad-domain', 'hard', '5.1.2'),
  r('SpamCop', 1, '550 5.7.1 Mail from 192.0.2.122 refused, see RBL server bl.spamcop.net', 'spam-related', 'soft', '5.7.1'),
  r('MTAs', 1, '550 5.7.1 Message rejected as spam by Content Filtering.', 'spam-related', 'soft', '5.7.1'),
  r('MTAs', 1, '554 5.7.1 Message rejected because it contains malware', 'virus-related', 'soft', '5.7.1'),
  r('MTAs', 1, '421 4.4.2 Connection dropped', 'bad-connection', 'soft', '4.4.2'),
  r('MTAs', 1, '421 Too many concurrent SMTP connections; please try again later.', 'bad-connection', 'soft', ''),
  r('MTAs', 1, '554 5.7.1 You are not allowed to connect.', 'spam-related', 'soft', '5.7.1'),
  r('MTAs', 1, '452 4.2.2 Mailbox full', 'quota-issues', 'soft', '4.2.2'),
  r('MTAs', 1, '550 5.2.2 Mailbox quota exceeded', 'quota-issues', 'soft', '5.2.2'),
  r('MTAs', 2, '501 5.1.3 Bad recipient address syntax', 'bad-mailbox', 'hard', '5.1.3'),
  r('MTAs', 1, '550 5.7.1 The message was rejected because it contains prohibited virus or spam content', undefined, 'soft', '5.7.1'),
  r('Barracuda', 1, '550 permanent failure for one or more recipients (rex@dest-y9.example:blocked)', undefined, 'soft', ''),
  r('MTAs', 1, '554 5.7.1 Your mail could not be delivered because the recipient is only accepting mail from specific email addresses', 'policy-related', 'soft', '5.7.1'),
  r('Microsoft', 1, '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized', 'policy-related', 'soft', '5.7.1'),
  // Sisimai's per-reason phrase lists (reason/why-*.go), as facts about what servers write.
  r('Sisimai mailboxfull', 1, '550 Mailbox for ada@dest-z1.example is full', 'quota-issues', 'soft', ''),
  r('Sisimai mailboxfull', 1, '552 Quota for this mailbox exceeded', 'quota-issues', 'soft', ''),
  r('Sisimai norelaying', 1, '550 This mail server requires authentication when attempting to send to a non-local e-mail address.', 'relaying-issues', 'soft', ''),
  r('Sisimai norelaying', 1, '553 We don\'t handle mail for dest-z2.example', 'relaying-issues', 'soft', ''),
  r('Sisimai hostunknown', 1, '550 Mail domain mentioned in email address is unknown', 'bad-domain', 'hard', ''),
  r('MTAs', 6, '550 5.7.1 Message from news@origin-z3.example rejected as spam', 'spam-related', 'soft', '5.7.1', { recipients: [] }),
  r('Outlook.com', 1, '550 SC-001 (BAY004-MC1F41) Unfortunately, messages from 192.0.2.123 weren\'t sent. Please contact your Internet service provider since part of their network is on our block list.', 'spam-related', 'soft', ''),
  r('Outlook.com', 1, '421 RP-001 (BAY004-MC1F41) Unfortunately, some messages from 192.0.2.124 weren\'t sent. Please try again. We have limits for how many messages can be sent per hour and per day.', 'policy-related', 'soft', ''),
  // OU-001: refused "for policy reasons" (content or reputation), which the reply itself does not say.
  r('Outlook.com', 1, '550 OU-001 (SNT004-MC1F41) Unfortunately, messages from 192.0.2.125 weren\'t sent. Please contact your Internet service provider.', undefined, 'soft', ''),
];

/**
 * Text that holds codes, addresses or delivery words but is a person or a document talking:
 * not a bounce in any reading (issue 8, theme 1).
 */
export const nearMisses: readonly [string, string][] = [
  ['a street number', 'The address 550 Via Roma is correct, the courier just could not find the door.'],
  ['a price list', '450 EUR per night\n550 EUR with the sea view\nBreakfast included'],
  ['a tracking number', 'Tracking number: 5501 2233 8876 4451\nStatus: in transit'],
  ['a phone number', 'Call us at 554 123 4567 if the parcel is not delivered by Friday.'],
  ['a version changelog', 'Changes in 4.4.1:\n- faster sync\n- fixed a crash'],
  ['a meeting room', 'Meeting moved to room 421, second floor.'],
  ['a school grade', 'Results: 5.2.1 in maths, 5.1.1 in physics'],
  ['an invoice line', 'Invoice 550/2024 is overdue: please pay 552 EUR by Monday.'],
  ['someone asking about a bounce', 'Hi, I sent the file but got "550 5.1.1 user unknown" back. Is your address right?'],
  ['a forwarded question', 'Why do I get 421 4.7.0 from Gmail every morning?'],
  ['a parcel not delivered', 'Your parcel could not be delivered because the recipient was unknown at the address. We will return it to the sender.'],
  ['a newsletter about spam', 'This week: how blocklists like Spamhaus work, and why your IP may be listed.\nRead the full article on our blog.'],
  ['a holiday note', 'Our office is closed until 5 January. Orders placed now will ship on the 6th.'],
  ['a recipe', '550 g flour\n450 ml milk\n2 eggs'],
  ['a mailbox that is not full', 'Good news: my mailbox is not full any more.'],
  ['a chat line about quota', 'my mailbox is full again lol, can you send it to my work address instead'],
  ['a billing notice', 'Your account has been suspended due to unpaid invoices.'],
  ['a provider\'s quota warning', 'Your mailbox is full. Please delete some messages to keep receiving mail.'],
  ['a CRM remark', 'The user does not exist in our CRM, I will add him tomorrow.'],
  ['a parcel order', 'Order 4512: delivery failed, address unknown. We will call you.'],
  ['an Italian parcel', 'Il pacco non è stato consegnato: destinatario sconosciuto.'],
  ['a figure after a label', 'Q3 results: 550 new users, 4.2.1% churn'],
  ['a street after a label', 'Our new office: 421 Main Street, Springfield'],
];

/** A notice of several lines, pasted or raw, with what each failed recipient must get. */
export interface NoticeRow {
  readonly name: string;
  readonly theme: number;
  readonly text: string;
  /** Pasted text (the popup, `--text`) or a raw message. */
  readonly mode: 'pasted' | 'message';
  /** address -> category, every failed recipient. */
  readonly recipients: Readonly<Record<string, Category | undefined>>;
  readonly severity?: Severity;
  /** Every recipient's action, where it matters (a warning is a delay). */
  readonly action?: 'failed' | 'delayed';
}

const daemonHead = (subject: string) => [
  'From: Mail Delivery System <MAILER-DAEMON@relay-n.example.net>',
  'To: sender@origin-n.example',
  `Subject: ${subject}`,
  'Date: Tue, 3 Nov 2026 09:00:00 +0000',
  'Message-ID: <n.1@relay-n.example.net>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
].join('\n');

/** Notices in the shapes their software writes (Postfix bounce(5), Exim, qmail-send), in other languages, and with headers hard to read. */
export const noticeRows: readonly NoticeRow[] = [
  // Theme 6: several recipients, each with its own reason.
  {
    name: 'Postfix: two recipients pasted, each with its own reply', theme: 6, mode: 'pasted',
    text: '<ana@dest-n1.example>: host mx.dest-n1.example[192.0.2.101] said: 550 5.1.1\n    <ana@dest-n1.example>: Recipient address rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n\n<bo@dest-n2.example>: host mx.dest-n2.example[192.0.2.102] said: 552 5.2.2\n    <bo@dest-n2.example>: Mailbox full (in reply to RCPT TO command)',
    recipients: { 'ana@dest-n1.example': 'bad-mailbox', 'bo@dest-n2.example': 'quota-issues' },
  },
  {
    name: 'Exim: the failed addresses, each with its SMTP error', theme: 6, mode: 'pasted',
    text: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  cy@dest-n3.example\n    host mx.dest-n3.example [192.0.2.103]\n    SMTP error from remote mail server after RCPT TO:<cy@dest-n3.example>:\n    550 5.1.1 <cy@dest-n3.example>: No such user here\n  di@dest-n4.example\n    host mx.dest-n4.example [192.0.2.104]\n    SMTP error from remote mail server after RCPT TO:<di@dest-n4.example>:\n    554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using zen.spamhaus.org',
    recipients: { 'cy@dest-n3.example': 'bad-mailbox', 'di@dest-n4.example': 'spam-related' },
  },
  {
    name: 'qmail-send: two addresses, one local and one remote', theme: 6, mode: 'pasted',
    text: 'Hi. This is the qmail-send program at relay-n.example.net.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<ed@dest-n5.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n<flo@dest-n6.example>:\n192.0.2.106 does not like recipient.\nRemote host said: 552 5.2.2 <flo@dest-n6.example>... Mailbox full\nGiving up on 192.0.2.106.\n',
    recipients: { 'ed@dest-n5.example': 'bad-mailbox', 'flo@dest-n6.example': 'quota-issues' },
  },
  {
    name: 'RFC 3464: two recipients with their own Status and Diagnostic-Code', theme: 6, mode: 'message',
    text: `${daemonHead('Undelivered Mail Returned to Sender').replace('Content-Type: text/plain; charset=utf-8', 'Content-Type: multipart/report; report-type=delivery-status; boundary="n7"')}\n\n--n7\nContent-Type: text/plain\n\nYour message could not be delivered to two recipients.\n\n--n7\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay-n.example.net\n\nFinal-Recipient: rfc822; gus@dest-n7.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\nFinal-Recipient: rfc822; hal@dest-n8.example\nAction: failed\nStatus: 5.7.26\nDiagnostic-Code: smtp; 550 5.7.26 Unauthenticated email from origin-n.example is not accepted due to domain's DMARC policy\n\n--n7--\n`,
    recipients: { 'gus@dest-n7.example': 'bad-mailbox', 'hal@dest-n8.example': 'invalid-sender' },
  },
  // Theme 7: headers hard to read.
  {
    name: 'a raw notice whose first line is blank', theme: 7, mode: 'message',
    text: `\n${daemonHead('Undelivered Mail Returned to Sender')}\n\nThis is the mail system at host relay-n.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<ivo@dest-n9.example>: host mx.dest-n9.example[192.0.2.109] said: 550 5.1.1\n    <ivo@dest-n9.example>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)\n`,
    recipients: { 'ivo@dest-n9.example': 'bad-mailbox' }, severity: 'hard',
  },
  {
    name: 'a raw notice whose first line is whitespace', theme: 7, mode: 'message',
    text: `   \n${daemonHead('Mail delivery failed: returning message to sender')}\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  jan@dest-n10.example\n    Mailbox quota exceeded\n`,
    recipients: { 'jan@dest-n10.example': 'quota-issues' }, severity: 'soft',
  },
  {
    name: 'MAILER-DAEMON keeps the original subject and says one sentence', theme: 7, mode: 'message',
    text: `${daemonHead('Quarterly figures')}\n\nYour message to kim@dest-n11.example could not be delivered because the recipient's mailbox is full.\n`,
    recipients: { 'kim@dest-n11.example': 'quota-issues' }, severity: 'soft',
  },
  {
    name: 'MAILER-DAEMON keeps the original subject: the address does not exist', theme: 7, mode: 'message',
    text: `${daemonHead('Re: invoice 2026-114')}\n\nDelivery to lou@dest-n12.example failed: no such user.\n`,
    recipients: { 'lou@dest-n12.example': 'bad-mailbox' },
  },
  // Theme 3: words that are not the server's (an address's local part, the returned original, Postfix's queue state).
  {
    name: 'Postfix: a mailbox named virus-lab, an original full of spam words', theme: 3, mode: 'message',
    text: "From: MAILER-DAEMON@relay.example.net (Mail Delivery System)\nTo: news@origin.example\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-Id: <x1@relay.example.net>\n\nThis is the mail system at host relay.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<virus-lab@dest.example>: host mx.dest.example[192.0.2.5] said: 550 5.1.1\n    <virus-lab@dest.example>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n\n--- Original message follows.\n\nSubject: Spam filter news: your mailbox is full of viruses?\nFrom: news@origin.example\n\nOur spam filter blocked 550 viruses this week. Mailbox full? Quota exceeded? Read on.\n",
    recipients: { 'virus-lab@dest.example': 'bad-mailbox' }, severity: 'hard',
  },
  {
    name: 'Postfix: delivery temporarily suspended is a queue state, not a suspended account', theme: 3, mode: 'message',
    text: "From: MAILER-DAEMON@relay.example.net (Mail Delivery System)\nTo: news@origin.example\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-Id: <x2@relay.example.net>\n\nThis is the mail system at host relay.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<ana@dest.example>: delivery temporarily suspended: connect to\n    mx.dest.example[192.0.2.5]:25: Connection refused\n\n--- Original message follows.\n\nSubject: Your account has been suspended\n",
    recipients: { 'ana@dest.example': 'bad-connection' }, severity: 'soft',
  },
  // Theme 5: a warning is a delay; greylisting is no expired message.
  {
    name: 'a free-text warning that the server will keep trying', theme: 5, mode: 'message',
    text: "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\nTo: news@origin.example\nSubject: Delivery delayed: Quarterly report\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-Id: <x3@relay.example.net>\n\nThis is just a warning, you do not need to take any action.\n\nYour message to bea@dest.example has not been delivered yet because the\nreceiving server did not answer. The server will continue trying for 5 days.\n",
    recipients: { 'bea@dest.example': undefined }, severity: 'soft', action: 'delayed',
  },
  {
    name: 'a delay notice quoting a greylisting reply', theme: 5, mode: 'message',
    text: "From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>\nTo: news@origin.example\nSubject: Delivery Status Notification (Delay)\nDate: Mon, 2 Nov 2026 10:00:00 +0000\nMessage-Id: <x4@relay.example.net>\n\nDelivery to the following recipient has been delayed:\n\n     cid@dest.example\n\nMessage will be retried for 2 more day(s)\n\nTechnical details of temporary failure:\nThe recipient server did not accept our requests to connect. 450 4.2.0 <cid@dest.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/dest.example.html\n",
    recipients: { 'cid@dest.example': 'policy-related' }, severity: 'soft', action: 'delayed',
  },
  // Theme 9: notices in other languages, with and without codes.
  {
    name: 'Italian, no code: Utente sconosciuto', theme: 9, mode: 'pasted',
    text: 'Impossibile recapitare il messaggio ai seguenti destinatari:\n\nmario@dest-it.example\nUtente sconosciuto',
    recipients: { 'mario@dest-it.example': 'bad-mailbox' },
  },
  {
    name: 'Italian, no code, raw: casella piena', theme: 9, mode: 'message',
    text: `${daemonHead('Mancato recapito')}\n\nImpossibile recapitare il messaggio ai seguenti destinatari:\n\nluca@dest-it2.example\nLa casella di posta del destinatario è piena.\n`,
    recipients: { 'luca@dest-it2.example': 'quota-issues' }, severity: 'soft',
  },
  {
    name: 'French, no code: Utilisateur inconnu', theme: 9, mode: 'pasted',
    text: 'Votre message n\'a pas pu être remis aux destinataires suivants :\n\nmarie@dest-fr.example\nUtilisateur inconnu',
    recipients: { 'marie@dest-fr.example': 'bad-mailbox' },
  },
  {
    name: 'French, raw: boîte aux lettres pleine', theme: 9, mode: 'message',
    text: `${daemonHead('Échec de la remise du message')}\n\nVotre message n'a pas pu être remis au destinataire suivant :\n\nluc@dest-fr2.example\nLa boîte aux lettres du destinataire est pleine.\n`,
    recipients: { 'luc@dest-fr2.example': 'quota-issues' },
  },
  {
    name: 'German, no code: Postfach voll', theme: 9, mode: 'pasted',
    text: 'Ihre Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\nanna@dest-de.example\nPostfach voll',
    recipients: { 'anna@dest-de.example': 'quota-issues' },
  },
  {
    name: 'German, raw: Benutzer unbekannt', theme: 9, mode: 'message',
    text: `${daemonHead('Unzustellbar: Angebot')}\n\nIhre Nachricht konnte nicht an folgende Empfänger zugestellt werden:\n\nkarl@dest-de2.example\nBenutzer unbekannt\n`,
    recipients: { 'karl@dest-de2.example': 'bad-mailbox' },
  },
  {
    name: 'Spanish, no code: buzón lleno', theme: 9, mode: 'pasted',
    text: 'No se pudo entregar el mensaje a los siguientes destinatarios:\n\npedro@dest-es.example\nBuzón lleno',
    recipients: { 'pedro@dest-es.example': 'quota-issues' },
  },
  {
    name: 'Spanish, raw: usuario desconocido', theme: 9, mode: 'message',
    text: `${daemonHead('Mensaje no entregado')}\n\nNo se pudo entregar el mensaje a los siguientes destinatarios:\n\nlola@dest-es2.example\n550 Usuario desconocido\n`,
    recipients: { 'lola@dest-es2.example': 'bad-mailbox' },
  },
  {
    name: 'Portuguese, no code: usuário desconhecido', theme: 9, mode: 'pasted',
    text: 'Não foi possível entregar a mensagem aos seguintes destinatários:\n\njoao@dest-br.example\nUsuário desconhecido',
    recipients: { 'joao@dest-br.example': 'bad-mailbox' },
  },
  {
    name: 'Dutch, no code: onbekende gebruiker', theme: 9, mode: 'pasted',
    text: 'Uw bericht kon niet worden bezorgd bij de volgende ontvangers:\n\njan@dest-nl.example\nOnbekende gebruiker',
    recipients: { 'jan@dest-nl.example': 'bad-mailbox' },
  },
  {
    name: 'Japanese carrier, no code: 宛先不明', theme: 9, mode: 'pasted',
    text: '以下のアドレスへのメール送信に失敗しました。\n\ntaro@dest-jp.example\n宛先不明のため送信できませんでした。',
    recipients: { 'taro@dest-jp.example': 'bad-mailbox' },
  },
  {
    name: 'Japanese, raw: メールボックスがいっぱい', theme: 9, mode: 'message',
    text: `${daemonHead('エラー通知')}\n\n以下のアドレスへのメール送信に失敗しました。\n\nhanako@dest-jp2.example\nメールボックスがいっぱいです。\n`,
    recipients: { 'hanako@dest-jp2.example': 'quota-issues' },
  },
];
