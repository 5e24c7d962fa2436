/**
 * What a notice FORMAT (the sending MTA family that wrote the notice, reporters/*.ts) says in its
 * own words. Some formats write a fixed sentence of their own for a cause, whatever the remote
 * server answered; for those the sentence decides. (The words that show which SMTP command the
 * remote server was answering are in rules/commands.ts.)
 *
 * This matters most for "user unknown": answered to RCPT, or under an X.1.x status, it means the
 * address does not exist; otherwise (answered to DATA, or nothing says when) it is as often a
 * recipient-side filter using those words. A format whose own sentence is about the address
 * settles it; a format that only relays the remote server's bare words does not.
 *
 * Each entry's `phrase` is a lowercase substring of the recipient's words (folded: lowercase,
 * whitespace runs as one space), or a list of pieces that must occur in that order. The comment
 * above a group quotes the format's full line.
 */
import type { ReporterName } from '../reporters/index.js';
import type { Reason } from '../types.js';

export interface FormatWords {
  /** A folded substring, or pieces that must appear in this order. */
  readonly phrase: string | readonly string[];
  /** The reason the format's sentence states. */
  readonly reason: Reason;
  /**
   * The format's verdict yields to a specific status code (X.Y.Z with Z not 0) that the notice
   * quotes: the format speaks where the remote reply says little, the reply where it is exact.
   */
  readonly yieldsToStatus?: boolean;
}

export interface FormatRule {
  /** The formats whose notices write these words (reporters/index.ts). */
  readonly formats: readonly ReporterName[];
  readonly words: readonly FormatWords[];
}

