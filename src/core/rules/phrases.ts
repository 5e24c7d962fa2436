/**
 * What receiving servers write, per reason. Each entry is a lowercase substring of the
 * server's own words (matched against the lowercased diagnostic with whitespace folded).
 * The comment above a group quotes a typical full line. Which reason wins when several match
 * is decided in one place: rules/precedence.ts.
 */
import type { Reason } from '../types.js';

export type PhraseTable = Partial<Record<Reason, readonly string[]>>;

export const phrases: PhraseTable = {
  // 550 5.1.1 <a@b>... User unknown / 550 No such user here / 550 Recipient address rejected: User unknown in virtual mailbox table
  userunknown: [
    'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'no such account',
    'no such address', 'no such local user', 'unknown recipient', 'recipient unknown', 'unknown local part',
    'unknown address', 'address unknown', 'user not found', 'recipient not found', 'mailbox not found',
    'address not found', 'account not found', 'user does not exist', 'mailbox does not exist',
    'account does not exist', 'address does not exist', 'recipient does not exist', 'does not exist here',
    'email account that you tried to reach does not exist', 'invalid recipient', 'invalid mailbox',
    'invalid address', 'mailbox unavailable', 'mailbox is unavailable', 'no mailbox here', 'user doesn\'t have',
    'not a valid mailbox', 'is not a valid recipient', 'recipient address rejected: user unknown',
    'recipient address rejected: undeliverable address', 'undeliverable address',
    'recipnotfound', 'recipient rejected: unknown', 'unknown or illegal alias', 'no valid recipients',
    'mailbox name not allowed', 'this user doesn\'t have a', 'not listed in domino directory',
    'not listed in public name & address book', 'no such person at this address', 'unknown mailbox',
    'account is unavailable', 'user is unknown', 'addressee unknown', 'said: 550 5.1.1',
    'unrouteable address', 'bad destination mailbox', 'mailbox not present', 'this mailbox is not active',
    'is not a known user', 'user unknown in', 'unknown in virtual', 'unknown in local recipient table',
    'unknown in relay recipient table', 'invalid recipient address', 'recipient invalid',
    'destination mailbox address invalid', 'the email address you entered couldn\'t be found',
    'doesn\'t have a yahoo.com account', 'no existe', 'utente inesistente', 'user invalid',
    'mailbox unknown', 'does not have an account here', 'no account by that name', 'deactivated mailbox',
    'sorry, no mailbox here by that name', 'that domain isn\'t in my list of allowed rcpthosts',
    'not our customer', 'address rejected', 'invalid user', 'user not exist', 'user not local',
    'no such virtual user', 'recipient is not exist', 'mailbox is not exist', 'not exist',
  ],
  // 550 5.1.2 Host unknown (Name server: example.jp: host not found)
  hostunknown: [
    'host unknown', 'host not found', 'domain not found', 'domain does not exist', 'unknown domain',
    'no such domain', 'name or service not known', 'name service error', 'domain name not found',
    'unrouteable mail domain', 'invalid domain', 'domain is not valid', 'no mx record', 'no mx host',
    'nxdomain', 'recipient domain not found', 'mail for this domain is not accepted', 'host or domain name not found',
    'domain must exist', 'unknown host', 'no route to host found', 'domain isn\'t in my list of allowed rcpthosts',
  ],
  // 550 5.2.1 Account disabled / This account has been suspended / 550 5.2.1 The email account that you tried to reach is disabled
  suspend: [
    'account disabled', 'account has been disabled', 'account is disabled', 'mailbox disabled',
    'mailbox has been disabled', 'account suspended', 'account has been suspended', 'account is suspended',
    'mailbox is suspended', 'suspended account', 'is disabled', 'has been suspended', 'account is inactive',
    'account inactive', 'inactive account', 'mailbox is inactive', 'mailbox inactive', 'not active',
    'account has been terminated', 'account closed', 'account has been closed', 'account is locked',
    'account is frozen', 'temporarily disabled', 'boite du destinataire archivee', 'mailbox currently suspended',
    'recipient suspended', 'user suspended', 'this account has been blocked',
  ],
  // 550 5.1.6 Recipient has moved / 551 User not local; please try <new@b>
  hasmoved: [' has been replaced by ', 'address has changed', 'has moved', 'user not local; please try', 'no longer at this address'],
  // 552 5.2.2 Mailbox full / 452 4.2.2 The email account that you tried to reach is over quota
  mailboxfull: [
    'mailbox full', 'mailbox is full', 'mailbox has exceeded', 'over quota', 'overquota', 'quota exceeded',
    'exceeded storage allocation', 'exceeds quota', 'exceeded quota', 'quota exceed', 'mailbox size limit exceeded',
    'mailbox is over', 'insufficient disk space', 'not enough space', 'out of disk space', 'disk quota exceeded',
    'mail quota exceeded', 'user is over quota', 'mailfolder is full', 'mailbox exceeds', 'is over its quota',
    'has exceeded the storage', 'storage limit', 'full mailbox', 'inbox is full', 'mailbox full:', 'boîte pleine',
    'casella piena', 'postfach voll', 'user has exceeded', 'too much mail data', 'would exceed mailbox quota',
    'quota violation', 'is full', 'maildir over quota', 'reached its limit',
  ],
  // 552 5.3.4 Message size exceeds fixed maximum message size
  mesgtoobig: [
    'message size exceeds', 'message too large', 'message is too large', 'message too big', 'message is too big',
    'size exceeds', 'exceeds size limit', 'exceeds the maximum size', 'message exceeds', 'too large for',
    'message length exceeds', 'size limit', 'maximum message size', 'mail size limit', 'message size limit',
  ],
  // 552 5.2.3 Message length exceeds administrative limit
  exceedlimit: ['message length exceeds administrative limit', 'exceeds administrative limit'],
  // 452 4.3.1 Insufficient system storage
  systemfull: ['insufficient system storage', 'mail system full', 'system storage', 'disk full', 'file system full'],
  // 556 5.1.10 Recipient address has null MX / 554 No SMTP service here
  notaccept: [
    'does not accept mail', 'does not receive mail', 'null mx', 'not accepting mail', 'no smtp service',
    'host does not accept', 'domain does not accept', 'accepts no mail', 'does not accept email',
    'mail is not accepted', 'not accept any mail',
  ],
  // connect to mx.example.jp[192.0.2.1]:25: Connection timed out
  networkerror: [
    'connection timed out', 'timed out while', 'connection refused', 'no route to host', 'network is unreachable',
    'could not connect', 'couldn\'t connect', 'connection reset', 'lost connection', 'connection lost',
    'dns error', 'dns lookup', 'temporary lookup failure', 'mail loop', 'loops back to myself', 'routing loop',
    'too many hops', 'hop count exceeded', 'unable to connect', 'connection dropped', 'host is unreachable',
    'malformed or unexpected name server reply', 'host name lookup failure', 'no mail hosts available',
    'unable to route', 'timeout', 'too many \'received\' headers', 'too many "received" headers',
    'mailer loop', 'loop detected', 'domain lookup failed', 'server connection lost',
  ],
  // 421 Too many connections from your IP
  toomanyconn: ['too many connections', 'too many simultaneous', 'too many concurrent', 'connection limit', 'too many sessions', 'exceeded the maximum number of connections'],
  // 450 4.7.1 Too many messages, slow down
  speeding: [
    'rate limit', 'ratelimit', 'rate-limit', 'too many messages', 'too many emails', 'sending too fast',
    'receiving mail at a rate', 'throttl', 'slow down', 'exceeded the rate', 'sending rate', 'try again later',
    'unusual rate', 'please retry later', 'exceeded daily', 'exceeded hourly', 'message rate',
  ],
  // 501 5.5.2 Syntax error in parameters
  syntaxerror: ['syntax error', 'command not recognized', 'bad sequence of commands', 'command unrecognized', 'unrecognized command', 'invalid command', 'line too long'],
  // 550 5.7.1 Message is not RFC 5322 compliant
  notcompliantrfc: ['rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'rfc822 compliant', 'not rfc compliant', 'duplicate header', 'multiple addresses in from', 'bare lf', 'headers are not compliant', 'message is not compliant', 'non-compliant'],
  // procmail: Couldn't create ... / Command output: ... / mailer error
  mailererror: [
    'command output:', 'mailer error', 'command died with status', 'x-unix;', 'pipe to |', 'procmail',
    'error in processing', 'exit code', 'delivery to pipe', 'unknown mailer error', 'command failed', 'mail.local',
    'program exited', 'returned exit code',
  ],
  // 451 4.3.0 Local configuration error / Temporary local problem
  systemerror: [
    'local configuration error', 'internal error', 'system error', 'server error', 'temporary local problem',
    'local error in processing', 'configuration error', 'internal server error', 'mail server temporarily rejected',
    'too many recipients', 'temporary failure', 'server busy', 'system is not configured', 'misconfigured',
    'unable to deliver', 'requested action aborted', 'service not available', 'service unavailable',
    'cannot process', 'routing error', 'interrupted system call', 'no such file or directory',
    'queue file write error', 'system resources', 'resources temporarily unavailable', 'sorry, unable to',
  ],
  // 554 5.7.1 <a@b>: Relay access denied
  norelaying: [
    'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not allowed',
    'not permitted to relay', 'unable to relay', 'we do not relay', 'relay not allowed', 'relaying is prohibited',
    'no relaying', 'cannot relay', 'relaying mail to', 'not allowed to relay', 'open relay', 'relay prohibited',
    'relaying to', 'isn\'t allowed to relay', 'is not a local domain and relaying',
  ],
  // 550 5.6.0 Message content rejected / attachment not allowed
  contenterror: [
    'message content rejected', 'content rejected', 'message contains', 'attachment not allowed', 'forbidden attachment',
    'banned attachment', 'attachment type', 'illegal attachment', 'blocked attachment', 'mime', 'content type',
    'bad content', 'content not accepted', 'executable', 'header error', 'message header', 'invalid header',
    'malformed message', 'improper use of 8-bit data', '8-bit data', 'encoding', 'rejected due to content',
  ],
  // 550 5.7.1 Message rejected as spam
  spamdetected: [
    'spam', 'junk mail', 'bulk mail', 'unsolicited', 'looks like spam', 'rejected as spam', 'identified as spam',
    'classified as spam', 'considered spam', 'spam content', 'spam detected', 'spam score', 'spamassassin',
    'message is junk', 'content filter', 'uce', 'blocked by filter', 'mail appears to be unsolicited',
    'our system has detected that this message is', 'suspicious', 'phishing', 'high probability of spam',
  ],
  // 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org
  blocked: [
    'blocked using', 'blacklisted', 'blocklisted', 'listed in', 'listed at', 'listed on', 'spamhaus', 'spamcop',
    'sorbs', 'barracuda', 'uceprotect', 'dnsbl', 'rbl', 'block list', 'blocklist', 'blacklist', 'client host rejected',
    'client host blocked', 'access denied', 'your ip', 'ip address', 'has been blocked', 'sender ip', 'connection refused by',
    'not allowed to send', 'banned', 'refused to talk to me', 'blocked', 'dynamic ip', 'dial-up', 'dialup',
    'residential', 'poor reputation', 'bad reputation', 'reputation', 'service unavailable; client host',
    'your access to this mail system has been rejected', 'denied by policy', 'network is on our block list',
    'host blocked', 'ip blocked', 'is on a block list', 'mail server is blacklisted', 's3140', 'part of their network is on our block list',
  ],
  // 421 4.7.0 IP not in whitelist / Our system has detected an unusual rate... poor reputation
  badreputation: ['poor reputation', 'bad reputation', 'low reputation', 'sender reputation', 'ip reputation', 'domain reputation', 'reputation of the sending'],
  // 550 5.7.25 The IP address sending this message does not have a PTR record setup
  requireptr: [
    'ptr record', 'reverse dns', 'reverse lookup', 'no ptr', 'rdns', 'reverse address', 'cannot find your hostname',
    'cannot resolve your address', 'client host name not found', 'reverse hostname', 'reverse mapping',
    'does not have a ptr', 'hostname lookup failed', 'ip name lookup failed', 'cannot find your reverse hostname',
    'unresolvable', 'reverse_lookup', 'reverse dns lookup', 'is not authorized by ptr', 'no reverse',
  ],
  // 550 5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy
  authfailure: [
    'spf', 'dkim', 'dmarc', 'sender policy framework', 'domainkeys', 'authentication failed', 'unauthenticated email',
    'not authorized to send', 'does not designate', 'is not designated', 'authentication check', 'sender authentication',
    'arc validation', 'message not authenticated',
  ],
  // 553 5.1.8 <a@b>... Domain of sender address does not exist / 550 Sender rejected
  rejected: [
    'sender rejected', 'sender address rejected', 'sender domain', 'sender verify failed', 'sender verification',
    'domain of sender address', 'sender address is invalid', 'sender is not allowed', 'sender denied',
    'from address', 'mail from', 'envelope sender', 'sender blocked', 'reject sender', 'rejected sender',
    'sender unknown', 'unknown sender', 'invalid sender', 'sender does not exist', 'bad sender',
    'address verification failed', 'not accept mail from', 'you are not allowed to send', 'return path',
    'unverified address', 'null sender', 'sender is on', 'senders not', 'sender address', 'sender ',
  ],
  // 530 5.7.0 Must issue a STARTTLS command first / 535 Authentication required
  securityerror: [
    'starttls', 'authentication required', 'must issue a starttls', 'tls required', 'encryption required',
    'authentication credentials invalid', 'authentication failure', 'smtp auth', 'not authenticated',
    'security policy', 'insecure', 'certificate', 'tls is required', 'authorization required',
  ],
  // 550 5.7.1 Message rejected due to local policy / 550 Rejected by header based Anti-Spoofing policy
  policyviolation: [
    'policy violation', 'violates', 'violation of', 'local policy', 'policy reasons', 'prohibited by policy',
    'not allowed by policy', 'policy rejection', 'rejected by policy', 'content policy', 'email policy',
    'anti-spoofing', 'administrative prohibition', 'administratively denied', 'message rejected by', 'dlp',
    'compliance', 'restricted', 'not authorized', 'unauthorized',
  ],
  // 550 5.7.1 Delivery not authorized, message refused / mail filter / recipient rejects
  filtered: [
    'filtered', 'filter', 'not accept your mail', 'does not accept mail from', 'refused by recipient', 'rejected by recipient',
    'recipient rejects', 'delivery not authorized', 'refused', 'mail is not accepted from', 'recipient address rejected',
    'message rejected', 'access to this mailbox is denied', 'blocked by the recipient', 'recipient has blocked',
  ],
  // 554 5.7.1 Virus found / message contains a virus
  virusdetected: ['virus', 'malware', 'infected', 'trojan', 'worm detected', 'malicious'],
  // 4.4.7 Delivery time expired / retry timeout exceeded / message expired
  expired: [
    'retry timeout exceeded', 'delivery time expired', 'message expired', 'has been delayed', 'was not delivered within',
    'could not be delivered for', 'not been delivered for', 'too long in queue', 'queue too long', 'retry time not reached',
    'giving up', 'gave up', 'message timed out', 'has expired', 'delivery expired', 'expired after', 'time limit exceeded',
    'could not be delivered within', 'retrying for', 'delivery attempts will continue', 'will keep trying',
    'undelivered for', 'unable to deliver within', 'max retries', 'maximum retries',
  ],
};
