/**
 * A notice forwarded by a person, inline: the forwarder's own text (often a line: "this came
 * back, can you look?"), then the program's separator and the forwarded message's header block
 * (rules/forwards.ts), then the notice as the forwarder's program showed it.
 *
 * Design: a forwarded notice reads as the notice itself. The forwarded block's fields are its
 * headers (its From is the mail system, its To the forwarder, who is therefore never taken for a
 * failed recipient) and the text below them its body; the verdict says it was forwarded
 * (Verdict.forwarded). The forwarder's note and subject decide nothing: a person's mail that
 * forwards ordinary mail, or that talks about a bounce, is read as what it forwards, or stays
 * ordinary mail. Not unwrapped:
 * - a reply ("Re:", "AW:" ...): Outlook's "-----Original Message-----" heads quoted mail in
 *   replies too, and a reply is a person talking (kind.ts);
 * - a message from a mail system: a notice may quote the returned original under the same lines;
 * - a block under a long text, unless the subject says it is a forward ("Fwd:", "WG:" ...): a
 *   person's letter that quotes an older exchange at its end is that letter.
 */
import { dashedSeparators, forwardFields, forwardRuleRe, forwardSubjectRe, introSeparators, outlookSentFields, untaggedSubject } from '../rules/forwards.js';
import { fold } from '../rules/fold.js';
import { noticeSender, replyPrefixRe } from '../rules/kinds.js';
import type { Header } from './message.js';

/** The message forwarded inline: its header block and the body under it. */
export interface ForwardedBlock {
  readonly headers: Header[];
  readonly body: string;
}

/** Where a forward's separator is looked for: a forwarder's note is short. */
const maxLeadLines = 400;
const maxLeadChars = 20000;
/** With no forward subject, only this much text may stand above the forwarded block. */
const maxNoteLines = 3;
const maxNoteChars = 400;
/** A forward of a forward: each level is unwrapped, this many at most. */
const maxDepth = 3;

// A field of the block (the line trimmed): a name of one or two words, blanks (French "De :"), a
// colon, the value. Bounded repeats only: the line is a stranger's. The prefilter reads lines so
// too, through knownField.
const fieldNames: ReadonlyMap<string, string> = new Map(Object.entries(forwardFields));
const fieldRe = /^([\p{L}-]{1,12}(?: \p{L}{1,8})?)[ \t\u00a0]{0,4}:(.*)$/u;

/**
 * The messages forwarded in `text` (the body of a forward, its lead header lines already read),
 * outermost first: a forward of a forward gives two. Empty when `text` forwards nothing.
 */
export function forwardedIn(text: string, outer: { readonly subject: string; readonly from: string }): ForwardedBlock[] {
  const found: ForwardedBlock[] = [];
  let rest = text;
  let subject = outer.subject;
  let from = outer.from;
  // A forward of a forward: the block inside is unwrapped on the same terms, so a forwarded
  // notice that quotes its returned original under "Original Message:" stays that notice.
  for (let depth = 0; depth < maxDepth; depth++) {
    // A gateway's tag ("[EXT] RE: ...") hides no reply.
    const folded = untaggedSubject(fold(subject));
    if (replyPrefixRe.test(folded) || (noticeSender(from) && from.trim())) break;
    const next = oneLevel(rest, forwardSubjectRe.test(folded));
    if (!next) break;
    found.push(next);
    rest = next.body;
    subject = next.headers.find((h) => h.key === 'subject')?.value ?? '';
    from = next.headers.find((h) => h.key === 'from')?.value ?? '';
  }
  return found;
}

