/**
 * Issue 8, Sisimai's per-reason phrase lists as facts (second half: PolicyViolation, Rejected,
 * SecurityError, SpamDetected, Suspend, SyntaxError, SystemError, SystemFull, TooManyConn,
 * UserUnknown, VirusDetected). Each row is a reply written here around one phrase of Sisimai
 * 4.25's lib/Sisimai/Reason/<Module>.pm (its `match` index or regex) or the codes its `true()`
 * reads, with the reason that module gives it. The sentences around the phrase, the addresses and
 * the hosts are ours; no row is taken from Sisimai's test mail.
 *
 * Left out on purpose, where the project decided otherwise (Sisimai 4.25 predates these reasons
 * or the project follows a documented reading):
 * - PolicyViolation "dmarc policy": authfailure (Gmail's 5.7.26 page; Sisimai 5 has authfailure).
 * - PolicyViolation "messages with multiple addresses": Gmail's From-header rule, notcompliantrfc.
 * - SecurityError "recipient address rejected: access denied": Exchange Online's directory-based
 *   edge blocking of an address it does not have (Microsoft Learn), userunknown.
 * - SecurityError "insecure mail relay": a relay refusal, norelaying.
 * - Rejected "message rejected: email address is not verified": Amazon SES's sandbox, norelaying.
 * - Rejected "delivery not authorized, message refused": RFC 3463's text for X.7.1, filtered.
 * - Rejected "because the sender isn't on the recipient's list of senders": Exchange Online's
 *   5.7.129 restriction set by the recipient, filtered.
 * - SpamDetected "greylisted ... please try again in": greylisting is a deferral (speeding).
 * - SpamDetected the Spamhaus / DSBL help URLs and "listed in work.drbl.imedia.ru": a blocklist,
 *   blocked (the same category, spam-related).
 * - SystemError "loops back to myself", "it would create a mail loop", "aliasing/forwarding loop
 *   broken": a mail loop, networkerror (routing-errors, which Sisimai's systemerror also maps to).
 * - SystemFull "requested mail action aborted: exceeded storage allocation": RFC 5321's 552 text,
 *   the mailbox's storage (mailboxfull, as Sisimai's MailboxFull reads it first).
 * - UserUnknown "archived recipient", "mailbox is inactive": suspend (Sisimai 5 moved them there).
 * - UserUnknown "<a@b>... blocked by": a filter's words, not the address's absence.
 * - SpamDetected "message filtered" alone: "550 5.2.0 Message Filtered" is the recipient's own filter
 *   (filtered, the X.2.0 code's reason); the longer forms that point to the spam FAQ are kept.
 * - VirusDetected "it has a potentially executable attachment" alone: Exim's specification gives it
 *   as an ACL refusing an attachment by its type, no virus found (content-related in
 *   documented-replies.ts); with Exim's next sentence ("used by recent viruses") it is a virus.
 * - Rows carry the code their reply would: "Service currently unavailable" with X.3.0, since an
 *   X.3.2 code is notaccept to Sisimai's status table, which decides before its SystemError words.
 */
import type { Reason } from '../../../src/core/types.js';

export interface WordingRow {
  /** The Sisimai 4.25 module whose phrase list holds the wording. */
  readonly source: string;
  /** The reply as a server would write it, around the phrase. */
  readonly text: string;
  /** The reason the module gives. */
  readonly reason: Reason;
  /** The enhanced status code the reply carries ('' when none). */
  readonly status: string;
}

