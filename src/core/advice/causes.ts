/**
 * The specific cause behind a category, read from the server's own words and the status code:
 * which authentication check failed, which blocklist names the sender, whether "quota" means a
 * full mailbox or an oversized message. The category says what kind of problem it is; the cause
 * lets the advice say exactly what to fix.
 *
 * Everything here is data: phrase rows (lowercase substrings, the server's verbatim line above
 * each), status rows, the blocklist table and the typo table. `detectCauses` walks them.
 * Bounce text is hostile input: matching is substring search over a bounded slice, and the few
 * regular expressions are linear (no nested quantifiers).
 */
import type { Category } from '../types.js';

/**
 * Every cause, in the order the advice names them. Within a group (`causeInfo`'s `group`) the
 * earlier cause wins, except in the groups of `keepAll`, and a cause yields to those listed in
 * `suppressedBy`. This orders the causes of one recipient only: which reason the recipient has
 * was decided before, by rules/decide.ts (`evidenceOrder`) and rules/precedence.ts.
 */
export const causeIds = [
  // A mistyped address explains everything that follows from it.
  'typo-domain',
  // auth: the receiving side checked who may send for your domain (all that match are kept)
  'dmarc',
  'spf',
  'dkim',
  'ptr',
  // sender: the sender as such was refused
  'sender-not-verified',
  'smtp-auth',
  'sender-domain',
  'group-permission',
  'auth',
  // listing: reputation of the sending IP/domain, or the content judged as spam
  'listed-link',
  'blocklist',
  'dynamic-ip',
  'reputation',
  'spam-content',
  // volume: how much, how fast
  'too-many-recipients',
  'rate-limit',
  'greylisting',
  // size: a full mailbox is not an oversized message
  'mailbox-full',
  'message-too-large',
  'system-full',
  // network: what stood between the two servers
  'nxdomain',
  'null-mx',
  // a lookup that failed for now says less than NXDOMAIN, more than "a DNS error"
  'dns-temporary',
  'dns-error',
  'loop',
  'tls',
  'refused',
  'timeout',
  'unreachable',
  'lost-connection',
  // mailbox: disabled is not moved; an unknown user under another category's name
  'moved',
  'disabled',
  'unknown-user',
  // content
  'virus',
  'attachment',
  'malformed',
] as const;
export type CauseId = (typeof causeIds)[number];

/** A cause found, with the parameters its sentences can name (all optional). */
export interface Cause {
  readonly id: CauseId;
  /** `list`, `site`, `ip`, `domain`, `suggestion`: whatever the evidence gave; absent when it did not. */
  readonly params: Readonly<Partial<Record<CauseParam, string>>>;
}
export type CauseParam = 'list' | 'site' | 'ip' | 'domain' | 'suggestion' | 'expires' | 'type' | 'size' | 'limit' | 'attach';

// Which categories a cause may explain. Scoping keeps advice honest: a spam-filter reply that
// merely *suggests* setting up SPF ("Set up SPF records", Google Groups) must not be read as an
// SPF failure, and "quota" in a policy notice about sending volume is not a full mailbox.
const senderSide = ['invalid-sender', 'policy-related', 'relaying-issues', 'other'] as const;
const listing = ['spam-related', 'policy-related', 'invalid-sender', 'bad-connection', 'content-related', 'other'] as const;
// "To best protect our users from spam" closes many authentication rejections: only where the
// category is about content may "spam" mean the content was judged.
const judged = ['spam-related', 'policy-related', 'content-related', 'other'] as const;
const volume = ['policy-related', 'bad-connection', 'spam-related', 'message-expired', 'no-answer-from-host', 'protocol-errors', 'other'] as const;
// Not policy-related: there "quota" is a sending quota, a volume limit.
const size = ['quota-issues', 'content-related', 'bad-configuration', 'other'] as const;
const network = ['no-answer-from-host', 'bad-connection', 'routing-errors', 'message-expired', 'bad-domain', 'bad-configuration', 'other'] as const;
const mailbox = ['inactive-mailbox', 'bad-mailbox'] as const;
// Filters that refuse a recipient often say only "User unknown" (Sisimai's `filtered`): there the
// words, not the category, tell the sender what to do.
// Wording that says no such user also turns up under a fault or an expiry; wherever it does, the
// advice must not say "the problem is not the address".
const filtered = ['policy-related', 'other', 'bad-configuration', 'message-expired', 'protocol-errors', 'routing-errors'] as const;
const content = ['content-related', 'virus-related', 'policy-related', 'spam-related', 'protocol-errors', 'other'] as const;
const address = ['bad-domain', 'routing-errors', 'no-answer-from-host', 'bad-mailbox', 'message-expired'] as const;

type Group = 'auth' | 'sender' | 'listing' | 'volume' | 'size' | 'network' | 'mailbox' | 'content' | 'address';

/** Per cause: its group and the categories it may explain. */
export const causeInfo = {
  dmarc: { group: 'auth', scope: senderSide },
  spf: { group: 'auth', scope: senderSide },
  dkim: { group: 'auth', scope: senderSide },
  // Some receivers file a missing PTR under spam or connection trouble; the advice is the same.
  ptr: { group: 'auth', scope: [...senderSide, 'spam-related', 'bad-connection', 'bad-configuration'] },
  'sender-not-verified': { group: 'sender', scope: senderSide },
  'smtp-auth': { group: 'sender', scope: senderSide },
  'sender-domain': { group: 'sender', scope: senderSide },
  'group-permission': { group: 'sender', scope: [...senderSide, 'bad-mailbox'] },
  auth: { group: 'sender', scope: senderSide },
  'listed-link': { group: 'listing', scope: listing },
  blocklist: { group: 'listing', scope: listing },
  'dynamic-ip': { group: 'listing', scope: listing },
  reputation: { group: 'listing', scope: listing },
  'spam-content': { group: 'listing', scope: judged },
  'too-many-recipients': { group: 'volume', scope: volume },
  'rate-limit': { group: 'volume', scope: volume },
  greylisting: { group: 'volume', scope: volume },
  'mailbox-full': { group: 'size', scope: size },
  'message-too-large': { group: 'size', scope: size },
  'system-full': { group: 'size', scope: size },
  nxdomain: { group: 'network', scope: network },
  'null-mx': { group: 'network', scope: network },
  'dns-temporary': { group: 'network', scope: network },
  'dns-error': { group: 'network', scope: network },
  loop: { group: 'network', scope: network },
  tls: { group: 'network', scope: network },
  refused: { group: 'network', scope: network },
  timeout: { group: 'network', scope: network },
  unreachable: { group: 'network', scope: network },
  'lost-connection': { group: 'network', scope: network },
  moved: { group: 'mailbox', scope: mailbox },
  disabled: { group: 'mailbox', scope: mailbox },
  'unknown-user': { group: 'mailbox', scope: filtered },
  virus: { group: 'content', scope: content },
  attachment: { group: 'content', scope: content },
  malformed: { group: 'content', scope: content },
  'typo-domain': { group: 'address', scope: address },
} as const satisfies Record<CauseId, { group: Group; scope: readonly Category[] }>;

