/**
 * The reason tables: their shape (precedence names each phrase reason once, phrases are folded
 * lowercase, status keys are RFC 3463 codes) and table-driven decisions over real servers' lines.
 */
import { describe, expect, it } from 'vitest';
import type { ReporterName } from '../../src/core/reporters/index.js';
import { commandIn, commandMarkers, commandNamed, formatCommandMarkers, type SmtpCommand } from '../../src/core/rules/commands.js';
import { decideReason, evidenceOrder, fold, type EvidenceSource, type ReasonInput } from '../../src/core/rules/decide.js';
import { formatRules, includesInOrder, powerMtaCategoryReason } from '../../src/core/rules/formats.js';
import { broadPhrases, phrases } from '../../src/core/rules/phrases.js';
import { nonPhraseReasons, phrasePrecedence } from '../../src/core/rules/precedence.js';
import { providerRules } from '../../src/core/rules/providers.js';
import { reasonFromStatus, replyReason, statusReason } from '../../src/core/rules/status.js';
import { categoryFor, severityFor } from '../../src/core/taxonomy.js';
import { reasons, type Reason } from '../../src/core/types.js';

describe('precedence', () => {
  it('names every phrase reason exactly once', () => {
    const seen = new Map<string, number>();
    for (const r of phrasePrecedence) seen.set(r, (seen.get(r) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    const inTables = new Set([...Object.keys(phrases), ...Object.keys(broadPhrases)]);
    expect([...inTables].filter((r) => !seen.has(r))).toEqual([]);
    expect(phrasePrecedence.filter((r) => !phrases[r])).toEqual([]);
  });
  it('with the reasons no phrase produces, covers the whole vocabulary', () => {
    const all = new Set<Reason>([...phrasePrecedence, ...nonPhraseReasons]);
    expect(reasons.filter((r) => !all.has(r))).toEqual([]);
    expect(nonPhraseReasons.filter((r) => (phrasePrecedence as readonly Reason[]).includes(r))).toEqual([]);
  });
});

describe('phrase tables', () => {
  const tables = { phrases, broadPhrases, ...Object.fromEntries(providerRules.map((p) => [`provider:${p.name}`, { x: p.phrases.map((q) => q.phrase) }])) };
  it('hold folded lowercase substrings, no duplicates within a reason', () => {
    // Provider phrases may repeat with different conditions (command, status), so only their form is checked.
    const bad: string[] = [];
    for (const [name, table] of Object.entries(tables)) {
      for (const [reason, list] of Object.entries(table as Record<string, readonly string[]>)) {
        const seen = new Set<string>();
        for (const p of list) {
          if (p !== fold(p) || !p.trim()) bad.push(`${name}.${reason}: "${p}" is not folded`);
          if (seen.has(p) && !name.startsWith('provider:')) bad.push(`${name}.${reason}: "${p}" twice`);
          seen.add(p);
        }
      }
    }
    expect(bad).toEqual([]);
  });
  it('never repeat a specific phrase in the broad table', () => {
    const specific = new Set(Object.values(phrases).flat());
    expect(Object.values(broadPhrases).flat().filter((p) => specific.has(p))).toEqual([]);
  });
  it('provider rules name their hosts in lowercase', () => {
    for (const p of providerRules) for (const h of p.hosts) expect(h, p.name).toBe(h.toLowerCase());
  });
});

describe('status table', () => {
  it('keys are RFC 3463 codes (class 4 or 5, subject 0-7)', () => {
    for (const k of Object.keys(statusReason)) expect(k).toMatch(/^[45]\.[0-7]\.\d{1,3}$/);
  });
  it.each([
    ['5.1.1', 'userunknown'], ['5.1.2', 'hostunknown'], ['5.1.6', 'hasmoved'], ['5.1.10', 'userunknown'],
    ['5.2.1', 'filtered'], ['5.2.2', 'mailboxfull'], ['4.2.2', 'mailboxfull'], ['5.2.3', 'exceedlimit'],
    ['5.3.4', 'mesgtoobig'], ['4.4.7', 'expired'], ['5.4.6', 'networkerror'], ['5.7.23', 'authfailure'],
    ['5.7.25', 'requireptr'], ['5.7.26', 'authfailure'], ['5.7.13', 'suspend'],
  ] as const)('%s -> %s', (code, reason) => {
    expect(reasonFromStatus(code)).toBe(reason);
  });
  it.each(['5.0.0', '4.0.0', '5.7.1', '5.7.0', '5.5.0', ''])('%s says too little to decide alone', (code) => {
    expect(reasonFromStatus(code)).toBeUndefined();
  });
  it('reply codes are three digits', () => {
    for (const k of Object.keys(replyReason)) expect(k).toMatch(/^[45]\d\d$/);
  });
});

/**
 * Which command a server answered, read by the one reader (rules/commands.ts). The lines the two
 * former readers (reporters' commandOf and decide's findCommand) read differently are pinned
 * here with what the wording means: Postfix smtpd writes "Recipient address rejected" only when
 * it refuses RCPT TO, and "Sender address rejected" only at MAIL FROM (Postfix SMTPD_ACCESS_README,
 * smtpd_recipient_restrictions / smtpd_sender_restrictions).
 */
describe('commandIn', () => {
  it.each([
    // Disputed between the former readers.
    ['550 <a@b.example>: Recipient address rejected: User unknown', 'RCPT'],
    ['550 5.1.1 <a@b.example>: Recipient address rejected', 'RCPT'],
    ['553 5.1.8 <a@b.example>: Sender address rejected: Domain not found', 'MAIL'],
    ['connect to mx.example.org[192.0.2.1]:25: Connection refused', 'CONN'],
    ['mx.example.net [192.0.2.25] did not like our RCPT TO: 550 5.1.1 unknown', 'RCPT'],
    ['SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.7.1 refused', 'DATA'],
    ['Sorry, I wasn\'t able to establish an SMTP connection. (#4.4.1)', 'CONN'],
    ['lost connection with mx.example.org[192.0.2.1] while performing the EHLO handshake', 'HELO'],
    ['lost connection with mx.example.org[192.0.2.1] while sending end of data -- message may be sent more than once', 'DATA'],
    ['host mx.example.org[192.0.2.1] refused to talk to me: 554 5.7.1 go away', 'CONN'],
    // qmail: the step it reached, not the connection ("no SMTP connection got far enough").
    ['Sorry, no SMTP connection got far enough; most progress was RCPT TO response; remote host 192.0.2.32 said: 550 Unknown user', 'RCPT'],
    ['Connected to 192.0.2.5 but sender was rejected. Remote host said: 553 sorry', 'MAIL'],
    // Agreed before, kept.
    ['host mx.example.jp[192.0.2.1] said: 550 User unknown (in reply to RCPT TO command)', 'RCPT'],
    ['SMTP error from remote mail server after end of data: 550 rejected', 'DATA'],
    ['SMTP error from remote mail server after MAIL FROM:<a@b> SIZE=1024: 553 sender unknown', 'MAIL'],
    ['... while talking to mx.example.jp.: >>> DATA <<< 554 rejected', 'DATA'],
    ['SMTP error from remote mail server after initial connection: 554 go away', 'CONN'],
    ['Remote server returned unknown recipient or mailbox unavailable -> 550 <a@b>: User unknown', 'RCPT'],
    ['550 5.1.1 <a@b>: Recipient address rejected: User unknown in local recipient table', 'RCPT'],
    // The earliest marker is the one next to the reply.
    ['550 5.1.1 User unknown (in reply to RCPT TO command) while sending end of data', 'RCPT'],
    // Near misses: "your mail", "our mail server" name no command.
    ['Your mail to a@b.example could not be delivered: 550 User unknown', ''],
    ['Our mail server could not deliver the message: 550 User unknown', ''],
    ['550 User unknown', ''],
  ])('%s', (text, command) => {
    expect(commandIn(text)).toBe(command);
  });
  it('names commands by the words notices write', () => {
    expect(commandNamed('EHLO')).toBe('HELO');
    expect(commandNamed('rcpt_to')).toBe('RCPT');
    expect(commandNamed('BODY')).toBe('DATA');
    expect(commandNamed('RSET')).toBeUndefined();
  });
  // That format markers name formats reporters/ recognise is a type (ReporterName): a typo does not compile.
  it('has folded markers', () => {
    for (const m of [...commandMarkers, ...Object.values(formatCommandMarkers).flat()]) {
      for (const p of typeof m.marker === 'string' ? [m.marker] : m.marker instanceof RegExp ? [] : m.marker) expect(p).toBe(fold(p));
    }
  });
  it('reads a format\'s own words only in that format', () => {
    expect(commandIn('Remote host said: 550: <a@b.example>: User unknown', 'Yahoo')).toBe('RCPT');
    expect(commandIn('Remote host said: 550: <a@b.example>: User unknown')).toBe('');
  });
  it('the disputed Postfix line decides the same with or without a recipient\'s command', () => {
    const line = '550 <a@b.example>: Recipient address rejected: User unknown';
    const base = { diagnostic: line, context: '', status: '', reply: '550', action: '', remoteHost: '' };
    expect(decideReason(base).reason).toBe('userunknown');
    expect(decideReason({ ...base, command: 'RCPT' }).reason).toBe('userunknown');
    expect(decideReason({ ...base, command: 'DATA' }).reason).toBe('filtered');
  });
});

/**
 * The order of evidence (rules/decide.ts `evidenceOrder`): every source named once, each one
 * deciding a line that no earlier source decides, and an earlier source winning over a later.
 */
describe('evidenceOrder', () => {
  const none: ReasonInput = { diagnostic: '', context: '', status: '', reply: '', action: 'failed', remoteHost: '' };
  const bySource: Record<EvidenceSource, [Partial<ReasonInput>, Reason]> = {
    reporter: [{ hint: 'expired', diagnostic: '550 5.1.1 User unknown' }, 'expired'],
    'format-status': [{ reporter: 'Office365', status: '5.7.509', diagnostic: '550 5.7.509 Access denied' }, 'authfailure'],
    provider: [{ remoteHost: 'smtp-in.orange.fr', diagnostic: '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416' }, 'userunknown'],
    format: [{ reporter: 'Domino', diagnostic: 'User some.name (a@b.example) not listed in Domino Directory' }, 'userunknown'],
    'diagnostic-type': [{ diagnosticType: 'x-unix', diagnostic: 'Command died with status 1: "/usr/bin/filter"' }, 'mailererror'],
    words: [{ diagnostic: '552 Requested mail action aborted: mailbox full' }, 'mailboxfull'],
    status: [{ status: '5.1.1', diagnostic: '550 Nope' }, 'userunknown'],
    'status-class': [{ status: '5.7.1', diagnostic: '550 Nope' }, 'securityerror'],
    notice: [{ diagnostic: '550 Nope', context: 'The recipient\'s mailbox is full.' }, 'mailboxfull'],
    reply: [{ reply: '552', action: 'failed', diagnostic: 'Nope' }, 'mailboxfull'],
    action: [{ action: 'delayed', diagnostic: 'Nope' }, 'expired'],
    command: [{ command: 'CONN', reply: '554', diagnostic: 'Nope' }, 'blocked'],
  };
  it('names every source once', () => {
    expect(new Set(evidenceOrder).size).toBe(evidenceOrder.length);
    expect(Object.keys(bySource).sort()).toEqual([...evidenceOrder].sort());
  });
  it.each(evidenceOrder.map((s) => [s] as const))('%s decides where nothing earlier does', (source) => {
    const [input, reason] = bySource[source];
    const d = decideReason({ ...none, ...input });
    expect([d.source, d.reason]).toEqual([source, reason]);
  });
  it('an earlier source wins over every later one it meets', () => {
    // Each source's input, with the next source's input beneath it: the earlier still decides.
    for (let i = 0; i + 1 < evidenceOrder.length; i++) {
      const [earlier, later] = [bySource[evidenceOrder[i]!][0], bySource[evidenceOrder[i + 1]!][0]];
      const d = decideReason({ ...none, ...later, ...earlier });
      expect(d.source, `${evidenceOrder[i]} over ${evidenceOrder[i + 1]}`).toBe(evidenceOrder[i]);
    }
  });
});

/** One real diagnostic line (the server's words as notices carry them) and the reason it means. */
interface Case {
  readonly line: string;
  readonly reason: Reason;
  readonly status?: string;
  readonly command?: SmtpCommand;
  readonly action?: string;
  readonly host?: string;
}

const cases: readonly Case[] = [
  // Postfix, Sendmail, Exim, qmail: the classic answers
  { line: '550 5.1.1 <a@example.jp>: Recipient address rejected: User unknown in virtual mailbox table', reason: 'userunknown', status: '5.1.1' },
  { line: '550 5.1.1 <a@example.jp>... User Unknown', reason: 'userunknown', status: '5.1.1' },
  { line: "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)", reason: 'userunknown' },
  { line: '550 5.2.1 <a@example.jp>... User Unknown', reason: 'userunknown', status: '5.2.1', command: 'RCPT' },
  { line: 'host mx.example.net[192.0.2.1] said: 550 Unknown user a@example.net (in reply to end of DATA command)', reason: 'filtered' },
  { line: 'SMTP error from remote mail server after MAIL FROM:<s@example.com> SIZE=1022: 553 5.1.0 example.com does not exist', reason: 'rejected', status: '5.1.0' },
  { line: '551 not our customer', reason: 'hasmoved', status: '5.1.6' },
  { line: '550 5.1.6 Recipient addresses in this domain no longer exist. The user has moved', reason: 'hasmoved', status: '5.1.6' },
  { line: '552 5.2.2 <a@example.jp>... Mailbox Full', reason: 'mailboxfull', status: '5.2.2' },
  { line: '452 4.2.2 The email account that you tried to reach is over quota.', reason: 'mailboxfull', status: '4.2.2' },
  { line: '552 5.3.4 Message size exceeds fixed maximum message size (10485760)', reason: 'mesgtoobig', status: '5.3.4' },
  { line: '552 5.2.3 Message length exceeds limit set by recipient', reason: 'exceedlimit', status: '5.2.3' },
  { line: '452 4.4.5 Insufficient disk space; try again later', reason: 'systemfull', status: '4.4.5' },
  { line: 'Host or domain name not found. Name service error for name=example.invalid type=A: Host not found', reason: 'hostunknown', status: '5.1.2' },
  { line: 'Name service error for name=example.org type=MX: Malformed or unexpected name server reply', reason: 'networkerror', status: '5.4.4' },
  { line: "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", reason: 'notaccept', status: '5.4.4' },
  { line: '556 5.1.10 Recipient address has null MX', reason: 'notaccept' },
  { line: 'connect to mx.example.jp[192.0.2.79]:25: Connection timed out', reason: 'expired', status: '4.4.1' },
  { line: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", reason: 'networkerror', status: '4.4.1', action: 'delayed' },
  { line: 'retry timeout exceeded', reason: 'expired' },
  { line: '550 5.4.312 Message expired, DNS query failed', reason: 'networkerror', status: '5.4.312' },
  { line: '554 5.7.1 <a@example.jp>: Relay access denied', reason: 'norelaying', status: '5.7.1' },
  { line: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', reason: 'blocked', status: '5.7.1' },
  { line: '553 http://www.spamhaus.org/query/bl?ip=192.0.2.222', reason: 'blocked' },
  { line: '550 5.7.1 Message content rejected, UBE, id=00000-22-225', reason: 'spamdetected', status: '5.7.1' },
  { line: '500 5.6.1 Message content rejected', reason: 'contenterror', status: '5.6.1' },
  { line: '550 5.7.25 [192.0.2.1] The IP address sending this message does not have a PTR record setup', reason: 'requireptr', status: '5.7.25' },
  { line: '550 5.7.26 Unauthenticated email from example.jp is not accepted due to domain\'s DMARC policy', reason: 'authfailure', status: '5.7.26' },
  { line: '550 Unauthenticated senders not allowed', reason: 'securityerror' },
  { line: '530 5.7.0 Must issue a STARTTLS command first', reason: 'securityerror', status: '5.7.0' },
  { line: '501 5.1.8 Sender address rejected', reason: 'rejected', status: '5.1.8' },
  { line: '554 Mail from s@example.net rejected for policy reasons. (in reply to MAIL FROM command)', reason: 'policyviolation' },
  { line: '550 5.7.1 Access denied (in reply to MAIL FROM command)', reason: 'rejected', status: '5.7.1' },
  { line: '552 Too many recipients', reason: 'toomanyconn' },
  { line: '421 Too many concurrent SMTP connections; please try again later', reason: 'toomanyconn' },
  { line: '450 4.7.1 Error: too much mail from 192.0.2.1', reason: 'speeding', status: '4.7.1', command: 'RCPT' },
  { line: '504 Command parameter not implemented', reason: 'syntaxerror' },
  { line: 'Command output: /usr/bin/procmail: Couldn\'t create "/var/mail/a"', reason: 'mailererror' },
  { line: '554 Transaction failed', reason: 'systemerror' },
  { line: '554 5.7.1 Virus found in message', reason: 'virusdetected', status: '5.7.1' },
  { line: '550 Mailbox is frozen. See http://mail.i.ua/err/3/', reason: 'suspend' },
  { line: '550 5.2.1 The email account that you tried to reach is disabled.', reason: 'suspend', status: '5.2.1' },
  { line: 'SMTP error from remote mail server after EHLO example.com: 550 Rejected', reason: 'blocked', command: 'HELO' },
  // Receiving providers' own wording
  { line: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com]', reason: 'userunknown', status: '5.4.1' },
  { line: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', reason: 'userunknown', status: '5.1.10' },
  { line: "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).", reason: 'blocked', status: '5.7.1', host: 'outlook.com' },
  { line: '550 5.7.606 Access denied, banned sending IP [192.0.2.1].', reason: 'blocked', status: '5.7.606' },
  { line: '552-5.7.0 This message was blocked because its content presents a potential security issue.', reason: 'policyviolation', status: '5.7.0' },
  { line: '421-4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp', reason: 'blocked', status: '4.7.0' },
  { line: "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com", reason: 'userunknown' },
  { line: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', reason: 'badreputation', status: '4.7.0', action: 'delayed' },
  { line: '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes', reason: 'policyviolation', status: '5.7.9' },
  { line: '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416', reason: 'userunknown', status: '5.5.0', command: 'DATA' },
  { line: '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]', reason: 'spamdetected', status: '5.2.0' },
  { line: '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102', reason: 'blocked' },
  { line: '550 5.2.0 <s@example.com> From: Domain is invalid. Please provide a valid From: IB506', reason: 'rejected', status: '5.2.0', host: 'smtp.secureserver.net' },
  { line: '550 Ip frequency limited [V2VkIEFwciAg Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help', reason: 'toomanyconn' },
  { line: '554 st11p00im-smtpin013.me.com ESMTP not accepting connections', reason: 'blocked' },
  { line: '550 Unknown user a@docomo.ne.jp (in reply to end of DATA command)', reason: 'rejected', host: 'mfsmax.docomo.ne.jp' },
  { line: '550 : User unknown', reason: 'filtered' },
  { line: '550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences', reason: 'filtered', status: '5.1.1' },
  // A site's header rule, a refused header block, a gateway that relays only for its own senders
  { line: 'SMTP error from remote mail server after end of data: 554 5.7.0 Header error', reason: 'policyviolation', status: '5.7.0' },
  { line: "554 Transaction failed: Duplicate header 'DKIM-Signature'.", reason: 'contenterror' },
  { line: "550 'a@example.com' is not a registered gateway user", reason: 'rejected', status: '5.0.0' },
  { line: '550 5.4.1 All recipient addresses rejected : Access denied [X.prod.protection.outlook.com]', reason: 'rejected', status: '5.4.1' },
];

function input(c: Case): ReasonInput {
  return { diagnostic: c.line, context: '', status: c.status ?? '', reply: '', action: c.action ?? 'failed', command: c.command, remoteHost: c.host ?? '' };
}

describe('decideReason over real diagnostic lines', () => {
  it.each(cases.map((c) => [c.line.slice(0, 90), c] as const))('%s', (_name, c) => {
    const d = decideReason(input(c));
    expect(d.reason, `rule ${d.rule} matched "${d.matched}"`).toBe(c.reason);
  });
  it('a reporter hint wins', () => {
    expect(decideReason({ ...input({ line: 'User unknown', reason: 'userunknown' }), hint: 'expired' }).reason).toBe('expired');
  });
  it('the first line (the reply) beats a transcript line Sendmail appends', () => {
    const d = decideReason(input({ line: '550 5.7.1 IP address blacklisted by recipient\n550 5.1.1 <a@b>... User unknown', reason: 'blocked', status: '5.1.1' }));
    expect(d.reason).toBe('blocked');
  });
  it('a delayed recipient with no words of its own does not take another recipient\'s "user unknown"', () => {
    const d = decideReason({ diagnostic: '', context: 'Final-Recipient: rfc822;b@example.org Action: failed Status: 5.0.0 Diagnostic-Code: smtp; 550 user unknown', status: '4.0.0', reply: '', action: 'delayed', remoteHost: '' });
    expect(d.reason).toBe('expired');
  });
  it('a delay with nothing said is expired, a failure with nothing said is undefined', () => {
    expect(decideReason(input({ line: '', reason: 'expired', action: 'delayed' })).reason).toBe('expired');
    expect(decideReason(input({ line: 'nothing useful here', reason: 'undefined', status: '5.0.0' })).reason).toBe('undefined');
  });
  // A hang guard, not a speed target (that is `npm run bench`): a super-linear pattern would take
  // seconds on this input; linear rules take well under a millisecond even on a loaded machine.
  it('stays linear on a long hostile diagnostic', () => {
    const junk = `${'a'.repeat(5000)} ${'< '.repeat(2000)} 550 ${'x@y '.repeat(500)}`;
    const start = performance.now();
    for (let i = 0; i < 200; i++) decideReason({ diagnostic: junk, context: junk, status: '', reply: '', action: 'failed', remoteHost: '' });
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('taxonomy', () => {
  it('a 4xx notice or a delay is never hard', () => {
    expect(severityFor('userunknown', '4.1.1', '', 'failed')).toBe('soft');
    expect(severityFor('userunknown', '', '450', 'failed')).toBe('soft');
    expect(severityFor('userunknown', '5.1.1', '550', 'delayed')).toBe('soft');
    expect(severityFor('userunknown', '5.1.1', '550', 'failed')).toBe('hard');
    expect(severityFor('mailboxfull', '5.2.2', '552', 'failed')).toBe('soft');
  });
  it('network errors pick their category from the evidence', () => {
    expect(categoryFor('networkerror')).toBe('routing-errors');
    expect(categoryFor('networkerror', { noAnswer: true })).toBe('no-answer-from-host');
    expect(categoryFor('networkerror', { connectionFailed: true })).toBe('bad-connection');
  });
});

describe('format tables', () => {
  // The formats they name are typed (ReporterName): a misspelt one does not compile.
  it('have folded phrases that state a reason or a command', () => {
    const bad: string[] = [];
    for (const rule of formatRules) {
      for (const w of rule.words) {
        const pieces = typeof w.phrase === 'string' ? [w.phrase] : w.phrase;
        for (const p of pieces) if (p !== fold(p) || !p) bad.push(`${rule.formats[0]}: "${p}" is not folded`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('ordered pieces must appear in order', () => {
    expect(includesInOrder('user (a@b) unknown.', ['user (', '@', ') unknown.'])).toBe(true);
    expect(includesInOrder(') unknown. user (a@b', ['user (', '@', ') unknown.'])).toBe(false);
  });
  it('PowerMTA bounce categories map to reasons', () => {
    expect(powerMtaCategoryReason['bad-mailbox']).toBe('userunknown');
    expect(powerMtaCategoryReason['quota-issues']).toBe('mailboxfull');
  });

  /** A recipient's words in a known notice format, and the reason that format's logic gives them. */
  const formatCases: readonly (Case & { readonly reporter: ReporterName })[] = [
    // A format's own sentence about the address settles it, with no command or status given.
    { reporter: 'Domino', line: 'User some.name (a@example.jp) not listed in Domino Directory', reason: 'userunknown' },
    { reporter: 'Domino', line: 'Cannot route mail to user (a@example.jp).', reason: 'filtered' },
    { reporter: 'Notes', line: 'User not listed in public Name & Address Book', reason: 'userunknown' },
    { reporter: 'IMailServer', line: 'Unknown user: a@example.com', reason: 'userunknown' },
    { reporter: 'IMailServer', line: 'Invalid final delivery userid: a@example.com', reason: 'userunknown' },
    { reporter: 'McAfee', line: '550 Unknown user a@example.co.jp', reason: 'userunknown' },
    { reporter: 'McAfee', line: '550 <a@example.co.jp>... User not exist', reason: 'userunknown' },
    { reporter: 'Verizon', line: 'No valid recipients for this MM', reason: 'userunknown' },
    { reporter: 'Exchange2003', line: 'The recipient name is not recognized MSEXCH:IMS:SITE:ORG:EXCHANGE 0 (000C05A6) Unknown Recipient', reason: 'userunknown' },
    { reporter: 'Exchange2003', line: 'MSEXCH:IMS:SITE:ORG:EXCHANGE 0 (00120270) Too Many Hops', reason: 'networkerror' },
    { reporter: 'InterScanMSS', line: 'Unable to deliver message to <a@example.jp> (and other recipients in the same domain).', reason: 'userunknown' },
    { reporter: 'Outlook', line: '550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022)', reason: 'userunknown', status: '5.5.0' },
    { reporter: 'Office365', line: "Your message to a@example.jp couldn't be delivered. a wasn't found at example.jp.", reason: 'userunknown' },
    { reporter: 'Postfix', line: 'unknown user: "a"', reason: 'userunknown' },
    { reporter: 'GSuite', line: "Your message wasn't delivered to a@example.it because the address couldn't be found.", reason: 'userunknown', status: '5.0.0' },
    // ... but Google's sentence yields to the remote reply's own status where the notice quotes one.
    { reporter: 'GSuite', line: "501 5.1.8 Sender address rejected\nYour message wasn't delivered to a@example.jp because the address couldn't be found.", reason: 'rejected', status: '5.1.8' },
    // Amazon SES receiving: the domain owner's bounce rule, not proof the mailbox is missing.
    { reporter: 'ReceivingSES', line: '550 5.1.1 Mailbox does not exist', reason: 'filtered', status: '5.1.1' },
    // Yahoo!: a reply naming the recipient answers RCPT.
    { reporter: 'Yahoo', line: '550: <a@example.org>: User unknown', reason: 'userunknown' },
    // A bare "User unknown" relayed with neither a command nor an address status: maybe a filter.
    { reporter: 'X1', line: 'User unknown', reason: 'filtered' },
    { reporter: 'Postfix', line: 'host mx.example.jp[192.0.2.22] said: 550 <a@example.jp>: User unknown', reason: 'filtered' },
    { reporter: 'generic', line: 'The email account that you tried to reach does not exist.', reason: 'filtered', status: '5.0.0' },
    // ... answered to RCPT, or under an X.1.1 status, it is the address.
    { reporter: 'Postfix', line: 'host mx.example.jp[192.0.2.22] said: 550 <a@example.jp>: User unknown (in reply to RCPT TO command)', reason: 'userunknown' },
    { reporter: 'generic', line: '550 5.1.1 <a@example.jp>... User unknown', reason: 'userunknown', status: '5.1.1' },
    { reporter: 'generic', line: '550 5.1.351 Remote server returned unknown recipient or mailbox unavailable -> 550 Unknown user a@example.ne.jp', reason: 'userunknown', status: '5.1.351' },
    // KDDI au names the address when the mailbox is missing, leaves it out when its filter refuses.
    { reporter: 'MessagingServer', line: '550 <a@ezweb.ne.jp>: User unknown', reason: 'userunknown', status: '5.0.0' },
    // Exim's own router words; receiving providers' own wording for a missing mailbox.
    { reporter: 'Exim', line: 'a@example.jp: user not found', reason: 'userunknown' },
    { reporter: 'generic', line: '550 5.1.1 <a@icloud.com>: inactive email address', reason: 'userunknown', host: 'mx01.mail.icloud.com' },
    { reporter: 'generic', line: "554 delivery error: dd This user doesn't have a yahoo.co.jp account (a@yahoo.co.jp) [0]", reason: 'userunknown', host: 'mx.mail.yahoo.co.jp' },
    { reporter: 'Sendmail', line: '550 Unknown user a@docomo.ne.jp', reason: 'userunknown', status: '5.1.1', host: 'mfsmax.docomo.ne.jp' },
    // Gmail's "(state N)": the step of the session that failed.
    { reporter: 'Gmail', line: '554 554 5.7.0 Header error (state 18).', reason: 'filtered', status: '5.7.0' },
    { reporter: 'Gmail', line: '550 550 Unknown user a@example.jp (state 18).', reason: 'filtered' },
    { reporter: 'Gmail', line: '550 550 5.1.1 <a@example.jp>... User Unknown (state 14).', reason: 'userunknown', status: '5.1.1' },
    // ... which yields to an exact status: 5.2.2 is a full mailbox whatever the state.
    { reporter: 'Gmail', line: '550 550 5.2.2 <a@example.jp>... Mailbox Full (state 14).', reason: 'mailboxfull', status: '5.2.2' },
  ];
  it.each(formatCases.map((c) => [`${c.reporter}: ${c.line.slice(0, 80)}`, c] as const))('%s', (_name, c) => {
    const d = decideReason({ ...input(c), reporter: c.reporter });
    expect(d.reason, `rule ${d.rule} matched "${d.matched}"`).toBe(c.reason);
  });
});