export const formatRules: readonly FormatRule[] = [
  {
    // amavisd-new's own SMTP answer names the content category that blocked the message:
    // "554 5.7.0 Reject, id=%n - INFECTED: %V" / "- BAD HEADER: ..." / "- spam" / "552 5.3.4 ... - Message
    // size exceeds recipient's size limit" / "550 5.3.5 ... - Rejected by next-hop MTA on relaying"
    // (amavisd %smtp_reason_by_ccat, as Sisimai 4.25 Lhost/Amavis.pm lists it). The relaying ones quote
    // the next hop's reply after them, which is exact where its status is; the other two are amavisd's own.
    formats: ['Amavis'],
    words: [
      { phrase: ' - infected', reason: 'virusdetected' },
      { phrase: ' - spam', reason: 'spamdetected' },
      { phrase: ' - bad header', reason: 'contenterror' },
      { phrase: ' - message size exceeds recipient', reason: 'exceedlimit' },
      { phrase: ' - temporary mta failure on relaying', reason: 'systemerror' },
      { phrase: ' - rejected by next-hop mta on relaying', reason: 'systemerror', yieldsToStatus: true },
      { phrase: ' - unable to relay message back to mta', reason: 'systemerror' },
    ],
  },
  {
    // Symantec.cloud (MessageLabs): 553 Please turn on SMTP Authentication in your mail client (Sisimai 4.25 Lhost/MessageLabs.pm)
    formats: ['MessageLabs'],
    words: [
      { phrase: 'please turn on smtp authentication in your mail client', reason: 'securityerror' },
    ],
  },
  {
    // HCL (Lotus) Domino: "Your message ... was not delivered to: a@b because: <sentence>".
    formats: ['Domino'],
    words: [
      // User some.name (a@b) not listed in Domino Directory
      { phrase: 'not listed in domino directory', reason: 'userunknown' },
      { phrase: 'not listed in public name & address book', reason: 'userunknown' },
      { phrase: 'no se encuentra en el directorio de domino', reason: 'userunknown' },
      { phrase: 'non répertorié dans l\'annuaire domino', reason: 'userunknown' },
      // The same in ISO-8859-1 read as another charset: the accented letters are lost.
      { phrase: ['non r', 'pertori', 'dans l\'annuaire domino'], reason: 'userunknown' },
      // ユーザー Neko (a@b) は Domino ディレクトリには見つかりません。
      { phrase: 'domino ディレクトリには見つかりません', reason: 'userunknown' },
      // The same sentence in undecoded ISO-2022-JP (escape bytes dropped): "...%G%#%l%/%H%j$K$O8+$D$+$j$^$;$s!#"
      { phrase: 'domino %g%#%l%/%h%j$k$o8+$d$+$j$^$;$s', reason: 'userunknown' },
      // Cannot route mail to user (a@b): a routing rule of the recipient's domain refuses it.
      { phrase: 'cannot route mail to user', reason: 'filtered' },
      // Several matches found in Domino Directory: the directory itself is ambiguous.
      { phrase: 'several matches found in domino directory', reason: 'systemerror' },
    ],
  },
  {
    // HCL (Lotus) Notes: "------- Failure Reasons --------" then the sentence and the address.
    formats: ['Notes'],
    words: [
      // User not listed in public Name & Address Book
      { phrase: 'user not listed in public name & address book', reason: 'userunknown' },
      // (ja) ... ディレクトリのリストにありません
      { phrase: 'ディレクトリのリストにありません', reason: 'userunknown' },
      // Message has exceeded maximum hop count
      { phrase: 'message has exceeded maximum hop count', reason: 'networkerror' },
    ],
  },
  {
    // Ipswitch / Progress iMail Server (X-Mailer: <SMTP32 vN>): "<Sentence>: a@b" per recipient.
    formats: ['IMailServer'],
    words: [
      // Unknown user: a@b
      { phrase: 'unknown user', reason: 'userunknown' },
      // Invalid final delivery userid: a@b
      { phrase: 'invalid final delivery userid', reason: 'userunknown' },
      // Unknown host: b
      { phrase: 'unknown host', reason: 'hostunknown' },
      // User mailbox exceeds allowed size: a@b
      { phrase: 'user mailbox exceeds allowed size', reason: 'mailboxfull' },
      // Requested action not taken: virus detected
      { phrase: 'requested action not taken: virus detected', reason: 'virusdetected' },
      // Blacklisted URL in message
      { phrase: 'blacklisted url in message', reason: 'spamdetected' },
      // Delivery failed 1 attempt(s): iMail's own retry counter ran out.
      { phrase: 'delivery failed ', reason: 'expired' },
    ],
  },
  {
    // McAfee Email Gateway: "<a@b>   (<sentence>)" under "--- The following addresses had delivery problems ---".
    formats: ['McAfee'],
    words: [
      // <a@b>   (User (a@b) unknown. )
      { phrase: ['user (', '@', ') unknown.'], reason: 'userunknown' },
      // (550 Unknown user a@b), or in its own list without the reply code: (Unknown user a@b)
      { phrase: ['unknown user ', '@'], reason: 'userunknown' },
      // (550 <a@b>... User not exist)
      { phrase: ['550 <', '@', '>', 'user not exist'], reason: 'userunknown' },
      // (550 a@b... No such user)
      { phrase: 'no such user', reason: 'userunknown' },
    ],
  },
  {
    // Verizon Wireless (vtext.com, vzwpix.com) MMS gateway: "Error: <sentence>".
    formats: ['Verizon'],
    words: [
      // Error: No valid recipients for this MM
      { phrase: 'no valid recipients', reason: 'userunknown' },
      // 550 - Requested action not taken: no such user here
      { phrase: 'requested action not taken: no such user here', reason: 'userunknown' },
    ],
  },
  {
    // Microsoft Exchange 2000/2003: "MSEXCH:IMS:<site>:<org>:<server> 0 (000C05A6) Unknown Recipient".
    // The hexadecimal code in parentheses is Exchange's own diagnosis.
    formats: ['Exchange2003'],
    words: [
      // (000C05A6) Unknown Recipient
      { phrase: '(000c05a6)', reason: 'userunknown' },
      // (000C0595) Ambiguous Recipient: the directory names several; a rule, not an absence.
      { phrase: '(000c0595)', reason: 'filtered' },
      // (00010256) Too many recipients / (000D06B5) No proxy for recipient
      { phrase: '(00010256)', reason: 'systemerror' },
      { phrase: '(000d06b5)', reason: 'systemerror' },
      // (00120270) Too Many Hops
      { phrase: '(00120270)', reason: 'networkerror' },
      // (00050311) / (000502CC) Conversion to Internet format failed
      { phrase: '(00050311)', reason: 'contenterror' },
      { phrase: '(000502cc)', reason: 'contenterror' },
      // (000B0981) 502 Server does not support AUTH
      { phrase: '(000b0981)', reason: 'securityerror' },
    ],
  },
  {
    // Exchange 2007 and later (and Microsoft 365 in the same layout) name the cause in the
    // reply's own component code: "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'".
    formats: ['Exchange2007', 'Office365'],
    words: [
      // 554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain
      { phrase: 'smtpsend.dns.nonexistentdomain', reason: 'hostunknown' },
      // 554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for the domain point back to this server
      { phrase: 'smtpsend.dns.mxloopback', reason: 'networkerror' },
      // 550 5.2.0 RESOLVER.ADR.BadPrimary / 5.1.0 RESOLVER.ADR.InvalidInSmtp / 5.1.4 RESOLVER.ADR.Ambiguous:
      // the directory itself is wrong
      { phrase: 'resolver.adr.badprimary', reason: 'systemerror' },
      { phrase: 'resolver.adr.invalidinsmtp', reason: 'systemerror' },
      { phrase: 'resolver.adr.ambiguous', reason: 'systemerror' },
      // 550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients
      { phrase: 'resolver.adr.reciplimit', reason: 'toomanyconn' },
      // 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required
      { phrase: 'resolver.rst.authrequired', reason: 'securityerror' },
      // 550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized: the sender may not write to this recipient
      { phrase: 'resolver.rst.notauthorized', reason: 'rejected' },
      // 550 4.4.7 QUEUE.Expired; message expired
      { phrase: 'queue.expired', reason: 'expired' },
    ],
  },
  {
    // Courier's own esmtp client sentences about the recipient's domain.
    formats: ['Courier'],
    words: [
      // No such domain.
      { phrase: 'no such domain.', reason: 'hostunknown' },
      // This domain's DNS violates RFC 1035.
      { phrase: 'this domain\'s dns violates rfc 1035', reason: 'systemerror' },
      // DNS lookup failed.
      { phrase: 'dns lookup failed.', reason: 'networkerror', yieldsToStatus: true },
    ],
  },
  {
    // OpenSMTPD's own failure strings (smtpd/mta.c, queue.c), written after "a@b: " in its notice.
    formats: ['OpenSMTPD'],
    words: [
      // Envelope expired (the queue lifetime ran out)
      { phrase: 'envelope expired', reason: 'expired' },
      // Could not retrieve credentials (for an authenticated relay)
      { phrase: 'could not retrieve credentials', reason: 'securityerror' },
      // Invalid domain name / Domain does not exist
      { phrase: 'invalid domain name', reason: 'hostunknown', yieldsToStatus: true },
      { phrase: 'domain does not exist', reason: 'hostunknown', yieldsToStatus: true },
      // Destination seem to reject all mails / No MX found for domain / No MX found for destination
      { phrase: 'destination seem to reject all mails', reason: 'notaccept' },
      { phrase: 'no mx found for d', reason: 'notaccept' },
      // Temporary failure in MX lookup / Network error on destination MXs / No valid route to remote MX /
      // All routes to destination blocked / Address family mismatch on destination MXs / Loop detected
      { phrase: 'temporary failure in mx lookup', reason: 'networkerror', yieldsToStatus: true },
      { phrase: 'network error on destination mxs', reason: 'networkerror', yieldsToStatus: true },
      { phrase: 'no valid route to', reason: 'networkerror', yieldsToStatus: true },
      { phrase: 'all routes to destination blocked', reason: 'networkerror', yieldsToStatus: true },
      { phrase: 'address family mismatch on destination mxs', reason: 'networkerror', yieldsToStatus: true },
      { phrase: 'bad dns lookup error code', reason: 'networkerror', yieldsToStatus: true },
      { phrase: 'could not retrieve source address', reason: 'networkerror', yieldsToStatus: true },
    ],
  },
  {
    // au by KDDI's EZweb: an English sentence of its own for each cause, above the address.
    formats: ['EZweb'],
    words: [
      // The user(s) account is disabled. / The user(s) account is temporarily limited. (an unpaid or stopped line)
      { phrase: 'account is disabled', reason: 'suspend' },
      { phrase: 'account is temporarily limited', reason: 'suspend' },
      // The user(s) account is temporarily over quota.
      { phrase: 'account is temporarily over quota', reason: 'mailboxfull' },
      // Your message was not delivered within 0 days and 1 hours. Remote host is not responding.
      { phrase: 'your message was not delivered within', reason: 'expired' },
    ],
  },
  {
    // Google Workspace's own notice (no DSN fields): "** Message not delivered **" and a sentence.
    formats: ['GSuite'],
    words: [
      // Your message wasn't delivered to a@b because the address couldn't be found. Check for typos or unnecessary spaces and try again.
      { phrase: 'because the address couldn\'t be found', reason: 'userunknown', yieldsToStatus: true },
      // DNS Error: 2921 DNS type 'mx' lookup of example.net had no relevant answers. (Google's resolver found
      // nothing to deliver to; Sisimai 4.25 Lhost/GSuite.pm: networkerror)
      { phrase: ' had no relevant answers', reason: 'networkerror', yieldsToStatus: true },
    ],
  },
  {
    // Gmail's older notices end the remote reply with "(state N)", Google's own number for the
    // step of the session that failed: it says which command was refused, hence the cause.
    formats: ['Gmail'],
    words: [
      // 550 550 5.7.1 <a@b>... Access denied (state 13): refused at EHLO, our host itself.
      { phrase: '(state 13)', reason: 'blocked', yieldsToStatus: true },
      // 550 550 5.1.1 <a@b>... User Unknown (state 14): refused at RCPT.
      { phrase: '(state 14)', reason: 'userunknown', yieldsToStatus: true },
      // 554 554 5.7.0 Header error (state 18) / 550 550 Unknown user a@b (state 18): refused after
      // DATA, once the recipient had been accepted; states 15 and 17 likewise.
      { phrase: '(state 15)', reason: 'filtered', yieldsToStatus: true },
      { phrase: '(state 17)', reason: 'filtered', yieldsToStatus: true },
      { phrase: '(state 18)', reason: 'filtered', yieldsToStatus: true },
      // 535 SMTP AUTH failed with the remote server. (state 8)
      { phrase: '(state 8)', reason: 'systemerror', yieldsToStatus: true },
      // 500 Remote server does not support SMTP Authenticated Relay (state 12)
      { phrase: '(state 12)', reason: 'norelaying', yieldsToStatus: true },
      // 500 Remote server does not support TLS (state 6) / 454 454 TLS missing certificate ... (state 9):
      // the remote server's own setup failed the session.
      { phrase: '(state 6)', reason: 'systemerror', yieldsToStatus: true },
      { phrase: '(state 9)', reason: 'systemerror', yieldsToStatus: true },
      // Gmail's own words where no server answered: DNS Error: Could not contact DNS servers (it kept
      // trying), DNS Error: DNS server returned answer with no data (the domain has no mail host).
      { phrase: 'dns error: could not contact dns servers', reason: 'expired', yieldsToStatus: true },
      { phrase: 'dns error: dns server returned answer with no data', reason: 'hostunknown', yieldsToStatus: true },
      { phrase: 'dns error: domain name not found', reason: 'hostunknown', yieldsToStatus: true },
    ],
  },
  {
    // Trend Micro InterScan MSS writes this sentence when the remote server refused the
    // recipient; a transcript ("Sent <<< RCPT TO" / "Received >>> 550 ...") replaces it otherwise.
    formats: ['InterScanMSS'],
    words: [
      // Unable to deliver message to <a@b> (and other recipients in the same domain).
      { phrase: 'unable to deliver message to <', reason: 'userunknown' },
    ],
  },
  {
    // Outlook.com / Hotmail's own DSN sentences.
    formats: ['Outlook'],
    words: [
      // 550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)
      { phrase: 'requested action not taken: mailbox unavailable', reason: 'userunknown' },
      // The mail could not be delivered to the recipient because the domain is not reachable.
      { phrase: 'because the domain is not reachable', reason: 'hostunknown' },
    ],
  },
  {
    // Microsoft 365's own NDR text for a recipient its directory lookup did not find (5.1.10
    // RESOLVER.ADR.RecipientNotFound), written above the technical details.
    formats: ['Office365'],
    words: [
      // Your message to a@b couldn't be delivered. a wasn't found at b.
      { phrase: ['couldn\'t be delivered. ', ' wasn\'t found at '], reason: 'userunknown' },
      // The email address wasn't found at the destination domain. It might be misspelled or it might not exist any longer.
      { phrase: 'the email address wasn\'t found at the destination domain', reason: 'userunknown' },
    ],
  },
  {
    // Exim's own router and transport messages (not a remote server's words); Mail.Ru and MX Logic
    // run Exim and keep them (Sisimai 4.25 Lhost/MXLogic.pm reads them with Exim's table).
    formats: ['Exim', 'MailRu', 'MXLogic'],
    words: [
      // a@b: user not found (the local router found no such account)
      { phrase: 'user not found', reason: 'userunknown' },
      // all host address lookups failed permanently / all relevant MX records point to non-existent hosts
      { phrase: 'all host address lookups failed permanently', reason: 'hostunknown' },
      { phrase: 'all relevant mx records point to non-existent hosts', reason: 'hostunknown' },
      // an MX or SRV record indicated no SMTP service / no host found for existing SMTP connection
      { phrase: 'an mx or srv record indicated no smtp service', reason: 'notaccept' },
      { phrase: 'no host found for existing smtp connection', reason: 'notaccept' },
      // SMTP error from remote mail server after EHLO example.jp: 550 ... (the remote server refused our
      // greeting: our host itself, whatever it said)
      { phrase: 'smtp error from remote mail server after ehlo', reason: 'blocked' },
      { phrase: 'smtp error from remote mail server after helo', reason: 'blocked' },
      // Unrouteable address (the router found no route to the recipient's domain)
      { phrase: 'unrouteable address', reason: 'hostunknown', yieldsToStatus: true },
      // mailbox is full (quota exceeded while writing to file /var/mail/a) / error: quota exceeded
      { phrase: 'mailbox is full', reason: 'mailboxfull' },
      { phrase: 'error: quota exceed', reason: 'mailboxfull' },
      // Too many "Received" headers - suspected mail loop: the header block itself is refused
      { phrase: 'too many "received" headers', reason: 'contenterror' },
      // The address itself could not be parsed: angle-brackets nested too deep / malformed address: ... may not follow ...
      { phrase: 'angle-brackets nested too deep', reason: 'syntaxerror' },
      { phrase: 'expected word or "<"', reason: 'syntaxerror' },
      { phrase: 'domain missing in source-routed address', reason: 'syntaxerror' },
      { phrase: 'malformed address:', reason: 'syntaxerror' },
      // Exim's own local delivery refused: delivery to file forbidden / delivery to pipe forbidden / local delivery failed
      { phrase: 'delivery to file forbidden', reason: 'systemerror', yieldsToStatus: true },
      { phrase: 'delivery to pipe forbidden', reason: 'systemerror', yieldsToStatus: true },
      { phrase: 'local delivery failed', reason: 'systemerror', yieldsToStatus: true },
      // LMTP error after end of data: 452 ... (the local LMTP server failed)
      { phrase: 'lmtp error after ', reason: 'systemerror', yieldsToStatus: true },
    ],
  },
  {
    // Mail.Ru (Exim underneath) counts a refusal of the sender at MAIL FROM as the sender refused,
    // whatever the remote server's words.
    formats: ['MailRu'],
    words: [
      // SMTP error from remote mail server after MAIL FROM:<a@b> SIZE=2048: 550 ...
      { phrase: 'smtp error from remote mail server after mail from', reason: 'rejected' },
      { phrase: 'smtp error from remote mailer after mail from', reason: 'rejected' },
    ],
  },
  {
    // AOL's own DSN sentences for a domain it could not resolve.
    formats: ['AOL'],
    words: [
      // Name service error for name=example.net type=MX: Malformed or unexpected name server reply
      // (the domain publishes no usable mail exchanger: it takes no mail)
      { phrase: 'type=mx: malformed or unexpected name server reply', reason: 'notaccept' },
      // Host or domain name not found. Name service error for name=example.net type=A: Host not found
      { phrase: 'host or domain name not found', reason: 'hostunknown' },
    ],
  },
  {
    // au by KDDI's older notice: "Your mail sent on: <date>" / "Could not be delivered to: <a@b>" and a sentence.
    formats: ['KDDI'],
    words: [
      // As their mailbox is full.
      { phrase: 'as their mailbox is full', reason: 'mailboxfull' },
      // Due to the following SMTP relay error.
      { phrase: 'due to the following smtp relay error', reason: 'norelaying' },
      // As the remote domain doesnt exist.
      { phrase: 'as the remote domain doesnt exist', reason: 'hostunknown' },
    ],
  },
  {
    // BIGLOBE (and the Japanese cable ISPs on its system): "----- Non-delivered information -----" and a sentence.
    formats: ['Biglobe'],
    words: [
      // Mail Delivery Failed... User unknown: its own filter's words, not proof the mailbox is missing
      { phrase: 'mail delivery failed... user unknown', reason: 'filtered' },
      // The number of messages in recipient's mailbox exceeded the local limit.
      { phrase: 'mailbox exceeded the local limit', reason: 'mailboxfull' },
    ],
  },
  {
    // GMX / WEB.DE (X-GMX-Antispam on the notice): "Reason:" and its own sentence.
    formats: ['GMX'],
    words: [
      // Reason: delivery retry timeout exceeded
      { phrase: 'delivery retry timeout exceeded', reason: 'expired' },
    ],
  },
  {
    // 1&1 / IONOS: "For the following reason:" and its own sentence.
    formats: ['EinsUndEins'],
    words: [
      // Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s
      { phrase: 'mail size limit exceeded', reason: 'mesgtoobig' },
    ],
  },
  {
    // Zoho Mail: "[Status: Error, Address: <a@b>, ResponseCode 421, , Host not reachable.]" after its retries.
    formats: ['Zoho'],
    words: [
      // Host not reachable. (Zoho gave up after its retries)
      { phrase: 'host not reachable', reason: 'expired' },
    ],
  },
  {
    // Postfix's own local delivery agent (no remote server involved): the local part has no
    // account or alias on the Postfix host itself.
    formats: ['Postfix'],
    words: [
      // <a@b>: unknown user: "a"
      { phrase: 'unknown user: "', reason: 'userunknown' },
    ],
  },
  {
    // qmail's own sentences (qmail-remote, qmail-local, qmail-ldap, notqmail): each names its cause,
    // whatever the remote server added, and the queue running out later does not change it. Those
    // for an absent address or host or a network trouble yield to a specific status the remote
    // server quoted.
    // (Sisimai's X4, an unnamed qmail-based MTA, writes the same qmail-ldap sentences: Sisimai 4.25 Lhost/X4.pm.)
    formats: ['qmail', 'X4'],
    words: [
      // Connected to 192.0.2.5 but my name was rejected. (the remote server refused our HELO: our host itself)
      { phrase: 'but my name was rejected', reason: 'blocked' },
      // Remote host said: 550 Requested action not taken: mailbox unavailable (not enough free space)
      { phrase: 'mailbox unavailable (not enough free space)', reason: 'systemfull' },
      // qmail-ldap: Mailaddress is administratively disabled. (#5.2.1) (and its misspellings "administrativly" ...)
      { phrase: ['mailaddress is administrativ', 'disabled'], reason: 'suspend' },
      // qmail-ldap: The message exeeded the maximum size the user accepts. (#5.2.3)
      { phrase: 'exeeded the maximum size the user accepts', reason: 'exceedlimit' },
      // qmail-smtpd: 552 sorry, that message size exceeds my databytes limit (#5.3.4)
      { phrase: 'exceeds my databytes limit', reason: 'mesgtoobig' },
      // Sorry, no mailbox here by that name. (#5.1.1)
      { phrase: 'no mailbox here by that name', reason: 'userunknown', yieldsToStatus: true },
      // Sorry, I couldn't find any host named example.net. (#5.1.2) / ... by that name. (#4.1.2)
      { phrase: 'couldn\'t find any host', reason: 'hostunknown', yieldsToStatus: true },
      // Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file ... (#5.4.6)
      { phrase: 'although i\'m listed as a best-preference mx', reason: 'networkerror', yieldsToStatus: true },
      // qmail-ldap: Unable to contact LDAP server. (#4.4.3) / Temporary failure in LDAP lookup / Timeout while performing search on LDAP server
      { phrase: 'ldap server', reason: 'systemerror' },
      { phrase: 'failure in ldap lookup', reason: 'systemerror' },
      { phrase: 'ldap attribute', reason: 'systemerror' },
      { phrase: 'homedir creat', reason: 'systemerror' },
      { phrase: 'while executing qmail-forward', reason: 'systemerror' },
      { phrase: 'too many results returned but needs to be unique', reason: 'systemerror' },
      // Unable to run qmail-local: bad interpreter: No such file or directory
      { phrase: 'bad interpreter: no such file or directory', reason: 'systemerror' },
    ],
  },
  {
    // Novell GroupWise: "The message that you sent was undeliverable to the following:" then
    // "<user> (<reason>)", the reason its own post office's verdict on the mailbox.
    formats: ['GroupWise'],
    words: [
      // bwilson (user not found) / c.doe@example.org (mailbox full)
      { phrase: 'user not found', reason: 'userunknown' },
      { phrase: 'no such user', reason: 'userunknown' },
      { phrase: 'mailbox full', reason: 'mailboxfull' },
    ],
  },
  {
    // Deutsche Telekom (T-Online) and Smail 3: the mail system's own sentence beside the address.
    formats: ['Smail'],
    words: [
      // <a@t-online.de> ... unknown user / Teilnehmer existiert nicht
      { phrase: 'teilnehmer existiert nicht', reason: 'userunknown' },
      // a@b ... failed: unknown host
      { phrase: 'unknown host', reason: 'hostunknown' },
    ],
  },
  {
    // CommuniGate Pro's own LOCAL module: "LOCAL module(account a) reports: unknown user account"
    formats: ['CommuniGatePro'],
    words: [
      { phrase: 'unknown user account', reason: 'userunknown' },
      { phrase: 'account is full', reason: 'mailboxfull' },
    ],
  },
  {
    // Amazon SES receiving: the rule set's Bounce action sends one of these templates. The
    // domain's owner chose to bounce; it says nothing certain about the mailbox.
    formats: ['ReceivingSES'],
    words: [
      // 550 5.1.1 Mailbox does not exist
      { phrase: 'mailbox does not exist', reason: 'filtered' },
      // 552 5.3.4 Message too large
      { phrase: 'message too large', reason: 'mesgtoobig' },
      // 552 5.2.2 Mailbox full
      { phrase: 'mailbox full', reason: 'mailboxfull' },
      // 500 5.6.1 Message content rejected
      { phrase: 'message content rejected', reason: 'contenterror' },
    ],
  },
];