/**
 * Groups whose causes can all be true at once keep every match (SPF and DKIM both failing is
 * common, and both need fixing); the others keep the first cause in `causeIds` order, because
 * the notice has one real reason and the advice should not contradict itself.
 */
const keepAll: ReadonlySet<Group> = new Set<Group>(['auth']);

/** A generic cause that says less than a specific one found beside it is dropped. */
const suppressedBy: Partial<Record<CauseId, readonly CauseId[]>> = {
  // "unauthenticated" adds nothing once the reply has named the failed check.
  auth: ['dmarc', 'spf', 'dkim'],
  // "Headers too large" is about the headers, not the size of the message.
  'message-too-large': ['malformed'],
  // "servers without a valid sender domain. Fix reverse DNS": the domain meant is the PTR name.
  'sender-domain': ['ptr'],
  // "often temporary" would contradict "you mistyped the domain".
  'dns-error': ['typo-domain'],
  'dns-temporary': ['typo-domain'],
  // "Check the domain; if it is right, it may have expired" would argue with "correct it to gmail.com".
  nxdomain: ['typo-domain'],
  // A banned file type is about the attachment, not spam wording (amavis's BANNED beside SPAM).
  'spam-content': ['attachment'],
};

/** One phrase row: a lowercase substring of the server's words that shows a cause. */
interface PhraseRule {
  readonly cause: CauseId;
  readonly phrase: string;
  /** Require a non-letter/digit on both sides (for short tokens like `rbl`). */
  readonly word?: boolean;
  /** A second substring the words must also hold ("doesn't have a" … "account"). */
  readonly also?: string;
  /** The row does not count when the words hold one of these ("Host not found, try again" is not NXDOMAIN). */
  readonly unless?: readonly string[];
}

/** Words that make a recipient count a sending limit over time, not the recipients of one message. */
const sendingPeriods = ['this hour', 'per hour', 'per day', 'today', 'daily', 'hourly'] as const;

