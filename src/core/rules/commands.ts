/**
 * Which SMTP command the remote server was answering when it refused: the one reader, and the
 * one table of the ways notices say it. The command changes what words mean: "User unknown"
 * answered to RCPT is a missing mailbox, answered after DATA a recipient-side filter, answered to
 * MAIL FROM the sender refused (rules/decide.ts).
 *
 * Reporters that read a session transcript (">>> DATA", "Sent <<< RCPT TO") or a step tag
 * ("[RCPT_TO]", "SMTP:RCPT") name the command by its word with `commandNamed`; everything else is
 * read once per recipient by `commandIn` (reporters/collect.ts), from the table below.
 */
import { fold } from './fold.js';
import type { ReporterName } from '../reporters/index.js';
import { includesInOrder } from './formats.js';
import { PhraseIndex, requiredLiteral } from './scan.js';

/**
 * The steps of an SMTP session (RFC 5321 3.1-3.3, RFC 3207, RFC 4954), in session order. CONN
 * is the connection and the server's greeting; HELO stands for HELO and EHLO alike.
 */
export const smtpCommands = ['CONN', 'HELO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'QUIT'] as const;
export type SmtpCommand = (typeof smtpCommands)[number];

/** Commands a server answers before it has read the message (RFC 5321 order). */
export const beforeData: ReadonlySet<SmtpCommand> = new Set<SmtpCommand>(['CONN', 'HELO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT']);

/**
 * A command's word as notices write it (uppercase): in transcripts (">>> EHLO"), in step tags
 * (Yahoo's "[RCPT_TO]", "[BODY]"; m-FILTER's "CONNECT"), in 1&1's "for TEXT command".
 */
const commandWords: Readonly<Record<string, SmtpCommand>> = {
  CONN: 'CONN', CONNECT: 'CONN',
  HELO: 'HELO', EHLO: 'HELO', LHLO: 'HELO',
  STARTTLS: 'STARTTLS', AUTH: 'AUTH',
  MAIL: 'MAIL', MAIL_FROM: 'MAIL',
  RCPT: 'RCPT', RCPT_TO: 'RCPT',
  DATA: 'DATA', BDAT: 'DATA', BODY: 'DATA', TEXT: 'DATA',
  QUIT: 'QUIT',
};

/** The command a notice's word names ("EHLO" -> HELO, "RCPT_TO" -> RCPT), or undefined. */
export function commandNamed(word: string | undefined): SmtpCommand | undefined {
  return word ? commandWords[word.toUpperCase()] : undefined;
}

/** One way notices say which command was answered: a folded substring, or a linear regex. */
export interface CommandMarker {
  /** A folded substring, pieces that must occur in this order, or a linear regex. */
  readonly marker: string | readonly string[] | RegExp;
  readonly command: SmtpCommand;
}

/**
 * The ways notices say which command the server answered, matched in folded text (lowercase,
 * whitespace runs as one space). Where several occur, the earliest in the text wins: it is the
 * one next to the server's reply.
 */
export const commandMarkers: readonly CommandMarker[] = [
  // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"; Exim: "SMTP
  // error from remote mail server after RCPT TO:<a@b>:", "after end of data:", "after MAIL
  // FROM:<a@b> SIZE=1024:"; 1&1/GMX (Exim): "after RCPT command:"; DragonFly: "did not like our
  // RCPT TO:"; Sendmail, Courier transcripts: ">>> DATA".
  { marker: /(?:in reply to|after|did not like our|>>>) (?:end of |the |final )?(rcpt|data|mail|helo|ehlo|starttls|auth|quit|connect)\b/, command: 'RCPT' },
  // qmail: "192.0.2.5 does not like recipient."; "Sorry, no SMTP connection got far enough;
  // most progress was RCPT TO response; remote host 192.0.2.32 said: 550 ..."; Postfix smtpd: "550 5.1.1 <a@b>: Recipient address rejected: User
  // unknown in local recipient table" (smtpd checks recipients when it reads RCPT TO).
  { marker: 'does not like recipient', command: 'RCPT' },
  { marker: /most progress was (rcpt|mail|data|helo|ehlo)\b/, command: 'RCPT' },
  { marker: 'recipient address rejected', command: 'RCPT' },
  { marker: 'unknown in local recipient table', command: 'RCPT' },
  { marker: 'unknown in virtual mailbox table', command: 'RCPT' },
  { marker: 'unknown in virtual alias table', command: 'RCPT' },
  { marker: 'unknown in relay recipient table', command: 'RCPT' },
  // X3, Mimecast: "SMTP:RCPT host mx.example.org: 550 ..."; "[RCPT_TO]" (Yahoo); "SMTP command
  // RCPT" (Trend Micro).
  { marker: 'smtp:rcpt', command: 'RCPT' },
  { marker: '[rcpt_to]', command: 'RCPT' },
  { marker: 'smtp command rcpt', command: 'RCPT' },
  // Exchange relaying a remote refusal of the recipient: "Remote server returned unknown
  // recipient or mailbox unavailable -> 550 <a@b>: User unknown".
  { marker: 'unknown recipient or mailbox unavailable ->', command: 'RCPT' },
  // 1&1 (Exim): "SMTP error from remote server for TEXT command"; qmail: "192.0.2.5 failed on
  // DATA command.", "192.0.2.5 failed after I sent the message."
  { marker: 'for text command', command: 'DATA' },
  { marker: 'failed on data command', command: 'DATA' },
  { marker: 'failed after i sent the message', command: 'DATA' },
  { marker: 'smtp:data', command: 'DATA' },
  { marker: '[data]', command: 'DATA' },
  { marker: 'smtp command data', command: 'DATA' },
  // Postfix: "lost connection with mx[ip] while sending RCPT TO", "while sending end of data".
  { marker: /while sending (?:end of )?(rcpt|mail|data|starttls)\b/, command: 'RCPT' },
  // qmail: "Connected to 192.0.2.5 but sender was rejected.", "... does not like sender";
  // Postfix smtpd: "553 5.1.8 <a@b>: Sender address rejected: Domain not found".
  { marker: 'sender was rejected', command: 'MAIL' },
  { marker: 'does not like sender', command: 'MAIL' },
  { marker: 'sender address rejected', command: 'MAIL' },
  // Exim's sender verification (its specification, "Sender verification"): "550-Verification failed
  // for <a@b>", "550-Unrouteable address", "550 Sender verify failed": the sender refused, whatever
  // step the answer came at.
  { marker: 'sender verify failed', command: 'MAIL' },
  { marker: 'smtp:mail', command: 'MAIL' },
  { marker: '[mail_from]', command: 'MAIL' },
  // Oracle Messaging Server: "Server rejected MAIL FROM address".
  { marker: 'mail from address', command: 'MAIL' },
  // qmail: "Connected to 192.0.2.5 but my name was rejected."; Postfix: "while performing the
  // EHLO handshake".
  { marker: 'but my name was rejected', command: 'HELO' },
  { marker: /while performing the (?:ehlo|helo) handshake/, command: 'HELO' },
  // Exim: "SMTP error from remote mail server after initial connection:"; Postfix: "while
  // receiving the initial server greeting", "connect to mx[ip]:25: Connection refused", "host
  // mx[ip] refused to talk to me: 554 ..."; qmail: "Sorry, I wasn't able to establish an SMTP
  // connection.", "Connected to 192.0.2.5 but greeting failed."; SendGrid: "... in connect".
  { marker: 'after initial connection', command: 'CONN' },
  { marker: 'smtp greeting', command: 'CONN' },
  { marker: 'initial server greeting', command: 'CONN' },
  { marker: 'refused to talk to me', command: 'CONN' },
  { marker: 'but greeting failed', command: 'CONN' },
  { marker: 'establish an smtp connection', command: 'CONN' },
  { marker: /no smtp connection(?! got far enough; most progress was)/, command: 'CONN' },
  { marker: /\bin connect\b/, command: 'CONN' },
  { marker: /connection (?:refused|timed out)|couldn'?t connect|unable to connect|could not connect/, command: 'CONN' },
];

/**
 * Words a single notice format uses for a command that would mean something else elsewhere:
 * read only in that format's notices, and only when no marker above says anything.
 */
export const formatCommandMarkers: Readonly<Partial<Record<ReporterName, readonly CommandMarker[]>>> = {
  // Yahoo! Mail quotes the remote reply after "Remote host said:"; a reply naming the recipient
  // answers RCPT even where no "[RCPT_TO]" tag follows: "Remote host said: 550: <a@b>: User unknown"
  Yahoo: [{ marker: ['<', '@', '>'], command: 'RCPT' }],
};

/**
 * The literals one of which every match of `re` starts with (its branches' leading words: "in
 * reply to ", "after ", "did not like our ", ">>> " for the first row above), or null where some
 * branch starts with none. Read from the regex's source: each top-level branch, after any `\b`,
 * starts with a run of plain characters or with a group of plain alternatives (then the plain
 * characters after it); a character a quantifier makes optional ends the run before it.
 */
export function leadingLiterals(re: RegExp): string[] | null {
  if (re.flags.replace(/[gd]/g, '')) return null;
  const out: string[] = [];
  for (const branch of topLevelBranches(re.source)) {
    let i = 0;
    while (branch.startsWith('\\b', i)) i += 2;
    let heads = [''];
    if (branch.startsWith('(?:', i)) {
      const close = branch.indexOf(')', i);
      const inner = branch.slice(i + 3, close);
      if (close < 0 || inner.includes('(') || /^[?*+{]/.test(branch.slice(close + 1))) return null;
      heads = inner.split('|');
      if (heads.some((h) => plainRun(h, 0) !== h.replace(/\\(.)/g, '$1'))) return null;
      heads = heads.map((h) => h.replace(/\\(.)/g, '$1'));
      i = close + 1;
    }
    const tail = plainRun(branch, i);
    for (const h of heads) {
      if (!h && !tail) return null;
      out.push(h + tail);
    }
  }
  return out;
}

/** `source` cut at each `|` outside a group or class. */
function topLevelBranches(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') for (i++; i < source.length && source[i] !== ']'; i++) { if (source[i] === '\\') i++; }
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/**
 * The plain characters of a regex source from `i` on (an escaped punctuation mark is itself),
 * without the last one where a quantifier follows it.
 */
function plainRun(source: string, i: number): string {
  let run = '';
  for (; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\' && /^[^0-9A-Za-z]$/.test(source[i + 1] ?? '')) run += source[++i];
    else if ('\\^$.|?*+()[]{}'.includes(c)) break;
    else run += c;
  }
  return /^[?*+{]/.test(source.slice(i)) ? run.slice(0, -1) : run;
}

/**
 * The markers of `commandMarkers`, prepared once, in one index (rules/scan.ts), so one reading
 * of the text finds every place each plain marker occurs and, for each regex, the earliest place
 * one of its leading literals does (`leadingLiterals`): a regex whose matches could only start
 * after the best place already found is not run. A regex without leading literals is run where
 * the text holds the literal every match of it holds.
 */
const plainMarkers = commandMarkers.flatMap((m, order) => (typeof m.marker === 'string' ? [{ text: m.marker, order, command: m.command }] : []));
const regexMarkers = commandMarkers.flatMap((m, order) =>
  m.marker instanceof RegExp ? [{ re: m.marker, literal: requiredLiteral(m.marker), leads: leadingLiterals(m.marker), order, command: m.command }] : [],
);
/** The index's entries past the plain markers: each regex's leading literals, with the regex's number. */
const leadOf = regexMarkers.flatMap((m, k) => (m.leads ?? []).map((text) => ({ text, k })));
const markerIndex = new PhraseIndex([...plainMarkers.map((m) => m.text), ...leadOf.map((l) => l.text)]);
/** Per regex, the earliest start of one of its leading literals in the text being read (-1: none). */
const earliestLead = new Int32Array(regexMarkers.length);

function position(folded: string, m: CommandMarker): [number, SmtpCommand] | null {
  if (typeof m.marker === 'string') {
    const i = folded.indexOf(m.marker);
    return i < 0 ? null : [i, m.command];
  }
  if (!(m.marker instanceof RegExp)) return includesInOrder(folded, m.marker) ? [folded.indexOf(m.marker[0] ?? ''), m.command] : null;
  const hit = m.marker.exec(folded);
  if (!hit) return null;
  // A regex row that captures the command's word names it itself.
  return [hit.index, commandNamed(hit[1]) ?? m.command];
}

/**
 * The command the notice's words say the server answered (the earliest marker in `text`, the
 * first in the table where two start at one place), else the one its format's own words show, else ''.
 */
export function commandIn(text: string, format?: ReporterName): SmtpCommand | '' {
  return text ? commandInFolded(fold(text), format) : '';
}

/** `commandIn` of a text already folded (rules/fold.ts: folding it again would change nothing). */
export function commandInFolded(folded: string, format?: ReporterName): SmtpCommand | '' {
  if (!folded) return '';
  let at = Infinity;
  let order = Infinity;
  let command: SmtpCommand | '' = '';
  earliestLead.fill(-1);
  markerIndex.forEach(folded, (i, start) => {
    if (i >= plainMarkers.length) {
      const k = leadOf[i - plainMarkers.length]!.k;
      if (earliestLead[k]! < 0 || start < earliestLead[k]!) earliestLead[k] = start;
      return;
    }
    const m = plainMarkers[i]!;
    if (start < at || (start === at && m.order < order)) [at, order, command] = [start, m.order, m.command];
  });
  for (let k = 0; k < regexMarkers.length; k++) {
    const m = regexMarkers[k]!;
    if (m.leads) {
      // Every match starts where a leading literal does: none before the best place, none to run.
      const lead = earliestLead[k]!;
      if (lead < 0 || lead > at || (lead === at && m.order > order)) continue;
    } else if (m.literal && !folded.includes(m.literal)) continue;
    const hit = m.re.exec(folded);
    // A regex row that captures the command's word names it itself.
    if (hit && (hit.index < at || (hit.index === at && m.order < order))) [at, order, command] = [hit.index, m.order, commandNamed(hit[1]) ?? m.command];
  }
  if (command) return command;
  for (const m of (format ? formatCommandMarkers[format] : undefined) ?? []) {
    const hit = position(folded, m);
    if (hit) return hit[1];
  }
  return '';
}