/**
 * A format's own reading of status codes, where it differs from the registry's (rules/status.ts):
 * a provider that writes its own codes (Microsoft's 5.7.5xx-7xx, 5.4.3xx) means one cause by each.
 */
export interface FormatStatus {
  /** The code exactly ("5.7.1"), or with `detail` the class and subject ("5.7."). */
  readonly code: string;
  /** The range of detail numbers, both ends included, under `code`. */
  readonly detail?: readonly [number, number];
  readonly reason: Reason;
  /**
   * The format's guess rather than its verdict: the server's specific words still decide first
   * (a network or expiry code, or an address code whose words may say more).
   */
  readonly guess?: boolean;
}

export interface FormatStatusRule {
  readonly formats: readonly ReporterName[];
  readonly codes: readonly FormatStatus[];
}

export const formatStatusRules: readonly FormatStatusRule[] = [
  {
    // Microsoft 365 / Exchange Online NDRs ("Remote Server returned '550 5.7.606 Access denied, banned
    // sending IP [192.0.2.1]'"): Microsoft documents each of its enhanced codes with one cause.
    formats: ['Office365'],
    codes: [
      // 4.4.7 / 4.4.316 / 5.4.316 Message expired (the retries ran out)
      { code: '4.4.7', reason: 'expired', guess: true },
      { code: '4.4.316', reason: 'expired', guess: true },
      { code: '5.4.316', reason: 'expired', guess: true },
      // 4.4.312 / 5.4.312 DNS query failed / 5.4.6 Routing loop detected
      { code: '4.4.312', reason: 'networkerror', guess: true },
      { code: '5.4.312', reason: 'networkerror', guess: true },
      { code: '5.4.6', reason: 'networkerror', guess: true },
      // 5.7.25 ... the sending IP has no PTR record: Microsoft counts it a DNS failure
      { code: '5.7.25', reason: 'networkerror', guess: true },
      // 5.1.10 RESOLVER.ADR.RecipientNotFound
      { code: '5.1.10', reason: 'userunknown', guess: true },
      // 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM
      { code: '5.7.57', reason: 'securityerror', guess: true },
      // 4.7.26 / 5.7.509 Access denied, sending domain does not pass DMARC verification
      { code: '4.7.26', reason: 'authfailure' },
      { code: '5.7.509', reason: 'authfailure' },
      // 4.7.500-699, 4.7.850-899 Server busy / access denied for the sending IP, try again later
      { code: '4.7.', detail: [500, 699], reason: 'blocked' },
      { code: '4.7.', detail: [850, 899], reason: 'blocked' },
      // 5.0.350 Generic error from the remote server / 5.6.11 Bare line feeds: the message itself
      { code: '5.0.350', reason: 'contenterror' },
      { code: '5.6.11', reason: 'contenterror' },
      // 5.4.1 Relay access denied. Microsoft also answers an unknown recipient of a directory-checked
      // domain "550 5.4.1 Recipient address rejected: Access denied": specific words still decide.
      { code: '5.4.1', reason: 'norelaying', guess: true },
      // 5.7.1 Delivery not authorized, message refused: the sender refused. Said of much else too
      // ("5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus"), so specific words decide first.
      { code: '5.7.1', reason: 'rejected', guess: true },
      // 5.7.12 Sender was not authenticated by organization / 5.7.13-136, 5.7.124 Sender not in the
      // allowed-senders list / 5.7.511 Access denied, banned sender: the sender refused
      { code: '5.7.12', reason: 'rejected' },
      { code: '5.7.13', reason: 'rejected' },
      { code: '5.7.124', reason: 'rejected' },
      { code: '5.7.', detail: [133, 136], reason: 'rejected' },
      { code: '5.7.511', reason: 'rejected' },
      // 5.7.23 The message was rejected because of Sender Policy Framework violation
      { code: '5.7.23', reason: 'blocked' },
      // 5.7.501-503 Access denied, spam abuse detected
      { code: '5.7.', detail: [501, 503], reason: 'spamdetected' },
      // 5.7.504-505 Recipient address rejected: Access denied
      { code: '5.7.', detail: [504, 505], reason: 'filtered' },
      // 5.7.506-507 Access denied, [HELO/EHLO] or IP blocked; 5.7.606-649 Access denied, banned sending IP
      { code: '5.7.', detail: [506, 507], reason: 'blocked' },
      { code: '5.7.', detail: [606, 649], reason: 'blocked' },
      // 5.7.508 Access denied, too many recipients / 5.7.700-749 Access denied, tenant has exceeded threshold
      { code: '5.7.508', reason: 'toomanyconn' },
      { code: '5.7.', detail: [700, 749], reason: 'toomanyconn' },
      // 5.7.510 Access denied, example.com does not accept email over IPv6
      { code: '5.7.510', reason: 'notaccept' },
      // 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant
      { code: '5.7.512', reason: 'policyviolation' },
    ],
  },
];