/** Phrase rows, the server's verbatim words above each. */
export const phraseRules: readonly PhraseRule[] = [
  // 550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy. (gmail.com)
  // 554 5.7.1 Your message was rejected due to example.org's DMARC policy. (icloud.com)
  { cause: 'dmarc', phrase: 'dmarc' },
  // 550-5.7.26 The MAIL FROM domain [mail4.example.com] has an SPF record with a hard fail policy (-all) (gmail.com)
  // 550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. (GoDaddy)
  // 550 Bad SPF records for [example.org:192.0.2.2], see http://spf.pobox.com/ (Exim)
  { cause: 'spf', phrase: 'spf' },
  { cause: 'spf', phrase: 'sender policy framework' },
  // 550-5.7.26 Authentication results: DKIM = did not pass (gmail.com)
  { cause: 'dkim', phrase: 'dkim' },
  { cause: 'dkim', phrase: 'domainkeys' },
  // 550 5.7.1 Connections not accepted from servers without a valid sender domain. Fix reverse DNS for 203.0.113.2
  // 554 5.7.1 [C14] Missing reverse DNS for 203.0.113.2
  { cause: 'ptr', phrase: 'reverse dns' },
  { cause: 'ptr', phrase: 'reverse-dns' },
  { cause: 'ptr', phrase: 'reverse lookup' },
  { cause: 'ptr', phrase: 'reverse mapping' },
  // 450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.7] (Postfix reject_unknown_reverse_client_hostname)
  // 450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.7] (Postfix reject_unknown_client_hostname)
  { cause: 'ptr', phrase: 'reverse hostname' },
  { cause: 'ptr', phrase: 'cannot find your hostname' },
  // 550-5.7.25 [192.0.2.202] The IP address sending this message does not have a PTR record setup (gmail.com)
  // 571 No PTR Record found. Reverse DNS required: 203.0.113.22
  // 554-Bad DNS PTR resource record. For explanation visit http://postmaster.gmx.com/...&c=rdns (gmx.com)
  { cause: 'ptr', phrase: 'ptr record' },
  { cause: 'ptr', phrase: 'ptr resource record' },
  { cause: 'ptr', phrase: 'no ptr' },
  { cause: 'ptr', phrase: 'rdns', word: true },

  // 554 Message rejected: Email address is not verified. The following identities failed the check (Amazon SES)
  { cause: 'sender-not-verified', phrase: 'address is not verified' },
  { cause: 'sender-not-verified', phrase: 'identities failed the check' },
  // 550 Unauthenticated senders not allowed
  { cause: 'smtp-auth', phrase: 'unauthenticated senders' },
  // 530 5.7.0 Authentication required / 530 5.7.1 Client was not authenticated
  { cause: 'smtp-auth', phrase: 'authentication required' },
  { cause: 'smtp-auth', phrase: 'authentication is required' },
  { cause: 'smtp-auth', phrase: 'client was not authenticated' },
  { cause: 'smtp-auth', phrase: 'must authenticate' },
  { cause: 'smtp-auth', phrase: 'please authenticate' },
  // 550 Please turn on SMTP Authentication in your mail client. (Exim, cPanel)
  { cause: 'smtp-auth', phrase: 'smtp authentication' },
  // 553 5.1.8 <httpd@host1.mx.example.jp>... Domain of sender address httpd@host1.mx.example.jp does not exist
  { cause: 'sender-domain', phrase: 'domain of sender address' },
  { cause: 'sender-domain', phrase: 'sender domain' },
  { cause: 'sender-domain', phrase: "sender's domain" },
  { cause: 'sender-domain', phrase: 'sender address domain' },
  // The group you tried to contact may not exist, or you may not have permission to post messages to the group. (Google Groups)
  { cause: 'group-permission', phrase: 'permission to post' },
  { cause: 'group-permission', phrase: 'not allowed to post' },
  { cause: 'group-permission', phrase: 'members only' },
  { cause: 'group-permission', phrase: 'only accepts messages from members' },
  // 550-5.7.26 This mail has been blocked because the sender is unauthenticated. (gmail.com)
  // 550-5.7.1 This message does not have authentication information or fails to pass authentication checks (gmail.com)
  { cause: 'auth', phrase: 'unauthenticated' },
  { cause: 'auth', phrase: 'authentication information' },
  { cause: 'auth', phrase: 'authentication checks' },

  // Named blocklists are found through the `blocklists` table below; these rows catch the rest.
  // 550-REJECTED - Blacklisted URL in message. (example.com) in [black]. 550-See http://lookup.uribl.com.
  { cause: 'listed-link', phrase: 'blacklisted url' },
  { cause: 'listed-link', phrase: 'blocklisted url' },
  { cause: 'listed-link', phrase: 'blacklisted domain in' },
  // 554 5.7.1 ... Client host rejected: blocked using mail.neko.example.com; Please see http://...
  { cause: 'blocklist', phrase: 'blocked using' },
  // 550 5.7.1 IP address blacklisted by recipient
  { cause: 'blocklist', phrase: 'blacklist' },
  { cause: 'blocklist', phrase: 'blocklist' },
  { cause: 'blocklist', phrase: 'block list' },
  { cause: 'blocklist', phrase: 'black list' },
  { cause: 'blocklist', phrase: 'blocklisted' },
  { cause: 'blocklist', phrase: 'dnsbl' },
  // 550 5.1.0 <bounce@mailer.example.com> sender rejected. ... AUP#CDRBL (cox.net)
  { cause: 'blocklist', phrase: 'rbl', word: true },
  { cause: 'blocklist', phrase: 'cdrbl' },
  // 550 5.7.0 <shironeko@example.jp>... Please use the smtp server of your ISP.
  { cause: 'dynamic-ip', phrase: 'smtp server of your isp' },
  { cause: 'dynamic-ip', phrase: "your isp's" },
  { cause: 'dynamic-ip', phrase: 'dynamic ip' },
  { cause: 'dynamic-ip', phrase: 'dynamic address' },
  { cause: 'dynamic-ip', phrase: 'dynamically assigned' },
  { cause: 'dynamic-ip', phrase: 'dial-up' },
  { cause: 'dynamic-ip', phrase: 'dialup' },
  { cause: 'dynamic-ip', phrase: 'residential' },
  // 550 5.7.1 Client host rejected: network not allowed
  { cause: 'dynamic-ip', phrase: 'network not allowed' },
  { cause: 'dynamic-ip', phrase: 'network is not allowed' },
  // 550-5.7.1 ... likely suspicious due to the very low reputation of the sending IP address (gmail.com)
  // 451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. (outlook.com)
  { cause: 'reputation', phrase: 'reputation' },
  // 554 5.6.0 This message has been scored as spam with a probability of more than 90%
  // 550 5.7.1 Message content rejected, UBE, id=00000-22-225 (Barracuda)
  // 554 5.7.0 Reject, id=20025-09 - SPAM (amavis)
  { cause: 'spam-content', phrase: 'spam' },
  { cause: 'spam-content', phrase: 'ube', word: true },
  { cause: 'spam-content', phrase: 'junk mail' },
  { cause: 'spam-content', phrase: 'bulk mail' },

  // 552 Too many recipients
  // (not "550 5.4.5 Daily user sending quota exceeded" nor "has sent to too many recipients this
  // hour": a sending limit over time, below, is no reason to split one message)
  { cause: 'too-many-recipients', phrase: 'too many recipients', unless: sendingPeriods },
  { cause: 'too-many-recipients', phrase: 'too many rcpt', unless: sendingPeriods },
  // 421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints (Yahoo)
  // 550 Ip frequency limited [...] (qq.com)
  { cause: 'rate-limit', phrase: 'rate limit' },
  { cause: 'rate-limit', phrase: 'rate-limit' },
  { cause: 'rate-limit', phrase: 'ratelimit' },
  { cause: 'rate-limit', phrase: 'frequency limited' },
  { cause: 'rate-limit', phrase: 'unexpected volume' },
  { cause: 'rate-limit', phrase: 'too many messages' },
  { cause: 'rate-limit', phrase: 'too many connections' },
  { cause: 'rate-limit', phrase: 'too many emails' },
  { cause: 'rate-limit', phrase: 'sending limit' },
  { cause: 'rate-limit', phrase: 'throttl' },
  // 550 5.7.1 Message rejected: user has sent to too many recipients this hour
  // 550 5.4.5 Daily user sending quota exceeded (gmail.com, to its own users)
  { cause: 'rate-limit', phrase: 'recipients this hour' },
  { cause: 'rate-limit', phrase: 'recipients per hour' },
  { cause: 'rate-limit', phrase: 'recipients per day' },
  { cause: 'rate-limit', phrase: 'recipients today' },
  { cause: 'rate-limit', phrase: 'sending quota' },
  { cause: 'rate-limit', phrase: 'hourly limit' },
  { cause: 'rate-limit', phrase: 'daily limit' },
  // 450 4.2.0 <x@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/...
  { cause: 'greylisting', phrase: 'greylist' },
  { cause: 'greylisting', phrase: 'graylist' },
  { cause: 'greylisting', phrase: 'grey-list' },
  { cause: 'greylisting', phrase: 'gray-list' },

  // 550 5.2.2 <kijitora@example.co.jp>... Mailbox Full (aol.com)
  // 552-5.2.2 The recipient's inbox is out of storage space and inactive. (gmail.com)
  // 552 5.2.2 <x@icloud.com>: user is over quota
  // x-unix; /var/email/kijitora/Maildir/tmp/...: Disk quota exceeded
  { cause: 'mailbox-full', phrase: 'mailbox full' },
  { cause: 'mailbox-full', phrase: 'mailbox is full' },
  { cause: 'mailbox-full', phrase: 'mailbox size' },
  { cause: 'mailbox-full', phrase: 'inbox is full' },
  { cause: 'mailbox-full', phrase: 'quota' },
  { cause: 'mailbox-full', phrase: 'out of storage' },
  { cause: 'mailbox-full', phrase: 'storage space' },
  { cause: 'mailbox-full', phrase: 'insufficient storage' },
  // 550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient (Exchange)
  // 552 5.2.3 Message length exceeds limit set by recipient
  // Mail size limit exceeded. (1&1)
  { cause: 'message-too-large', phrase: 'too large' },
  { cause: 'message-too-large', phrase: 'too big' },
  { cause: 'message-too-large', phrase: 'size limit' },
  { cause: 'message-too-large', phrase: 'sizelimit' },
  { cause: 'message-too-large', phrase: 'message size' },
  { cause: 'message-too-large', phrase: 'message length exceeds' },
  { cause: 'message-too-large', phrase: 'maximum size' },
  // 452 4.4.5 Insufficient disk space; try again later
  { cause: 'system-full', phrase: 'insufficient disk space' },
  { cause: 'system-full', phrase: 'insufficient system storage' },
  { cause: 'system-full', phrase: 'no space left' },
  { cause: 'system-full', phrase: 'mail system full' },

  // DNS Error: ... DNS type 'mx' lookup of example.comn responded with code NXDOMAIN Domain name not found (gmail.com)
  { cause: 'nxdomain', phrase: 'nxdomain' },
  // Postfix says "Host not found" for NXDOMAIN and "Host not found, try again" for a lookup that
  // failed for now (SERVFAIL, a timeout): only the first says the domain does not exist.
  { cause: 'nxdomain', phrase: 'domain name not found', unless: ['try again'] },
  { cause: 'nxdomain', phrase: 'host not found', unless: ['try again'] },
  { cause: 'nxdomain', phrase: 'host or domain name not found', unless: ['try again'] },
  { cause: 'nxdomain', phrase: 'no such domain' },
  { cause: 'nxdomain', phrase: 'domain does not exist' },
  { cause: 'nxdomain', phrase: 'domain not found' },
  // 556 5.1.10 Recipient address has null MX (RFC 7505)
  // Domain example.com does not accept mail (nullMX) (Postfix)
  { cause: 'null-mx', phrase: 'null mx' },
  { cause: 'null-mx', phrase: 'nullmx' },
  { cause: 'null-mx', phrase: 'domain does not accept mail' },
  // Name service error for name=example.org type=MX: Malformed or unexpected name server reply (Postfix)
  // 550 5.4.312 Message expired, DNS query failed (Office 365)
  { cause: 'dns-error', phrase: 'name service error' },
  { cause: 'dns-error', phrase: 'dns query failed' },
  { cause: 'dns-error', phrase: 'dns error' },
  { cause: 'dns-error', phrase: 'dns lookup' },
  // Name service error for name=example.org type=MX: Host not found, try again (Postfix, SERVFAIL)
  { cause: 'dns-temporary', phrase: 'servfail' },
  { cause: 'dns-temporary', phrase: 'not found, try again' },
  { cause: 'dns-temporary', phrase: 'temporary failure in name resolution' },
  { cause: 'dns-temporary', phrase: 'dns temporary failure' },
  { cause: 'dns-temporary', phrase: 'temporary dns' },
  { cause: 'dns-error', phrase: 'no relevant answers' },
  // Error transferring to neko22.example.org; Maximum hop count exceeded. Message probably in a routing loop. (Domino)
  { cause: 'loop', phrase: 'routing loop' },
  { cause: 'loop', phrase: 'mail loop' },
  { cause: 'loop', phrase: 'hop count' },
  { cause: 'loop', phrase: 'too many hops' },
  { cause: 'loop', phrase: 'loops back' },
  // 530 5.7.0 Must issue a STARTTLS command first
  { cause: 'tls', phrase: 'starttls' },
  { cause: 'tls', phrase: 'tls handshake' },
  { cause: 'tls', phrase: 'tls negotiation' },
  { cause: 'tls', phrase: 'tls is required' },
  { cause: 'tls', phrase: 'tls required' },
  { cause: 'tls', phrase: 'certificate verif' },
  // connect to example.com[192.0.2.1]:25: Connection refused (Postfix)
  // host mfsmax.example.net[203.0.113.127] refused to talk to me: 421 Service not available (Postfix)
  { cause: 'refused', phrase: 'connection refused' },
  { cause: 'refused', phrase: 'refused to talk' },
  { cause: 'refused', phrase: 'not accepting connections' },
  { cause: 'refused', phrase: 'service not available' },
  { cause: 'refused', phrase: 'service unavailable' },
  // The recipient server did not accept our requests to connect. (gmail.com)
  { cause: 'refused', phrase: 'did not accept our requests to connect' },
  // connect to example.org[203.0.113.225]:25: Connection timed out (Postfix)
  // The recipient server did not accept our requests to connect. [nora.nyaan.jp 192.0.2.222: timed out] (gmail.com)
  { cause: 'timeout', phrase: 'timed out' },
  { cause: 'timeout', phrase: 'timeout' },
  // Status: Error, Address: <x@example.co.jp>, ResponseCode 421, , Host not reachable. (Zoho)
  // Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) (qmail)
  { cause: 'unreachable', phrase: 'not reachable' },
  { cause: 'unreachable', phrase: 'unreachable' },
  { cause: 'unreachable', phrase: 'no route to host' },
  { cause: 'unreachable', phrase: 'unable to connect' },
  { cause: 'unreachable', phrase: 'could not connect' },
  { cause: 'unreachable', phrase: 'establish an smtp connection' },
  // lost connection with mx2.qq.com[184.105.206.86] while performing the HELO handshake (Postfix)
  { cause: 'lost-connection', phrase: 'lost connection' },
  { cause: 'lost-connection', phrase: 'connection reset' },
  { cause: 'lost-connection', phrase: 'connection closed' },
  { cause: 'lost-connection', phrase: 'broken pipe' },

  // 550 5.1.6 recipient no longer on server: kijitora@example.go.jp (icloud.com)
  // 551 not our customer
  { cause: 'moved', phrase: 'no longer on server' },
  { cause: 'moved', phrase: 'has moved' },
  { cause: 'moved', phrase: 'not our customer' },
  { cause: 'moved', phrase: 'not our user' },
  // 550-5.2.1 The email account that you tried to reach is disabled. (gmail.com)
  // 550 Mailbox is frozen. (i.ua)
  // 550 ... User kijitora@example.com temporary locked.
  { cause: 'disabled', phrase: 'disabled' },
  { cause: 'disabled', phrase: 'suspended' },
  { cause: 'disabled', phrase: 'deactivated' },
  { cause: 'disabled', phrase: 'inactive' },
  { cause: 'disabled', phrase: 'frozen' },
  { cause: 'disabled', phrase: 'locked', word: true },
  { cause: 'disabled', phrase: 'discontinued' },
  // 550 5.2.1 <filtered@example.jp>... User Unknown / 550 Unknown user kijitora@example.jp
  // 550 kijitora@example.org... No such user
  { cause: 'unknown-user', phrase: 'user unknown' },
  { cause: 'unknown-user', phrase: 'unknown user' },
  { cause: 'unknown-user', phrase: 'no such user' },
  { cause: 'unknown-user', phrase: 'unknown recipient' },
  // 550 5.1.1 Mailbox does not exist / 550 Requested action not taken: mailbox unavailable (no such mailbox)
  { cause: 'unknown-user', phrase: 'mailbox does not exist' },
  { cause: 'unknown-user', phrase: 'no such mailbox' },
  { cause: 'unknown-user', phrase: 'recipient does not exist' },
  // 554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] (yahoo.com)
  { cause: 'unknown-user', phrase: "user doesn't have a", also: 'account' },
  { cause: 'unknown-user', phrase: 'user does not have a', also: 'account' },
  // 550-5.1.1 The email account that you tried to reach does not exist. (gmail.com)
  { cause: 'unknown-user', phrase: 'account that you tried to reach does not exist' },
  // 550 5.2.1 This mailbox no longer accepts mail
  { cause: 'unknown-user', phrase: 'no longer accepts mail' },

  // 550 5.7.0 <x@example.net>: Recipient address rejected: Virus detected.
  { cause: 'virus', phrase: 'virus' },
  { cause: 'virus', phrase: 'malware' },
  { cause: 'virus', phrase: 'infected' },
  { cause: 'virus', phrase: 'trojan' },
  // 552 5.7.0 This message was blocked because its content presents a potential security issue. ... attachment (gmail.com)
  { cause: 'attachment', phrase: 'attachment' },
  { cause: 'attachment', phrase: 'file type' },
  { cause: 'attachment', phrase: 'file extension' },
  { cause: 'attachment', phrase: 'executable' },
  // 554 5.7.0 Reject, id=12345-06 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,T=exe,N=invoice.exe (amavis)
  { cause: 'attachment', phrase: 'banned:' },
  { cause: 'attachment', phrase: 'banned file' },
  { cause: 'attachment', phrase: 'prohibited file' },
  { cause: 'attachment', phrase: 'forbidden file' },
  // 552 5.6.0 Headers too large (3 max) (sendmail)
  // 554 Transaction failed: Duplicate header 'DKIM-Signature'. (Amazon SES)
  // 550-5.7.1 Messages with multiple addresses in From: header are not accepted (gmail.com)
  { cause: 'malformed', phrase: 'headers too large' },
  { cause: 'malformed', phrase: 'header too large' },
  { cause: 'malformed', phrase: 'duplicate header' },
  { cause: 'malformed', phrase: 'invalid header' },
  { cause: 'malformed', phrase: 'malformed header' },
  { cause: 'malformed', phrase: 'missing header' },
  { cause: 'malformed', phrase: 'multiple addresses in from' },
  { cause: 'malformed', phrase: 'not rfc' },
  { cause: 'malformed', phrase: 'rfc 5322' },
  { cause: 'malformed', phrase: 'rfc5322' },
  { cause: 'malformed', phrase: 'rfc 2822' },
  { cause: 'malformed', phrase: 'rfc2822' },
  { cause: 'malformed', phrase: 'bare lf' },
  { cause: 'malformed', phrase: 'bare linefeed' },
  { cause: 'malformed', phrase: 'line too long' },
];