function oneLevel(text: string, titled: boolean): ForwardedBlock | null {
  const lead = text.length > maxLeadChars ? text.slice(0, maxLeadChars) : text;
  // The lead's lines are read one by one, and split into an array only where a block may start:
  // most texts forward nothing and end the note after a few lines.
  let lines: string[] | null = null;
  let noteLines = 0;
  let noteChars = 0;
  for (let i = 0, start = 0; i < maxLeadLines && start <= lead.length; i++) {
    const nl = lead.indexOf('\n', start);
    const end = nl < 0 ? lead.length : nl;
    const line = lead.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    const separator = isSeparator(line);
    // Outlook without a rule line: the block itself ("From: … Sent: … To: … Subject: …").
    if (separator || fieldRe.test(line)) {
      const all = (lines ??= lead.split('\n', maxLeadLines));
      const block = separator ? readBlock(all, skipBlank(all, i + 1)) : readBlock(all, i, true);
      if (block) {
        const body = all.slice(skipBlank(all, block.end)).join('\n');
        // The rest of the text past the lines read here.
        const read = all.join('\n').length;
        return { headers: block.headers, body: text.length > read ? body + text.slice(read) : body };
      }
    }
    if (!titled && (++noteLines > maxNoteLines || (noteChars += line.length) > maxNoteChars)) return null;
  }
  return null;
}

function isSeparator(line: string): boolean {
  if (forwardRuleRe.test(line)) return true;
  if (line.length > 60) return false;
  const s = line.toLowerCase();
  if (s.endsWith(':') && introSeparators.includes(s.slice(0, -1).trimEnd())) return true;
  if (!s.startsWith('--') || !s.endsWith('--')) return false;
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === '-' || s[a] === ' ')) a++;
  while (b > a && (s[b - 1] === '-' || s[b - 1] === ' ')) b--;
  return dashedSeparators.includes(s.slice(a, b));
}

/** The field a line of a block is (forwardFields): its key, its name as written (lowercase) and its value; null for none. */
export function knownField(line: string): { readonly key: string; readonly name: string; readonly value: string } | null {
  const m = fieldRe.exec(line.trim());
  const name = m ? m[1]!.toLowerCase() : '';
  const key = fieldNames.get(name);
  return key ? { key, name, value: m![2]!.trim() } : null;
}

/** Fields whose value is a list of recipients, which Outlook wraps onto the next lines when it is long. */
const listFields: ReadonlySet<string> = new Set(['to', 'cc']);
/** How many wrapped lines one such field may take. */
const maxWrapLines = 3;

/**
 * Where the block goes on when the lines from `at` are the wrapped rest of a list of recipients:
 * the next known field, within `maxWrapLines` lines and with no blank line before it; else -1
 * (the block ended at `at`).
 */
function resumesAt(lines: readonly string[], at: number): number {
  for (let j = at; j < lines.length && j <= at + maxWrapLines; j++) {
    if (!lines[j]!.trim()) return -1;
    if (j > at && knownField(lines[j]!)) return j;
  }
  return -1;
}

function skipBlank(lines: readonly string[], i: number): number {
  // Apple Mail leaves a blank line under its separator, Thunderbird several above the body.
  while (i < lines.length && !lines[i]!.trim()) i++;
  return i;
}

/**
 * The header block starting at `start`: known field names only, a From among them and a Subject
 * or a Date. Without a separator above (`bare`) the block must be Outlook's whole one: From,
 * Sent or Date, To and Subject.
 */
function readBlock(lines: readonly string[], start: number, bare = false): { headers: Header[]; end: number } | null {
  const headers: Header[] = [];
  let sent = false;
  let i = start;
  for (; i < lines.length && headers.length < 12; i++) {
    const field = knownField(lines[i]!);
    if (!field) {
      // A list of recipients wrapped onto the next lines: the block goes on after them.
      const last = headers[headers.length - 1];
      const resume = last && listFields.has(last.key) ? resumesAt(lines, i) : -1;
      if (resume < 0) break;
      headers[headers.length - 1] = { key: last!.key, value: [last!.value, ...lines.slice(i, resume).map((l) => l.trim())].join(' ') };
      i = resume - 1;
      continue;
    }
    if (outlookSentFields.includes(field.name)) sent = true;
    headers.push({ key: field.key, value: field.value });
  }
  const has = (k: string) => headers.some((h) => h.key === k);
  if (!has('from') || !(has('subject') || has('date'))) return null;
  if (bare && !(sent && has('to') && has('subject'))) return null;
  return { headers, end: i };
}
