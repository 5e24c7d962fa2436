/**
 * A server's answer pasted on its own (issue 8, theme 1). Whoever pastes a reply line into the
 * popup or gives it to `whybounce --text` already knows the mail came back, so in pasted text a
 * 4xx/5xx reply, an RFC 3463 code, a Status or Diagnostic-Code field, qmail's "(#5.1.1)" or a
 * blocklist refusal is a bounce, decided by the reply's own words and codes. What a webmail
 * renders is read strictly (a banner needs a notice's signs), and a person writing about an
 * error, a street number or a parcel stays ordinary in every reading.
 *
 * The replies are written from documentation, with addresses and hosts of their own: RFC 5321
 * 4.2.2-4.2.3 (reply texts), RFC 3463 (status subjects), RFC 3464 (fields), qmail's
 * qmail-local/qmail-remote messages, Postfix's reject_rbl_client text, Sendmail's "... User
 * unknown", Exchange Online's NDR codes, Gmail's, Yahoo's and Outlook.com's postmaster pages.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import type { Verdict } from '../../src/core/types.js';

interface Want {
  kind?: Verdict['kind'];
  category?: string;
  severity?: string;
  status?: string;
  reply?: string;
  recipients?: string[];
}

function differences(v: Verdict, want: Want): string[] {
  const out: string[] = [];
  const got: Record<string, unknown> = { kind: v.kind, category: v.category, severity: v.severity, status: v.status, reply: v.reply, recipients: v.recipients.map((r) => r.address) };
  for (const [k, w] of Object.entries(want)) {
    if (JSON.stringify(got[k]) !== JSON.stringify(w)) out.push(`${k}: got ${JSON.stringify(got[k])}, want ${JSON.stringify(w)}`);
  }
  if (out.length) out.push(`(evidence: ${v.evidence.map((e) => `${e.rule} "${e.text.slice(0, 80)}"`).join('; ')})`);
  return out;
}

const pasted = (text: string) => classify(text, { mode: 'text', origin: 'pasted' });

const replies: [string, string, Want][] = [
  // Postfix reject_rbl_client's default text, "Service unavailable; Client host [$client_address] blocked using $rbl_domain".
  ['Postfix blocklist refusal', '554 5.7.1 Service unavailable; Client host [198.51.100.23] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/198.51.100.23', { kind: 'bounce', category: 'spam-related', severity: 'soft', status: '5.7.1', reply: '554', recipients: [] }],
  ['a blocklist named with a bare reply code', '550 Your IP 203.0.113.40 is listed in b.barracudacentral.org', { kind: 'bounce', category: 'spam-related', severity: 'soft', reply: '550', status: '' }],
  ['a blocklist refusal with no code at all', 'Client host [203.0.113.41] blocked using bl.spamcop.net', { kind: 'bounce', category: 'spam-related', severity: 'soft' }],
  // qmail-local and qmail-remote: the sentence, then the status in "(#...)".
  ['qmail: no mailbox', 'Sorry, no mailbox here by that name. (#5.1.1)', { kind: 'bounce', category: 'bad-mailbox', severity: 'hard', status: '5.1.1', reply: '' }],
  ['qmail: no such host', "Sorry, I couldn't find any host named nowhere-at-all.example. (#5.1.2)", { kind: 'bounce', category: 'bad-domain', severity: 'hard', status: '5.1.2' }],
  ['qmail: no SMTP connection', "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", { kind: 'bounce', category: 'no-answer-from-host', severity: 'soft', status: '4.4.1' }],
  // RFC 3464 fields pasted from a delivery-status part.
  ['Status field with the RFC 3463 subject', 'Status: 5.1.2 (bad destination system address)', { kind: 'bounce', category: 'bad-domain', severity: 'hard', status: '5.1.2' }],
  ['Diagnostic-Code: Gmail refusing an unauthenticated sender', 'Diagnostic-Code: smtp; 550 5.7.26 This mail has been blocked because the sender is unauthenticated.', { kind: 'bounce', category: 'invalid-sender', severity: 'soft', status: '5.7.26', reply: '550' }],
  ['the DSN fields of one recipient', 'Final-Recipient: rfc822; lena.k@mailhost-p1.example\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full', { kind: 'bounce', category: 'quota-issues', severity: 'soft', status: '5.2.2', recipients: ['lena.k@mailhost-p1.example'] }],
  // RFC 5321 4.2.2 reply texts.
  ['RFC 5321 552 storage allocation', '552 Requested mail action aborted: exceeded storage allocation', { kind: 'bounce', category: 'quota-issues', severity: 'soft', reply: '552' }],
  ['RFC 5321 421 closing the channel', '421 mx2.relay-p2.example Service not available, closing transmission channel', { kind: 'bounce', severity: 'soft', reply: '421' }],
  // Exchange Online NDR codes (Microsoft Learn, "Email non-delivery reports and SMTP errors").
  ['Exchange RecipNotFound', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found', { kind: 'bounce', category: 'bad-mailbox', severity: 'hard', status: '5.1.1', reply: '550' }],
  ['Exchange hop count', '554 5.4.14 Hop count exceeded - possible mail loop', { kind: 'bounce', category: 'routing-errors', severity: 'soft', status: '5.4.14' }],
  // Gmail's SMTP error reference, continued over "550-" lines.
  ['Gmail no such user, multi-line', "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser k12si998877qtb.7 - gsmtp", { kind: 'bounce', category: 'bad-mailbox', severity: 'hard', status: '5.1.1', reply: '550' }],
  ['Gmail over quota, temporary', '452-4.2.2 The email account that you tried to reach is over quota. Please direct\n452 4.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaTemp', { kind: 'bounce', category: 'quota-issues', severity: 'soft', status: '4.2.2', reply: '452' }],
  // Yahoo's postmaster error codes; Outlook.com's S3150 block list.
  ['Yahoo BL21', "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.88, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes", { kind: 'bounce', category: 'spam-related', severity: 'soft', status: '5.7.1' }],
  ['Outlook.com S3150', "550 5.7.1 Unfortunately, messages from [192.0.2.90] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", { kind: 'bounce', category: 'spam-related', severity: 'soft', status: '5.7.1' }],
  // A line that names its recipient.
  ['Sendmail user unknown names the recipient', '550 5.1.1 <piet.v@lowlands-p3.example>... User unknown', { kind: 'bounce', category: 'bad-mailbox', severity: 'hard', status: '5.1.1', reply: '550', recipients: ['piet.v@lowlands-p3.example'] }],
  ['Postfix "said:" line names the recipient', '<carla@shop-p4.example>: host mx.shop-p4.example[192.0.2.7] said: 550 5.1.1 <carla@shop-p4.example>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)', { kind: 'bounce', category: 'bad-mailbox', severity: 'hard', status: '5.1.1', recipients: ['carla@shop-p4.example'] }],
  ['a sender refusal', '553 5.1.8 <news@sender-p5.example>: Sender address rejected: Domain not found', { kind: 'bounce', status: '5.1.8', reply: '553' }],
  ['a forwarded reply, quoted', '> 550 5.2.1 <old.box@corp-p6.example>: Mailbox disabled for this recipient', { kind: 'bounce', category: 'inactive-mailbox', status: '5.2.1', recipients: ['old.box@corp-p6.example'] }],
  // Exim's and Gmail's domain lookups failing.
  ['a DNS failure for the domain', '550 DNS lookup failed for nowhere-p7.example: Domain name not found', { kind: 'bounce', category: 'bad-domain', severity: 'hard', reply: '550' }],
  // Greylisting (Postgrey's default text).
  ['greylisting', '450 4.2.0 <ana@farm-p8.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/farm-p8.example.html', { kind: 'bounce', severity: 'soft', status: '4.2.0', reply: '450' }],
  // A server's sentence with no code, pasted alone.
  ['a mailbox-full sentence alone', 'Mailbox quota exceeded', { kind: 'bounce', category: 'quota-issues', severity: 'soft' }],
  // The same limits where the words name mail's own things: a message, a mailbox, an address.
  ['a message-size sentence alone', 'Message size exceeds fixed maximum message size', { kind: 'bounce', category: 'quota-issues', severity: 'soft' }],
  ['a quota sentence naming the address', 'anna.k@dest-p9.example: quota exceeded', { kind: 'bounce', category: 'quota-issues', severity: 'soft' }],
  // Words shared with web and network errors, where they name a thing of mail: a host, the sender.
  ['a lookup naming the mail host', 'Host not found: mx.dest-p10.example', { kind: 'bounce', category: 'bad-domain', severity: 'hard' }],
  ['a rate limit on the sender', 'Sender rate limit exceeded', { kind: 'bounce', category: 'policy-related', severity: 'soft' }],
  ['a connection timeout naming the recipient', 'bob@dest-p12.example: Connection timed out', { kind: 'bounce', severity: 'soft' }],
  // A reply after a mail system's lead-in reads as the same reply alone ("550 Connection refused" is one):
  // qmail-remote's "Remote host said:", Postfix's "host ... said:", a recipient before the code.
  ['qmail-remote: Remote host said', 'Remote host said: 550 Connection refused', { kind: 'bounce', category: 'bad-connection', reply: '550' }],
  ['Postfix: host said, RFC 5321 554 text', 'host mx.dest-p13.example[192.0.2.13] said: 554 Transaction failed', { kind: 'bounce', reply: '554' }],
  ['a recipient before the reply', 'Delivery to rui@dest-p14.example failed: 550 Connection refused', { kind: 'bounce', category: 'bad-connection', reply: '550' }],
  // A reply may open with a word a count also opens with: only a count's own first words make a number a quantity.
  ['a size limit opening with "Total"', '552 Total message size exceeds the limit', { kind: 'bounce', category: 'quota-issues', reply: '552' }],
];

const nearMisses: [string, string][] = [
  ['a parcel and a street number', 'Hi Paolo,\nthe delivery failed yesterday because nobody was at the warehouse. Please check with them.\nThe address 550 Via Roma is correct.\nThanks'],
  ['the same without greeting', 'The delivery failed yesterday because nobody was at the warehouse. The address 550 Via Roma is correct.'],
  ['a street number opening a line', 'Please send the invoice to:\n550 Via Roma\n20121 Milano'],
  ['a person asking about a reply code', 'We keep getting 550 5.7.26 from Gmail since Monday.\nCan you check our DMARC record?'],
  ['a person quoting a whole reply in a question', 'Our server answered this:\n550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\nWhat does it mean? Is his address wrong?\nThanks, Anna'],
  ['a shipping notice', 'Your parcel could not be delivered.\nTracking: 4501 2233 8876\nWe will try again tomorrow between 9:00 and 12:00.'],
  ['a newsletter', 'Undeliverable: five ideas nobody asked for\nThis week: why some parcels come back, and what 550 readers answered in our survey.\nRead more on our website.'],
  ['release notes with version numbers', 'Release notes\n5.1.1: fixed the mailbox sync when the server is slow\n5.1.2: faster search'],
  ['a count at the start of a line', 'Order status: 550 units shipped, 20 rejected at customs'],
  ['an amount', '450 euro for the room, breakfast included'],
  // A label before a count is no mail system's lead-in.
  ['a label before a count', 'Q3 results: 550 new users'],
  ['a person quoted before a count', 'He said: 421 new users'],
  // A count pasted alone: the words after the number are a count's, however mail-like its noun.
  ['a count alone', '550 new users'],
  ['a count going on', '421 new users signed up this week'],
  ['a count in Italian', '550 nuovi utenti'],
  ['a count of active accounts', '450 active accounts'],
  ['a web address before a count', 'Visit shop.example.com: 550 new products'],
  // A quote or bracket before the count is no lead-in: what follows the code is not read as one.
  ['a count in brackets naming a web address', '(550 new users at example.com: see the Q3 report)'],
  ['a count in brackets ending with a web address', '(550 new users at example.com)'],
  ['a quoted count naming a web address', '"550 new users signed up at shop.example.org: great quarter"'],
  // Quotas and size limits belong to printers, disks and web proxies too: such a phrase alone,
  // naming nothing of mail (a mailbox, a message, an address, a host), is not a server's answer.
  ['a printer over its quota', 'The printer is over the allowed quota'],
  ['a proxy refusing a request', 'Header size exceeds maximum permitted'],
  ['a shared drive', 'Disk quota exceeded on the team drive'],
  ['an upload', 'Size exceeds fixed maximum size for uploads'],
  // A web server's, an API's or a network's errors, copied from a browser or a terminal.
  ['a web server error', 'Internal server error'],
  ['a web page down', 'Service unavailable'],
  ['an API limit', 'Rate limit exceeded'],
  ['a parser error', 'Syntax error'],
  ['a failed login', 'Authentication failed'],
  ['a name lookup', 'Host not found'],
  ['a ping', 'Network is unreachable'],
  // "Connection timed out" is in the expired list; alone it reads as a network error, held to the same terms.
  ['a terminal that could not connect', 'Connection timed out'],
  ['a web proxy', 'DNS lookup failed'],
  ['a database pool', 'Too many connections'],
  ['a content rule of a forum', 'Policy violation'],
];

describe('a server answer pasted on its own', () => {
  for (const [name, text, want] of replies) {
    it(`${name}: ${want.kind}${want.category ? ` ${want.category}` : ''}`, async () => {
      expect(differences(await pasted(text), want)).toEqual([]);
    });
  }
});

describe('near misses stay ordinary in every reading', () => {
  for (const [name, text] of nearMisses) {
    it(name, async () => {
      for (const v of [await pasted(text), classifyText(text), await classify(text, { mode: 'text' })]) {
        expect(v.kind, `${v.input}: ${v.evidence.map((e) => `${e.rule} "${e.text}"`).join('; ')}`).toBe('not-a-bounce');
      }
    });
  }
});

describe('rendered text (a banner) keeps the stricter signs', () => {
  // The same answers as a webmail shows them in a person's message: no banner.
  const shown = (body: string) => `From: Anna Berg <anna@example.org>\nSubject: look at this\n\n${body}\n`;
  for (const [name, text] of [replies[1]!, replies[3]!, replies[6]!, replies[9]!, replies[23]!]) {
    it(`${name}: not a bounce when rendered`, async () => {
      expect(classifyText(shown(text)).kind).toBe('not-a-bounce');
      expect(classifyText(shown(text), { origin: 'rendered' }).kind).toBe('not-a-bounce');
      expect((await classify(shown(text), { mode: 'text', origin: 'rendered' })).kind).toBe('not-a-bounce');
    });
  }
  it('a reply line alone rendered with no header is not read as pasted', () => {
    expect(classifyText('550 Your IP 203.0.113.40 is listed in b.barracudacentral.org').kind).toBe('not-a-bounce');
    expect(classifyText('550 Your IP 203.0.113.40 is listed in b.barracudacentral.org', { origin: 'pasted' }).kind).toBe('bounce');
  });
});