/**
 * Status rows: the subject.detail of an RFC 3463 code (or a range of a server's own details)
 * that shows a cause on its own. Used only for a group the words left undecided: the words are
 * more specific than the number, and servers reuse numbers loosely (552 5.2.2 for a big message).
 */
interface StatusRule {
  readonly cause: CauseId;
  /** `subject.detail`, e.g. `7.23`. */
  readonly code: string;
  /** Inclusive upper bound of a detail range in the same subject, e.g. `7.649`. */
  readonly through?: string;
  readonly params?: Cause['params'];
  /** Narrower categories than the cause's scope, where the number alone is weaker than the words. */
  readonly only?: readonly Category[];
}

export const statusRules: readonly StatusRule[] = [
  { cause: 'dkim', code: '7.20' }, // No passing DKIM signature found (RFC 7372)
  { cause: 'dkim', code: '7.21' }, // No acceptable DKIM signature found
  { cause: 'dkim', code: '7.22' }, // No valid author-matched DKIM signature found
  { cause: 'spf', code: '7.23' }, // SPF validation failed
  { cause: 'spf', code: '7.24' }, // SPF validation error
  { cause: 'ptr', code: '7.25' }, // Reverse DNS validation failed
  { cause: 'auth', code: '7.26' }, // Multiple authentication checks failed
  { cause: 'auth', code: '7.29' }, // ARC validation failure (RFC 8617)
  { cause: 'sender-domain', code: '1.7' }, // Bad sender's mailbox address syntax
  { cause: 'sender-domain', code: '1.8' }, // Bad sender's system address
  { cause: 'sender-domain', code: '7.27' }, // Sender address has null MX (RFC 7505)
  // 550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit
  // https://sender.office.com/ — Microsoft numbers its block-list rejections 5.7.606 to 5.7.649.
  { cause: 'blocklist', code: '7.606', through: '7.649', params: { list: 'Microsoft', site: 'sender.office.com' } },
  { cause: 'too-many-recipients', code: '5.3' }, // Too many recipients
  { cause: 'rate-limit', code: '7.28' }, // Mail flood detected
  { cause: 'mailbox-full', code: '2.2' }, // Mailbox full
  { cause: 'message-too-large', code: '2.3' }, // Message length exceeds administrative limit
  { cause: 'message-too-large', code: '3.4' }, // Message too big for system
  { cause: 'system-full', code: '3.1' }, // Mail system full
  { cause: 'null-mx', code: '1.10' }, // Recipient address has null MX (RFC 7505)
  { cause: 'loop', code: '4.6' }, // Routing loop detected
  { cause: 'tls', code: '7.10' }, // Encryption needed
  // Many servers answer 550 5.2.1 "User Unknown": for an unknown address the number says nothing.
  { cause: 'moved', code: '1.6', only: ['inactive-mailbox'] }, // Mailbox has moved
  { cause: 'disabled', code: '2.1', only: ['inactive-mailbox'] }, // Mailbox disabled
  { cause: 'disabled', code: '7.13', only: ['inactive-mailbox'] }, // User account disabled (RFC 5248)
];