/** A rule table's entries under each format they name, in table order: built once, at import. */
function indexByFormat<T>(rules: readonly (readonly [readonly ReporterName[], readonly T[]])[]): ReadonlyMap<ReporterName, readonly T[]> {
  const out = new Map<ReporterName, T[]>();
  for (const [formats, entries] of rules) for (const f of formats) out.set(f, [...(out.get(f) ?? []), ...entries]);
  return out;
}

const statusByFormat: ReadonlyMap<ReporterName, readonly FormatStatus[]> = indexByFormat(formatStatusRules.map((r) => [r.formats, r.codes]));

/** The format's own reading of `status`, or null. */
export function matchFormatStatus(reporter: ReporterName | undefined, status: string): FormatStatus | null {
  const list = reporter && status ? statusByFormat.get(reporter) : undefined;
  if (!list) return null;
  for (const c of list) {
    if (!c.detail) {
      if (c.code === status) return c;
      continue;
    }
    if (!status.startsWith(c.code)) continue;
    const rest = status.slice(c.code.length);
    if (!/^\d{1,3}$/.test(rest)) continue;
    const n = Number(rest);
    if (n >= c.detail[0] && n <= c.detail[1]) return c;
  }
  return null;
}

/**
 * PowerMTA's DSN carries its own verdict per recipient ("X-PowerMTA-BounceCategory: bad-mailbox"),
 * computed from its bounce-category rules: for a reporter to pass as the recipient's `hint`.
 */