const row = (module: string, text: string, reason: Reason, status = ''): WordingRow => ({
  source: `Sisimai 4.25 Reason/${module}.pm`, text, reason, status: status || (/\b([45]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? ''),
});

const PV = 'PolicyViolation';
const RJ = 'Rejected';
const SE = 'SecurityError';
const SD = 'SpamDetected';
const SU = 'Suspend';
const SX = 'SyntaxError';
const SY = 'SystemError';
const SF = 'SystemFull';
const TC = 'TooManyConn';
const UU = 'UserUnknown';
const VD = 'VirusDetected';

export const sisimaiWordingB: readonly WordingRow[] = [
  // --- PolicyViolation: index ---
  row(PV, '550 5.7.1 We found an illegal attachment on your message; it was not delivered', 'policyviolation'),
  row(PV, '554 5.7.1 Message refused because the recipient is not accepting mail with attachments', 'policyviolation'),
  row(PV, '550 5.7.1 Post by non-member to a members-only list refused', 'policyviolation'),
  row(PV, '550 5.7.1 team-list@lists.example.org is a closed mailing list', 'policyviolation'),
  row(PV, '550 5.7.1 Content denied by policy of this site', 'policyviolation'),
  row(PV, '554 5.7.1 Email not accepted for policy reasons (PH02)', 'policyviolation'),
  row(PV, '554 Email rejected due to security policies - https://support.example.net/codes', 'policyviolation'),
  row(PV, '550 5.7.1 Messages with a Bcc header are not accepted here', 'policyviolation'),
  row(PV, '554 5.7.0 Header error in the message you sent', 'policyviolation'),
  row(PV, '550 5.7.1 Local policy violation: outbound attachments of this kind', 'policyviolation'),
  row(PV, '550 5.7.1 Message bounced due to organizational settings', 'policyviolation'),
  row(PV, '452 4.7.1 Message given low priority; try again later', 'policyviolation'),
  row(PV, '554 5.7.9 Message not accepted for policy reasons', 'policyviolation'),
  row(PV, '550 5.7.1 Message rejected due to local policy', 'policyviolation'),
  row(PV, '550 Mail from this system rejected for policy reasons', 'policyviolation'),
  row(PV, '554 5.5.0 SMTP protocol violation detected, closing', 'policyviolation'),
  row(PV, '550 5.7.1 The email address used to send your message is not subscribed to this group', 'policyviolation'),
  row(PV, '550 5.7.1 The message was rejected by organization policy', 'policyviolation'),
  row(PV, '552 5.7.0 This message was blocked because its content presents a potential security issue', 'policyviolation'),
  row(PV, '550 5.7.1 We do not accept messages containing images or other attachments', 'policyviolation'),
  row(PV, '550 5.7.1 You have exceeded the allowable number of posts without solving a captcha', 'policyviolation'),

  // --- Rejected: index (the sender refused) ---
  row(RJ, '550 5.7.1 Access denied (in reply to MAIL FROM command)', 'rejected'),
  row(RJ, '550 5.7.1 Access denied (sender blacklisted)', 'rejected'),
  row(RJ, '553 5.1.8 <sender@origin.example>: Address rejected', 'rejected'),
  row(RJ, '550 5.7.1 BATV failed to verify the bounce address', 'rejected'),
  row(RJ, '550 5.7.1 BATV validation failure', 'rejected'),
  row(RJ, '550 5.7.1 Backscatter protection detected an invalid or expired email address', 'rejected'),
  row(RJ, '550 5.7.1 Bogus mail from: empty senders are not taken', 'rejected'),
  row(RJ, '550 Connections not accepted from servers without a valid sender domain', 'rejected'),
  row(RJ, '550 5.7.1 Denied [BounceDeny] (mode: normal)', 'rejected'),
  row(RJ, '550 5.7.1 Denied by SecuMail valid-address-filter', 'rejected'),
  row(RJ, '550 Account sender@origin.example does not exist E2110', 'rejected'),
  row(RJ, '553 5.1.8 <sender@origin.example>... Domain of sender address origin.example does not exist', 'rejected'),
  row(RJ, '550 5.7.1 Email address is on SenderFilterConfig list', 'rejected'),
  row(RJ, '550 5.1.0 Emetteur invalide. Invalid sender.', 'rejected'),
  row(RJ, '550 Empty envelope senders not allowed', 'rejected'),
  row(RJ, '550 5.7.1 Envelope blocked – sender origin.example is on the user\'s blocked senders list', 'rejected'),
  row(RJ, '550 Error: no third-party DSNs', 'rejected'),
  row(RJ, '550 5.1.7 From: domain is invalid. Please provide a valid From:', 'rejected'),
  row(RJ, '550 5.1.8 Fully qualified email address required', 'rejected'),
  row(RJ, '550 5.1.8 Invalid sender <sender@origin.example>', 'rejected'),
  row(RJ, '550 \'sender@origin.example\' is not a registered gateway user', 'rejected'),
  row(RJ, '553 5.7.1 Mail from not owned by user sender@origin.example', 'rejected'),
  row(RJ, '550 5.7.1 Null sender is not allowed', 'rejected'),
  row(RJ, '550 5.4.1 All recipient addresses rejected : Access denied', 'rejected'),
  row(RJ, '550 5.7.1 Recipient not accepted. (BATV: No tag)', 'rejected'),
  row(RJ, '550 Returned mail not accepted here', 'rejected'),
  row(RJ, '550 5.1.8 RFC 1035 violation: recursive CNAME records for origin.example', 'rejected'),
  row(RJ, '550 5.7.1 Rule imposed mailbox access for recipient@dest.example refused', 'rejected'),
  row(RJ, '550 5.7.1 Sender address has been blacklisted', 'rejected'),
  row(RJ, '553 5.1.7 Sender email address rejected', 'rejected'),
  row(RJ, '550 5.7.1 Sender is in my black list', 'rejected'),
  row(RJ, '550 5.7.1 Sender is spammer', 'rejected'),
  row(RJ, '550 5.7.1 Sender not pre-approved', 'rejected'),
  row(RJ, '550 5.7.1 <sender@origin.example>: Sender rejected', 'rejected'),
  row(RJ, '553 5.1.8 Sender domain is empty', 'rejected'),
  row(RJ, '550 Sender verify failed', 'rejected'),
  row(RJ, '501 5.1.7 Syntax error: empty email address', 'rejected'),
  row(RJ, '550 5.7.1 The message has been rejected by BATV defense', 'rejected'),
  row(RJ, '550 This server does not accept mail from sender@origin.example', 'rejected'),
  row(RJ, '554 Transaction failed unsigned DSN for sender@origin.example', 'rejected'),
  row(RJ, '553 5.1.8 Unroutable sender address', 'rejected'),
  row(RJ, '550 5.7.1 You are not allowed to post to this mailing list', 'rejected'),
  row(RJ, '550 5.7.1 You are sending to/from an address that has been blacklisted', 'rejected'),
  row(RJ, '550 5.7.1 Your access to submit messages to this e-mail system has been rejected', 'rejected'),
  // true(): a status whose name is "rejected" (X.1.7, X.1.8) decides alone.
  row(RJ, '553 5.1.7 The address in MAIL FROM is not acceptable', 'rejected'),
  row(RJ, '451 4.1.8 Please try again later', 'rejected'),

  // --- SecurityError: regex ---
  row(SE, '554 Message rejected: Account not subscribed to SES', 'securityerror'),
  row(SE, '535 5.7.8 Error: authentication credentials invalid', 'securityerror'),
  row(SE, '535 5.7.0 Authentication failure', 'securityerror'),
  row(SE, 'SASL authentication failed; server smtp.provider.example[192.0.2.9] said: 535 5.7.8 Error: authentication failed: generic failure', 'securityerror'),
  row(SE, '530 5.7.0 Authentication required', 'securityerror'),
  row(SE, '553 5.7.1 Please make sure SMTP authentication is turned on in your email client', 'securityerror'),
  row(SE, '550 5.7.1 Authentification requise. Authentication required. OFR_402', 'securityerror'),
  row(SE, '535 5.7.8 Code d\'authentification invalide. Invalid authentication code. OFR_305', 'securityerror'),
  row(SE, '550 5.7.1 Domain origin.example is a dead domain', 'securityerror'),
  row(SE, '552 5.7.0 Executable files are not allowed in compressed files', 'securityerror'),
  row(SE, '553 sorry, you don\'t authenticate or the domain isn\'t in my list of allowed rcpthosts (#5.7.1)', 'securityerror'),
  row(SE, '550 5.7.1 TLS required but not supported by the destination', 'securityerror'),
  row(SE, '550 5.7.1 Unauthenticated senders not allowed', 'securityerror'),
  row(SE, '554 User arn:aws:iam::000000000000:user/app-mailer is not authorized to perform ses:SendRawEmail on resource', 'securityerror'),
  row(SE, '530 5.7.0 You are not authorized to send mail, authentication is required', 'securityerror'),
  row(SE, '550 5.7.1 Verification failure for sender@origin.example', 'securityerror'),

  // --- SpamDetected: regex ---
  row(SD, '550 5.7.1 "The mail server detected your message as spam and has prevented delivery."', 'spamdetected'),
  row(SD, '550 5.7.1 spam', 'spamdetected'),
  row(SD, '554 5.7.0 Reject, id=20261102-0042', 'spamdetected'),
  row(SD, '550 5.7.1 Your mail appears to be unsolicited', 'spamdetected'),
  row(SD, '554 5.7.1 Blacklisted URL in message', 'spamdetected'),
  row(SD, '554 5.7.1 Block for spam (score 9.1)', 'spamdetected'),
  row(SD, '550 5.7.1 Blocked by policy: no spam please', 'spamdetected'),
  row(SD, '550 5.7.1 Blocked by SpamAssassin', 'spamdetected'),
  row(SD, '553 5.7.1 Blocked for abuse. See http://att.net/blocks', 'spamdetected'),
  row(SD, '550 5.7.1 Rejected as bulk email', 'spamdetected'),
  row(SD, '550 5.7.1 Message considered unsolicited bulk e-mail (spam) by our mail filters', 'spamdetected'),
  row(SD, '550 5.7.1 Content filter rejection', 'spamdetected'),
  row(SD, '550 5.7.1 Cyberoam Anti Spam Engine has identified this email as a bulk email', 'spamdetected'),
  row(SD, '550 5.7.1 Denied due to spam list', 'spamdetected'),
  row(SD, '550 5.7.1 High probability of spam', 'spamdetected'),
  row(SD, '550 Mail appears to be unsolicited', 'spamdetected'),
  row(SD, '550 Mail content denied', 'spamdetected'),
  row(SD, '550 5.7.1 Mail rejete. Mail rejected. OFR_506', 'spamdetected'),
  row(SD, '550 5.7.1 Our filters may consider spam the message you sent', 'spamdetected'),
  row(SD, '554 5.7.1 Message considered as spam or virus', 'spamdetected'),
  row(SD, '554 5.7.1 Message contains spam or virus', 'spamdetected'),
  row(SD, '550 5.7.1 Message content rejected', 'spamdetected'),
  row(SD, '550 5.7.1 Message detected as spam', 'spamdetected'),
  row(SD, '554 Message filtered. Please see the FAQs section on spam', 'spamdetected'),
  row(SD, '554 Message filtered. Refer to the Troubleshooting page at https://help.example.net/', 'spamdetected'),
  row(SD, '550 5.7.1 Message is being rejected as it seems to be a spam', 'spamdetected'),
  row(SD, '550 5.7.1 Message looks like spam', 'spamdetected'),
  row(SD, '550 5.7.1 Message refused by MailMarshal SpamProfiler', 'spamdetected'),
  row(SD, '550 5.7.1 Message refused by Trustwave SEG SpamProfiler', 'spamdetected'),
  row(SD, '550 5.7.1 Message rejected as spam', 'spamdetected'),
  row(SD, '550 5.7.1 Message rejected because of unacceptable content', 'spamdetected'),
  row(SD, '550 5.7.1 Message rejected due to suspected spam content', 'spamdetected'),
  row(SD, '550 5.7.1 Message rejected for policy reasons', 'spamdetected'),
  row(SD, '550 5.7.1 Our email server thinks this email is spam', 'spamdetected'),
  row(SD, '550 5.7.1 Our filters rate at and above 90 percent probability of being spam', 'spamdetected'),
  row(SD, '550 5.7.1 Our system has detected that this message is likely unsolicited', 'spamdetected'),
  row(SD, '550 5.7.1 Probable spam', 'spamdetected'),
  row(SD, '550 5.7.1 Reject bulk.advertising', 'spamdetected'),
  row(SD, '550 5.7.1 Rejected: SpamAssassin score 12.4', 'spamdetected'),
  row(SD, '550 5.7.1 Rejected by filter-host (spam)', 'spamdetected'),
  row(SD, '550 5.7.1 Rejected due to spam URL in content', 'spamdetected'),
  row(SD, '550 5.7.1 Rejected due to spam classification', 'spamdetected'),
  row(SD, '554 5.7.1 Rejecting banned content', 'spamdetected'),
  row(SD, '554 5.7.1 Rejecting mail content', 'spamdetected'),
  row(SD, '550 5.7.1 Message related to content with spam-like characteristics', 'spamdetected'),
  row(SD, '550 5.7.1 Rule imposed as message is blacklisted on the content list', 'spamdetected'),
  row(SD, '550 5.7.1 Sender domain listed at a spam domain list', 'spamdetected'),
  row(SD, '550 5.7.1 Sending address not accepted due to spam filter', 'spamdetected'),
  row(SD, '550 5.7.1 Spam threshold exceeded', 'spamdetected'),
  row(SD, '550 5.7.1 Spam blocked', 'spamdetected'),
  row(SD, '550 5.7.1 Spam check failed', 'spamdetected'),
  row(SD, '550 5.7.1 Spam content matched', 'spamdetected'),
  row(SD, '550 5.7.1 Spam detected', 'spamdetected'),
  row(SD, '550 5.7.1 Spam email not accepted', 'spamdetected'),
  row(SD, '550 spam message rejected. Please visit the help pages', 'spamdetected'),
  row(SD, '550 5.7.1 Spam not accepted', 'spamdetected'),
  row(SD, '550 5.7.1 Spam refused', 'spamdetected'),
  row(SD, '550 5.7.1 Spam rejection', 'spamdetected'),
  row(SD, '550 5.7.1 Spam score too high', 'spamdetected'),
  row(SD, '550 5.7.1 SpamBouncer identified SPAM', 'spamdetected'),
  row(SD, '550 5.7.1 Spamming not allowed', 'spamdetected'),
  row(SD, '550 5.7.1 Too much spam.', 'spamdetected'),
  row(SD, '550 5.7.1 The email message was detected as spam', 'spamdetected'),
  row(SD, '550 5.7.1 The message has been rejected by spam filtering engine', 'spamdetected'),
  row(SD, '550 5.7.1 The message was rejected due to classification as bulk mail', 'spamdetected'),
  row(SD, '550 5.7.1 The content of this message looked like spam', 'spamdetected'),
  row(SD, '550 5.7.1 This e-mail cannot be forwarded because it was detected as spam', 'spamdetected'),
  row(SD, '550 5.7.1 This mail is classified as spam and is rejected', 'spamdetected'),
  row(SD, '550 5.7.1 This message appears to be spam', 'spamdetected'),
  row(SD, '550 5.7.1 This message has been identified as spam', 'spamdetected'),
  row(SD, '550 5.7.1 This message has been scored as spam with a probability of 98%', 'spamdetected'),
  row(SD, '550 5.7.1 This message scored 14.2 spam points', 'spamdetected'),
  row(SD, '550 5.7.1 This message was classified as spam', 'spamdetected'),
  row(SD, '550 5.7.1 This message was rejected by Recurrent Pattern Detection System', 'spamdetected'),
  row(SD, '554 Transaction failed spam message not queued', 'spamdetected'),
  row(SD, '550 5.7.1 We dont accept spam', 'spamdetected'),
  row(SD, '550 5.7.1 You\'re using a mass mailer', 'spamdetected'),
  row(SD, '550 5.7.1 Your email appears similar to spam we have received before', 'spamdetected'),
  row(SD, '550 5.7.1 Your email breaches local URIBL policy', 'spamdetected'),
  row(SD, '550 5.7.1 Your email had spam-like header contents', 'spamdetected'),
  row(SD, '550 5.7.1 Your email is considered spam', 'spamdetected'),
  row(SD, '550 5.7.1 Your email is probably spam', 'spamdetected'),
  row(SD, '550 5.7.1 Your email was detected as spam', 'spamdetected'),
  row(SD, '550 5.7.1 Our server classified your message as spam and has prevented delivery', 'spamdetected'),
  row(SD, '451 4.7.1 Your message has been temporarily blocked by our filter', 'spamdetected'),
  row(SD, '550 5.7.1 Your message has been rejected because it appears to be spam', 'spamdetected'),
  row(SD, '550 5.7.1 Your message has triggered a SPAM block', 'spamdetected'),
  row(SD, '550 5.7.1 Your message may contain the spam contents', 'spamdetected'),
  row(SD, '550 5.7.1 Your message failed several antispam checks', 'spamdetected'),

  // --- Suspend: index ---
  row(SU, '550 5.2.1 <rcpt@dest.example>: mailbox is currently suspended', 'suspend'),
  row(SU, '550 5.2.1 rcpt@dest.example temporary locked', 'suspend'),
  row(SU, '550 5.2.1 Boite du destinataire archivee', 'suspend'),
  row(SU, '550 5.2.1 The email account that you tried to reach is disabled', 'suspend'),
  row(SU, '550 5.2.1 This mailbox has been suspended', 'suspend'),
  row(SU, '550 5.2.1 Invalid/inactive user', 'suspend'),
  row(SU, '550 rcpt@dest.example is a deactivated mailbox', 'suspend'),
  row(SU, '550 5.2.1 Mailbox currently suspended', 'suspend'),
  row(SU, '550 5.2.1 Mailbox is frozen', 'suspend'),
  row(SU, '550 Mailbox unavailable or access denied', 'suspend'),
  row(SU, '550 5.2.1 Recipient rejected: Temporarily inactive', 'suspend'),
  row(SU, '550 5.2.1 Recipient suspend the service', 'suspend'),
  row(SU, '554 This account has been disabled or discontinued', 'suspend'),
  row(SU, '554 Sorry, this mailbox is disabled', 'suspend'),
  row(SU, '550 User suspended', 'suspend'),
  row(SU, '550 vdelivermail: account is locked email bounced', 'suspend'),

  // --- SyntaxError: true() reads the reply code, 50x / 40x ---
  row(SX, '500 5.5.1 Command unrecognized: "XYZZY"', 'syntaxerror'),
  row(SX, '501 5.5.4 Syntax error in parameters or arguments', 'syntaxerror'),
  row(SX, '502 5.5.1 Command not implemented', 'syntaxerror'),
  row(SX, '503 5.5.1 Bad sequence of commands', 'syntaxerror'),
  row(SX, '504 5.5.2 Command parameter not implemented', 'syntaxerror'),
  row(SX, '501 5.5.4 Invalid arguments', 'syntaxerror'),
  row(SX, '500 5.5.5 Unsupported protocol version', 'syntaxerror'),

  // --- SystemError: index ---
  row(SY, '550 Can\'t create user output file', 'systemerror'),
  row(SY, '451 4.3.0 Could not load DRD for domain dest.example', 'systemerror'),
  row(SY, '451 4.3.0 Internal error reading data', 'systemerror'),
  row(SY, '451 4.3.0 Internal server error: Operation now in progress', 'systemerror'),
  row(SY, '451 4.3.0 Interrupted system call', 'systemerror'),
  row(SY, '554 Your message could not be delivered because it encountered an error while being processed', 'systemerror'),
  row(SY, '451 4.3.0 Local configuration error', 'systemerror'),
  row(SY, '451 Requested action aborted: local error in processing', 'systemerror'),
  row(SY, '554 5.4.6 A loop was found in the mail exchanger list for dest.example', 'systemerror'),
  row(SY, '451 4.3.0 Queue file write error', 'systemerror'),
  row(SY, '451 4.3.5 Mail system configuration error', 'systemerror'),
  row(SY, '554 5.3.5 Remote server is misconfigured', 'systemerror'),
  row(SY, '451 4.3.5 Server configuration error', 'systemerror'),
  row(SY, '451 4.3.0 Service currently unavailable', 'systemerror'),
  row(SY, '451 4.3.5 System config error', 'systemerror'),
  row(SY, '451 4.3.0 Temporary local problem - please try later', 'systemerror'),
  row(SY, '451 4.4.2 Timeout waiting for input', 'systemerror'),
  row(SY, '554 Transaction failed', 'systemerror'),

  // --- SystemFull: index ---
  row(SF, '452 4.3.1 Mail system full', 'systemfull'),
  row(SF, '452 4.3.1 Insufficient system storage', 'systemfull'),

  // --- TooManyConn: index, and true(): X.5.3 ---
  row(TC, '421 4.7.0 All available IPs are at maximum connection limit', 'toomanyconn'),
  row(TC, '421 4.7.0 Connection rate limit exceeded', 'toomanyconn'),
  row(TC, '421 4.7.0 Message deferred: exceeds per-domain connection limit for dest.example', 'toomanyconn'),
  row(TC, '421 4.7.0 sender@origin.example has exceeded the max emails per hour (120) allowed', 'toomanyconn'),
  row(TC, '454 Throttling failure: Daily message quota exceeded.', 'toomanyconn'),
  row(TC, '454 Throttling failure: Maximum sending rate exceeded.', 'toomanyconn'),
  row(TC, '421 4.7.0 Too many connections from your host.', 'toomanyconn'),
  row(TC, '421 4.3.2 Too many concurrent SMTP connections; please try again later', 'toomanyconn'),
  row(TC, '421 Too many errors from your IP, closing connection', 'toomanyconn'),
  row(TC, '452 4.5.3 Too many recipients', 'toomanyconn'),
  row(TC, '421 4.3.2 Too many SMTP sessions for this host', 'toomanyconn'),
  row(TC, '421 Trop de connexions, too many connections. OFR_104', 'toomanyconn'),
  row(TC, '451 We have already made numerous attempts to deliver this message', 'toomanyconn'),
  row(TC, '552 5.5.3 Recipient count over the limit for this message', 'toomanyconn'),

  // --- UserUnknown: regex ---
  row(UU, '550 #5.1.1 bad address rcpt@dest.example', 'userunknown'),
  row(UU, '550 <rcpt@dest.example> not found', 'userunknown'),
  row(UU, '550 Address invalid', 'userunknown'),
  row(UU, '550 5.1.0 Address rejected.', 'userunknown'),
  row(UU, '550 5.1.1 Account rcpt@dest.example does not exist at the organization this message was sent to', 'userunknown'),
  row(UU, '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416', 'userunknown'),
  row(UU, '550 5.1.1 Address does not exist', 'userunknown'),
  row(UU, '550 5.1.1 Address not present in directory', 'userunknown'),
  row(UU, '550 5.1.1 Address unknown', 'userunknown'),
  row(UU, '550 5.1.1 Bad-recipient', 'userunknown'),
  row(UU, '550 5.1.1 Bad_recipient rcpt@dest.example', 'userunknown'),
  row(UU, '550 5.1.1 Bad recipient', 'userunknown'),
  row(UU, '550 Can\'t accept user', 'userunknown'),
  row(UU, '550 Requested mailbox rcpt does not exist.', 'userunknown'),
  row(UU, '550 5.1.1 Destination addresses were unknown', 'userunknown'),
  row(UU, '550 5.1.1 Destination server rejected recipients', 'userunknown'),
  row(UU, '550 5.1.1 Email address does not exist', 'userunknown'),
  row(UU, '550 5.1.1 The email address could not be found', 'userunknown'),
  row(UU, '550 5.1.1 Invalid address', 'userunknown'),
  row(UU, '550 5.1.1 Invalid mailbox: rcpt', 'userunknown'),
  row(UU, '550 5.1.1 Invalid mailbox path', 'userunknown'),
  row(UU, '550 5.1.1 Invalid recipient', 'userunknown'),
  row(UU, '550 5.1.1 rcpt is not a known user', 'userunknown'),
  row(UU, '550 5.1.1 rcpt@dest.example is not a valid mailbox', 'userunknown'),
  row(UU, '550 5.1.1 rcpt@dest.example is not an active address at this host', 'userunknown'),
  row(UU, '550 Mailbox rcpt does not exist', 'userunknown'),
  row(UU, '550 Mailbox rcpt@dest.example unavailable', 'userunknown'),
  row(UU, '550 Mailbox does not exist', 'userunknown'),
  row(UU, '550 Mailbox invalid', 'userunknown'),
  row(UU, '550 Mailbox is unavailable', 'userunknown'),
  row(UU, '550 Mailbox not present', 'userunknown'),
  row(UU, '550 Mailbox not found', 'userunknown'),
  row(UU, '550 Mailbox unavailable', 'userunknown'),
  row(UU, '550 Nessun utente simile in questo indirizzo', 'userunknown'),
  row(UU, '550 No rcpt in name directory', 'userunknown'),
  row(UU, '550 No account by that name here', 'userunknown'),
  row(UU, '550 No existe dicha persona', 'userunknown'),
  row(UU, '550 No existe ese usuario en este servidor', 'userunknown'),
  row(UU, '550 No mail box available for this user', 'userunknown'),
  row(UU, '550 No mailbox by that name is currently available', 'userunknown'),
  row(UU, '550 No mailbox found', 'userunknown'),
  row(UU, '550 No matches to nameserver query', 'userunknown'),
  row(UU, '550 No such address here', 'userunknown'),
  row(UU, '550 No such mailbox', 'userunknown'),
  row(UU, '550 No such person at this address', 'userunknown'),
  row(UU, '550 No such recipient', 'userunknown'),
  row(UU, '550 No such user here', 'userunknown'),
  row(UU, '550 No thank you rejected: Account Unavailable: rcpt', 'userunknown'),
  row(UU, '550 No valid recipients, bye', 'userunknown'),
  row(UU, '550 Non-existent user', 'userunknown'),
  row(UU, '550 rcpt@dest.example is not a valid recipient', 'userunknown'),
  row(UU, '550 Not a valid user here', 'userunknown'),
  row(UU, '550 rcpt@dest.example is not a local address', 'userunknown'),
  row(UU, '550 The addresses you wrote to are not email addresses here', 'userunknown'),
  row(UU, '550 RCPT <rcpt@dest.example> does not exist', 'userunknown'),
  row(UU, '550 5.1.1 Recipient address rejected. (in reply to RCPT TO command)', 'userunknown'),
  row(UU, '550 Recipient rcpt was not found in the directory', 'userunknown'),
  row(UU, '550 5.1.1 <rcpt@dest.example>: Recipient address rejected: Invalid user', 'userunknown'),
  row(UU, '550 5.1.1 <rcpt@dest.example>: Recipient address rejected: invalid-recipient', 'userunknown'),
  row(UU, '550 5.1.1 <rcpt@dest.example>: Recipient address rejected: User rcpt does not exist', 'userunknown'),
  row(UU, '550 5.1.1 <rcpt@dest.example>: Recipient address rejected: User unknown in virtual alias table', 'userunknown'),
  row(UU, '550 5.1.1 <rcpt@dest.example>: Recipient address rejected: Unknown user', 'userunknown'),
  row(UU, '550 Recipient does not exist on this system', 'userunknown'),
  row(UU, '550 Recipient is not local', 'userunknown'),
  row(UU, '550 Recipient not exist', 'userunknown'),
  row(UU, '550 Recipient not found', 'userunknown'),
  row(UU, '550 Recipient not OK', 'userunknown'),
  row(UU, '550 Recipient refuses to accept your mail', 'userunknown'),
  row(UU, '550 Recipient unknown', 'userunknown'),
  row(UU, '550 Requested action not taken: mailbox unavailable', 'userunknown'),
  row(UU, '550 Sorry, user unknown', 'userunknown'),
  row(UU, '553 sorry, badrcptto (#5.7.1)', 'userunknown'),
  row(UU, '550 sorry, no mailbox here by that name. (#5.1.1)', 'userunknown'),
  row(UU, '553 sorry, your envelope recipient has been denied (#5.7.1)', 'userunknown'),
  row(UU, '553 sorry, that domain or user isn\'t in my list of allowed rcpthosts (#5.7.1)', 'userunknown'),
  row(UU, '550 The email account that you tried to reach does not exist', 'userunknown'),
  row(UU, '550 The following recipients was undeliverable: rcpt@dest.example', 'userunknown'),
  row(UU, '550 The user\'s email name is not found', 'userunknown'),
  row(UU, '550 There is no one at this address', 'userunknown'),
  row(UU, '550 This address no longer accepts mail', 'userunknown'),
  row(UU, '550 This email address is wrong or no longer valid', 'userunknown'),
  row(UU, '553 sorry, this recipient is in my badrecipientto list (#5.7.1)', 'userunknown'),
  row(UU, '553 sorry, this recipient is not in my validrcptto list (#5.7.1)', 'userunknown'),
  row(UU, '550 This spectator does not exist', 'userunknown'),
  row(UU, '554 delivery error: dd This user doesn\'t have a dest.example account', 'userunknown'),
  row(UU, '550 Unknown e-mail address', 'userunknown'),
  row(UU, '550 Unknown email address', 'userunknown'),
  row(UU, '550 Unknown local part rcpt', 'userunknown'),
  row(UU, '550 Unknown local-part rcpt in <rcpt@dest.example>', 'userunknown'),
  row(UU, '550 Unknown mailbox', 'userunknown'),
  row(UU, '550 Unknown recipient', 'userunknown'),
  row(UU, '550 Unknown user', 'userunknown'),
  row(UU, '550 User rcpt was not found', 'userunknown'),
  row(UU, '550 User rcpt does not exist', 'userunknown'),
  row(UU, '550 User does not exist', 'userunknown'),
  row(UU, '550 User missing home directory', 'userunknown'),
  row(UU, '550 User not active', 'userunknown'),
  row(UU, '550 User not exist', 'userunknown'),
  row(UU, '550 User not found', 'userunknown'),
  row(UU, '550 User not known', 'userunknown'),
  row(UU, '550 User unknown', 'userunknown'),
  row(UU, '550 Utilisateur inconnu !', 'userunknown'),
  row(UU, '550 vdeliver: Invalid or unknown virtual user \'rcpt\'', 'userunknown'),
  row(UU, '553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)', 'userunknown'),
  // true(): an X.1.1 status decides unless the words are another reason's.
  row(UU, '550 5.1.1 Requested action not taken', 'userunknown'),

  // --- VirusDetected: index ---
  row(VD, '554 5.7.1 The message was rejected because it contains prohibited virus or spam content', 'virusdetected'),
  row(VD, '552 5.7.0 This form of attachment has been used by recent viruses or other malware', 'virusdetected'),
  row(VD, '554 5.7.1 Virus detected: Eicar-Test-Signature', 'virusdetected'),
  row(VD, '554 5.7.1 Your message was infected with a virus', 'virusdetected'),
];