/** A public blocklist: how its name shows in a reply, and where its owner handles removals. */
interface Blocklist {
  /** The name a person would search for. */
  readonly name: string;
  readonly phrases: readonly string[];
  /** The lookup/removal page, without scheme (shown, never fetched); '' when none is current. */
  readonly site: string;
  /** True when listings lapse by themselves once the spam stops, so no request is needed. */
  readonly expires?: boolean;
  /** A list of domains found in links (URI blocklist), not of sending IP addresses. */
  readonly links?: boolean;
}

/** Checked in order, before the generic blocklist phrases. */
export const blocklists: readonly Blocklist[] = [
  // Before "Spamhaus": its DBL lists domains in links, not senders.
  { name: 'Spamhaus DBL', phrases: ['dbl.spamhaus'], site: 'check.spamhaus.org', links: true },
  // 553 http://www.spamhaus.org/query/bl?ip=192.0.2.222 (GoDaddy)
  { name: 'Spamhaus', phrases: ['spamhaus'], site: 'check.spamhaus.org' },
  // 554 5.7.1 Service unavailable; Client host [192.0.2.49] blocked using cbl.abuseat.org
  // (the CBL is now run by Spamhaus, and its lookup moved there)
  { name: 'Spamhaus CBL', phrases: ['abuseat.org'], site: 'check.spamhaus.org' },
  // 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using b.barracudacentral.org
  { name: 'Barracuda', phrases: ['barracudacentral', 'barracuda reputation'], site: 'barracudacentral.org/lookups' },
  { name: 'SpamCop', phrases: ['spamcop'], site: 'spamcop.net/bl.shtml', expires: true },
  // 521-5.7.1 Service unavailable; client [203.0.113.225] blocked using dnsbl.sorbs.net
  // (SORBS closed in 2024: there is no removal page any more, so no site is given)
  { name: 'SORBS', phrases: ['sorbs'], site: '' },
  { name: 'UCEPROTECT', phrases: ['uceprotect'], site: 'uceprotect.net', expires: true },
  // 550 5.7.606 Access denied, banned sending IP [198.51.100.222]. ... https://sender.office.com/ (outlook.com)
  // 550 5.7.1 ... part of their network is on our block list (S3140) (outlook.com)
  { name: 'Microsoft', phrases: ['banned sending ip', 'sender.office.com', 'on our block list (s3'], site: 'sender.office.com' },
  { name: 'Proofpoint', phrases: ['proofpoint'], site: 'ipcheck.proofpoint.com' },
  // 550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. ... http://csi.cloudmark.com/reset-request/ (orange.fr)
  { name: 'Cloudmark', phrases: ['cloudmark'], site: 'csi.cloudmark.com' },
  { name: 'Mailspike', phrases: ['mailspike'], site: 'mailspike.org' },
  { name: 'PSBL', phrases: ['psbl.surriel', 'psbl.org'], site: 'psbl.org' },
  { name: 'Abusix', phrases: ['abusix'], site: 'lookup.abusix.com' },
  { name: 'SpamRATS', phrases: ['spamrats'], site: 'spamrats.com' },
  { name: 'Invaluement', phrases: ['invaluement'], site: 'invaluement.com' },
  { name: 'SURBL', phrases: ['surbl'], site: 'surbl.org', links: true },
  { name: 'URIBL', phrases: ['uribl'], site: 'uribl.com', links: true },
  { name: 'Trend Micro', phrases: ['trendmicro', 'mail-abuse.com'], site: 'ers.trendmicro.com' },
  { name: 'Cisco Talos', phrases: ['senderbase', 'talosintelligence'], site: 'talosintelligence.com' },
];