export const powerMtaCategoryReason: Readonly<Record<string, Reason>> = {
  'bad-domain': 'hostunknown',
  'bad-mailbox': 'userunknown',
  'inactive-mailbox': 'suspend',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'policy-related': 'policyviolation',
  'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
};

/**
 * Sentences a format writes for its own cause, whatever the remote server answered: the reporter
 * passes the reason as the recipient's `hint`, which decides (rules/decide.ts). Each `phrase` is
 * a lowercase substring, or a regex read against the lowercased text the reporter hands over.
 */
export interface FormatHint {
  readonly phrase: string | RegExp;
  readonly reason: Reason;
}

export const formatHints = {
  // Exim, a message given up after its retry period: "retry timeout exceeded"; "all hosts for
  // 'example.org' have been failing for a long time (and retry time not reached)"; "retry time
  // not reached for any host after a long failure period".
  Exim: [
    { phrase: 'retry timeout exceeded', reason: 'expired' },
    { phrase: 'have been failing for a long time', reason: 'expired' },
    { phrase: 'retry time not reached for any host after a long failure period', reason: 'expired' },
  ],
  // X2 relays qmail's words for a message given up after its queue lifetime: "I'm not going to
  // try again; this message has been in the queue too long."
  X2: [{ phrase: 'in the queue too long', reason: 'expired' }],
  // IMail Server, the lead of a recipient it gave up on: "Delivery failed 3 attempts: a@b".
  IMailServer: [{ phrase: /delivery failed \d+ attempts/, reason: 'expired' }],
  // X3: "Delevery to the following recipients was aborted after 2.0 hour(s):"
  X3: [{ phrase: /recipients was aborted after [\d.]{1,8} (?:hour|day)/, reason: 'expired' }],
  // DragonFly Mail Agent: "Could not deliver for the last 432000 seconds. Giving up."
  DragonFly: [{ phrase: /could not deliver for the last \d+ seconds/, reason: 'expired' }],
  // fml refuses posts from non-members ("You <a@b> are not a member of this mailing list"), and
  // drops a message it has already seen, a loop ("Duplicated Message-ID").
  // Its other refusals and loop warnings, in the first sentence or the Subject (fml 4's messages, as
  // Sisimai 4.25 Lhost/FML.pm lists them): "NOT MEMBER article from a@b", "reject mail from a@b",
  // "reject since ... header may cause mail loop", "reject spammers:", "Spam mail from a spammer is
  // rejected"; "fml ... has detected a loop condition so that", "Loop Alert:", "Loop Back Warning:",
  // "WARNING: UNIX FROM Loop", "fml system error message"; "Security Alert:".
  FML: [
    { phrase: 'not a member', reason: 'rejected' },
    { phrase: 'not member article from', reason: 'rejected' },
    { phrase: /\bare not member\b/, reason: 'rejected' },
    { phrase: /\breject mail (?:from )?\S{0,256}@/, reason: 'rejected' },
    { phrase: /\breject since .{1,200} header may cause mail loop/, reason: 'rejected' },
    { phrase: 'reject spammers:', reason: 'rejected' },
    { phrase: 'spam mail from a spammer is rejected', reason: 'rejected' },
    { phrase: 'duplicated message-id', reason: 'systemerror' },
    { phrase: /\bfml .{1,200} has detected a loop condition/, reason: 'systemerror' },
    { phrase: 'loop alert:', reason: 'systemerror' },
    { phrase: 'loop back warning:', reason: 'systemerror' },
    { phrase: 'unix from loop', reason: 'systemerror' },
    { phrase: 'fml system error message', reason: 'systemerror' },
    { phrase: 'security alert', reason: 'securityerror' },
  ],
} as const satisfies Readonly<Record<string, readonly FormatHint[]>>;

