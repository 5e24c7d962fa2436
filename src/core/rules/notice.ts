/**
 * Wording of the notice around the recipients' words: where it ends and the returned original
 * begins, whether the sender is still trying or has given up, whether the receiving server ever
 * answered. classify.ts reads these tables; the server's verbatim line is above each group.
 */
import { anyLiteral } from './scan.js';

/**
 * Lines after which a notice quotes the returned original (or its headers), lowercase. The
 * notice ends at the first one found.
 */
export const originalMarkers = [
  // Exim: "------ This is a copy of the message, including all the headers. ------"
  'this is a copy of the message',
  // qmail: "--- Below this line is a copy of the message."
  'below this line is a copy of the message',
  // Exchange Online / Office 365: "Original message headers:"
  'original message headers', 'original message header', 'original message headers:',
  // Google Groups: "----- Original message -----"; m-FILTER: "-------original message"
  '----- original message', '-----original message',
  // X2 (qpsmtpd family): "--- Original message follows."
  'original message follows',
  'the original message is attached',
  // A returned original as a MIME part (RFC 3462: message/rfc822 or text/rfc822-headers).
  'content-type: message/rfc822', 'content-type: text/rfc822-headers',
  // Orange/France Telecom: "--- The header of the original message is following. ---"
  'header of the original message', '--- the header of the original message',
  // Smail 3: "------------------------- Message header follows: ----------------------",
  // "------------------------- Message text follows: ---"
  'message header follows', '----- message text follows',
  '------ message headers', '------ received message', 'unsent message below', 'the header of the returned message',
  '----- the following is the original message', 'this is the returned message', '--- begin returned message',
  // OpenSMTPD: "    Below is a copy of the original message:"
  'a copy of the original message',
  // Lotus Notes: "------- Returned Message --------"
  '------- returned message',
  // Sendmail and V5 sendmail: "   ----- Unsent message follows -----" (savemail.c; also how Sisimai 4.25
  // Lhost/V5sendmail.pm and Lhost/Sendmail.pm find the original)
  '----- unsent message follows', '----- no message was collected',
  // Where other MTAs' notices start the original (Sisimai 4.25 Lhost/MXLogic.pm "Included is a copy of the
  // message header:", Lhost/FML.pm "Original mail as follows:", Lhost/X6.pm "The attachment contains the
  // original mail headers", Lhost/mFILTER.pm "-------original mail info")
  'included is a copy of the message header', 'original mail as follows:', 'the attachment contains the original mail headers', '-------original mail info',
] as const;

/**
 * The headers of an original quoted inline begin with one of these lines (read case-insensitively):
 * as literals of the lowercase (classify.ts reads them so) and as one regex of the text itself,
 * made from them.
 */
export const inlineOriginalLines = ['\nreceived: from ', '\nreturn-path: <'] as const;
export const inlineOriginalRe = new RegExp(anyLiteral(inlineOriginalLines).source, 'i');

/**
 * Header fields a message carries and a person pasting text would not type: one of them among
 * the first lines tells a message (RFC 5322 source) from pasted text.
 */
export const messageHeaderRe = /^(?:received|return-path|message-id|mime-version|content-type|delivered-to|x-[\w-]+|dkim-signature|arc-[\w-]+|authentication-results|auto-submitted|in-reply-to|references|reply-to|sender|envelope-to|precedence|list-[\w-]+|thread-[\w-]+|content-transfer-encoding|errors-to)\s*:/i;

/** The start of the DSN fields a notice writes into its body (no delivery-status part). */
export const bodyDsnFieldRe = /^(?:final|original)-recipient\s*:/im;
export const bodyDsnStartRe = /^(?:reporting-mta|final|original)-(?:recipient|mta)?\s*:/im;

/**
 * A notice that is still trying (read lowercase): with a bare 4xx reply and no enhanced code, it
 * is a delay only when it says so.
 */
// Sendmail: "THIS IS A WARNING MESSAGE ONLY. ... Will keep trying until message is 8 hours old";
// Exim: "Message will be retried for 2 more day(s)"; Postfix: "The address to which the message
// has not yet been delivered is:"; Gmail: "There was a temporary problem delivering your message".
// Others in free text: "This is just a warning, you do not need to take any action ... will continue
// trying for 5 days"; "The server will try again"; "we will continue to attempt delivery".
export const stillTryingRe = /delayed|will (?:be )?retr|still trying|keep trying|warning message only|not yet been delivered|temporary problem delivering|just a warning|will continue (?:trying|to try|to attempt|attempting)|will try again|will (?:re)?attempt/;

/**
 * A notice that has given up: a 4.x.x code with no Action field is then a failure, not a delay.
 */
// qmail: "(#4.4.1) I'm not going to try again; this message has been in the queue too long",
// "This is a permanent error; I've given up. Sorry it didn't work out."; Sendmail:
// "Status: 5.0.0 (permanent failure)"; Gmail: "Technical details of permanent failure:".
export const givenUpRe = /not going to try again|i've given up|i have given up|gave up|giving up|permanent error|permanent failure|permanently/i;

/**
 * The receiving server never answered (category no-answer-from-host): X.4.1 "No answer from
 * host" (RFC 3463), and the ways MTAs say they never got an SMTP session.
 */
// qmail: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"; Postfix:
// "connect to mx.example.jp[192.0.2.79]:25: Connection timed out"; Exim: "[host 192.0.2.222:
// timed out]"; Sendmail: "Deferred: Connection timed out during user open"; "Remote host is not
// responding."; "unable to connect to remote server".
export const noAnswerRe = /timed out|timeout|no answer|not responding|unreachable|(?:unable|wasn't able|not able|could not|couldn't|failed) to (?:establish an smtp connection|connect)|could(?: not|n't) connect/i;

/** The server answered but the connection failed (category bad-connection). */
// Sendmail: "Deferred: Connection refused by [127.0.0.1]", "Connection reset by peer during
// greeting wait"; Postfix: "lost connection with mx2.qq.com[184.105.206.8] while receiving".
// qmail-remote: "Connected to 192.0.2.5 but connection died. (#4.4.2)".
export const connectionFailedRe = /connection (?:refused|reset|closed|lost|dropped|died)|lost connection/i;