/**
 * Domains people mean when they mistype one, checked by one edit (a letter missing, extra,
 * wrong or swapped). Big webmails of the five languages whybounce speaks first. Names shorter
 * than five letters (aol, gmx, web, free …) are only matched exactly: too many real domains
 * sit one letter away from them (gol.com is an ISP, not a slip for aol.com).
 */
export const popularDomains = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'outlook.com', 'live.com', 'yahoo.com', 'icloud.com', 'aol.com',
  'libero.it', 'virgilio.it', 'alice.it', 'tiscali.it', 'fastwebnet.it', 'hotmail.it', 'yahoo.it', 'outlook.it',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'hotmail.fr', 'yahoo.fr',
  'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'yahoo.de', 'hotmail.de',
  'hotmail.es', 'yahoo.es', 'telefonica.net', 'bluewin.ch', 'protonmail.com', 'proton.me',
] as const;

/**
 * Real domains one edit away from a popular one: never call them typos (tin.it is not tim.it).
 */
const realNeighbours: ReadonlySet<string> = new Set([
  'mail.com', 'email.com', 'ymail.com', 'gmx.com', 'gmx.at', 'gmx.ch', 'live.it', 'live.fr', 'live.de', 'tin.it',
  'tim.it', 'msn.com', 'me.com', 'mac.com', 'yahoo.co', 'hotmail.co', 'outlook.de', 'outlook.fr', 'outlook.es',
  'sfr.com', 'aol.de', 'aol.fr', 'aim.com', 'free.de', 'web.com',
]);