// formatHints' keys are format names. Its type cannot name ReporterName itself (the reporters that
// call formatHint make up that type), so the check stands apart: a key no format has fails here.
type HintFormatsNotReporters = Exclude<keyof typeof formatHints, ReporterName>;
export const hintKeysAreFormats: [HintFormatsNotReporters] extends [never] ? true : HintFormatsNotReporters = true;

/** The reason the format's own sentence in `text` states, or undefined. */
export function formatHint(format: keyof typeof formatHints, text: string): Reason | undefined {
  const lower = text.toLowerCase();
  for (const h of formatHints[format] as readonly FormatHint[]) {
    if (typeof h.phrase === 'string' ? lower.includes(h.phrase) : h.phrase.test(lower)) return h.reason;
  }
  return undefined;
}

/** True when every piece occurs in `folded`, each after the previous one. */
export function includesInOrder(folded: string, phrase: string | readonly string[]): boolean {
  if (typeof phrase === 'string') return folded.includes(phrase);
  let at = 0;
  for (const piece of phrase) {
    const i = folded.indexOf(piece, at);
    if (i < 0) return false;
    at = i + piece.length;
  }
  return true;
}

const byFormat: ReadonlyMap<ReporterName, readonly FormatWords[]> = indexByFormat(formatRules.map((r) => [r.formats, r.words]));

/** The first entry of the format's table whose phrase occurs in `folded`, or null. */
export function matchFormat(reporter: ReporterName | undefined, folded: string, exactStatus = false): FormatWords | null {
  const list = reporter ? byFormat.get(reporter) : undefined;
  if (!list || !folded) return null;
  for (const w of list) {
    if (w.yieldsToStatus && exactStatus) continue;
    if (includesInOrder(folded, w.phrase)) return w;
  }
  return null;
}

/** The phrase as one string, for evidence. */
export function phraseText(phrase: string | readonly string[]): string {
  return typeof phrase === 'string' ? phrase : phrase.join('…');
}