/**
 * Mailboxes people hold at a consumer provider: nobody there has an IT department to allow a
 * sender. Exact domains, plus the providers that run one domain per country (yahoo.fr, gmx.at …).
 */
const consumerDomains: ReadonlySet<string> = new Set([
  ...popularDomains,
  'ymail.com', 'rocketmail.com', 'msn.com', 'me.com', 'mac.com', 'mail.com', 'email.it', 'tin.it', 'inwind.it',
  'freenet.de', 'arcor.de', 'orange.fr', 'neuf.fr', 'club-internet.fr', 'movistar.es', 'terra.es', 'ono.com',
  'mail.ru', 'yandex.ru', 'zoho.com', 'tutanota.com', 'pm.me',
]);
const consumerFamilies = ['yahoo', 'hotmail', 'outlook', 'live', 'aol', 'gmx', 'protonmail', 'yandex', 'icloud'] as const;

/**
 * True for an address at a consumer mailbox provider (gmail.com, yahoo.*, libero.it, web.de …).
 * @example isConsumerMailbox('anna@yahoo.co.uk') // true
 * @example isConsumerMailbox('anna@example.org') // false
 */
export function isConsumerMailbox(address: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (!address.includes('@') || !domain) return false;
  if (consumerDomains.has(domain)) return true;
  const first = domain.split('.')[0] ?? '';
  return (consumerFamilies as readonly string[]).includes(first) && domain.split('.').length <= 3;
}

/** Top-level domains that are slips of the finger, never real ones. */
const tldTypos: Readonly<Record<string, string>> = {
  con: 'com', cmo: 'com', ocm: 'com', vom: 'com', xom: 'com', comm: 'com', comn: 'com', coom: 'com', cpm: 'com',
  nte: 'net', nett: 'net', ogr: 'org', prg: 'org', itt: 'it', ti: 'it', frr: 'fr', dee: 'de', ees: 'es',
};

const minFuzzyName = 5;

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter replaced
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The domain a mistyped one most likely meant, or '' when it does not look like a slip.
 * @example suggestDomain('gmial.com') // 'gmail.com'
 * @example suggestDomain('example.con') // 'example.com'
 */
export function suggestDomain(domain: string): string {
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (d.length > 253 || (popularDomains as readonly string[]).includes(d) || realNeighbours.has(d)) return '';
  for (const p of popularDomains) if (p.indexOf('.') >= minFuzzyName && oneEditApart(d, p)) return p;
  const dot = d.lastIndexOf('.');
  const fixed = dot > 0 ? tldTypos[d.slice(dot + 1)] : undefined;
  return fixed ? `${d.slice(0, dot + 1)}${fixed}` : '';
}

/** What the detectors read: one recipient's fields (or the message's, when none is named). */
export interface CauseInput {
  readonly category: Category;
  readonly status: string;
  readonly diagnostic: string;
  readonly evidence: readonly { readonly text: string }[];
  readonly address: string;
  /** The receiving server, whose own IP address is never the one to fix. */
  readonly remoteHost?: string;
}

// A reply that runs longer than this is a copy of something else (a quoted message, a web page);
// the server's own verdict is always near its start.
const maxText = 16_384;

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/.test(c);

function findPhrase(text: string, rule: PhraseRule): number {
  if (rule.unless?.some((u) => text.includes(u)) || (rule.also && !text.includes(rule.also))) return -1;
  let at = text.indexOf(rule.phrase);
  if (!rule.word) return at;
  while (at >= 0) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + rule.phrase.length])) return at;
    at = text.indexOf(rule.phrase, at + 1);
  }
  return -1;
}

// Four bounded runs of digits, no nesting: linear on any input.
const ipv4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/g;

// "host mx.example.org[192.0.2.1] said:" (Postfix), "host mx.example.org [192.0.2.1]:" (Exim),
// "connect to mx.example.org[192.0.2.1]:25" (Postfix): the receiving server's own address.
const receiverIp = /(?:host|connect to) [a-z0-9][a-z0-9.-]{0,252} ?\[(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\]/g;

/**
 * The receiving server's addresses: named as the host that answered, or in the remote host.
 * Never the sender's, so never one to give a PTR record or to look up on a blocklist.
 */
function receiverIps(text: string, remoteHost: string): ReadonlySet<string> {
  const ips = new Set<string>();
  for (const m of text.matchAll(receiverIp)) if (m[1]) ips.add(m[1]);
  for (const m of remoteHost.matchAll(ipv4)) ips.add(m[0]);
  return ips;
}

/**
 * The IPv4 address a phrase is about: the first one after it within a short window, else the
 * last one before it, never the receiving server's own ("host mx.example.com[192.0.2.1] said:
 * ... reverse DNS for 203.0.113.2").
 */
function ipNear(text: string, at: number, receiver: ReadonlySet<string>): string {
  const from = Math.max(0, at - 120);
  const span = text.slice(from, at + 160);
  let before = '';
  for (const m of span.matchAll(ipv4)) {
    const ok = m.slice(1).every((o) => Number(o) <= 255);
    if (!ok || receiver.has(m[0])) continue;
    if (from + (m.index ?? 0) >= at) return m[0];
    before = m[0];
  }
  return before;
}

/** The DNS name after "blocked using", for a list the table does not know. */
function listAfterBlockedUsing(text: string): string {
  const m = /blocked using ([a-z0-9][a-z0-9.-]{1,99})/.exec(text);
  let name = m?.[1] ?? '';
  // A sentence's full stop follows the name ("blocked using zen.example.org."); trimmed in code,
  // as a trailing-run regex would rescan the run from every position.
  while (name.endsWith('.') || name.endsWith('-')) name = name.slice(0, -1);
  return name;
}

function statusMatches(rule: StatusRule, status: string): boolean {
  const m = /^[245]\.(\d{1,3})\.(\d{1,3})$/.exec(status.trim());
  if (!m) return false;
  const [subject, detail] = [Number(m[1]), Number(m[2])];
  const [rs, rd] = rule.code.split('.').map(Number);
  if (!rule.through) return subject === rs && detail === rd;
  const upper = Number(rule.through.split('.')[1]);
  return subject === rs && rd !== undefined && detail >= rd && detail <= upper;
}

const precedence = (id: CauseId): number => causeIds.indexOf(id);

/**
 * The specific causes the evidence shows for one recipient, most important first.
 * @example
 * detectCauses({ category: 'spam-related', status: '5.7.1', address: 'a@b.example', evidence: [],
 *   diagnostic: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org' })
 * // [{ id: 'blocklist', params: { list: 'Spamhaus', site: 'check.spamhaus.org', ip: '192.0.2.1' } }]
 */
export function detectCauses(input: CauseInput): Cause[] {
  const text = [input.diagnostic, ...input.evidence.map((e) => e.text)].join('\n').slice(0, maxText).toLowerCase();
  const inScope = (id: CauseId): boolean => (causeInfo[id].scope as readonly Category[]).includes(input.category);
  const found = new Map<CauseId, { at: number; params: Cause['params'] }>();

  for (const rule of phraseRules) {
    if (found.has(rule.cause) || !inScope(rule.cause)) continue;
    const at = findPhrase(text, rule);
    if (at >= 0) found.set(rule.cause, { at, params: {} });
  }
  // A named list says more than "blocklist": look for one whenever the scope allows.
  if (inScope('blocklist')) {
    for (const list of blocklists) {
      const at = Math.min(...list.phrases.map((p) => text.indexOf(p)).filter((i) => i >= 0));
      if (!Number.isFinite(at)) continue;
      found.set(list.links ? 'listed-link' : 'blocklist', { at, params: listParams(list) });
      break;
    }
    const generic = found.get('blocklist');
    if (generic && !generic.params.list) {
      const list = listAfterBlockedUsing(text);
      if (list) found.set('blocklist', { at: generic.at, params: { list } });
    }
  }
  // The number only speaks for a group the words left undecided.
  const groupsFound = new Set([...found.keys()].map((id) => causeInfo[id].group));
  for (const rule of statusRules) {
    if (found.has(rule.cause) || !inScope(rule.cause) || groupsFound.has(causeInfo[rule.cause].group)) continue;
    if (rule.only && !rule.only.includes(input.category)) continue;
    if (statusMatches(rule, input.status)) found.set(rule.cause, { at: -1, params: rule.params ?? {} });
  }
  const receiver = receiverIps(text, input.remoteHost ?? '');
  for (const id of ['ptr', 'blocklist'] as const) {
    const hit = found.get(id);
    if (hit && hit.at >= 0 && !hit.params.ip) {
      const ip = ipNear(text, hit.at, receiver);
      if (ip) found.set(id, { ...hit, params: { ...hit.params, ip } });
    }
  }
  const domain = input.address.includes('@') ? input.address.slice(input.address.lastIndexOf('@') + 1) : '';
  if (inScope('typo-domain') && domain) {
    const suggestion = suggestDomain(domain);
    if (suggestion) found.set('typo-domain', { at: -1, params: { domain, suggestion } });
  }
  const attachment = found.get('attachment');
  if (attachment) {
    const type = fileTypeIn(text);
    if (type) found.set('attachment', { ...attachment, params: { ...attachment.params, type } });
  }
  for (const id of ['nxdomain', 'null-mx'] as const) {
    const hit = found.get(id);
    if (hit && domain) found.set(id, { ...hit, params: { ...hit.params, domain } });
  }

  const ordered = [...found.keys()].sort((a, b) => precedence(a) - precedence(b));
  const keptGroups = new Set<Group>();
  const causes: Cause[] = [];
  for (const id of ordered) {
    const group = causeInfo[id].group;
    if (!keepAll.has(group) && keptGroups.has(group)) continue;
    if (suppressedBy[id]?.some((other) => found.has(other))) continue;
    keptGroups.add(group);
    causes.push({ id, params: found.get(id)?.params ?? {} });
  }
  return causes;
}

// File types servers refuse outright: programs, scripts, shortcuts, macro documents, disk images.
const refusedTypes = /(?:\.|t=)(exe|bat|cmd|com|scr|pif|vbs|vbe|js|jse|jar|msi|ps1|hta|lnk|cpl|reg|wsf|docm|xlsm|pptm|iso|img)\b/;

/** The refused file type the words name (".exe", amavis's "T=exe"), as ".exe"; '' when none. */
function fileTypeIn(text: string): string {
  const m = refusedTypes.exec(text);
  return m?.[1] ? `.${m[1]}` : '';
}

function listParams(list: Blocklist): Cause['params'] {
  return {
    list: list.name,
    ...(list.site ? { site: list.site } : {}),
    ...(list.expires ? { expires: 'yes' } : {}),
  };
}
