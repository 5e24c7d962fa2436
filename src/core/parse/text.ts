/**
 * Rendered or pasted text: what a webmail shows or what a person copies. Maybe a few header
 * lines first (From:, Subject:, Date:, To:), then the readable body; maybe quoted with "> ";
 * maybe HTML. No MIME, no delivery-status part.
 */
import { htmlToText } from './html.js';
import { forwardedIn } from './forward.js';
import { partsWithoutMime, type Header, type MessageParts } from './message.js';
import { isBlank } from './trim.js';

// The value is trimmed in code (`\s*(.*)$` would let the two trade blanks: quadratic).
const leadHeaderRe = /^(from|subject|to|date|cc|sent|reply-to|da|oggetto|a|inviato|de|objet|envoy\u00e9|von|betreff|an|gesendet|asunto|para|enviado)\s*:(.*)$/i;

const headerAlias: Record<string, string> = {
  da: 'from', de: 'from', von: 'from', oggetto: 'subject', objet: 'subject', betreff: 'subject', asunto: 'subject',
  a: 'to', an: 'to', para: 'to', inviato: 'date', envoyé: 'date', gesendet: 'date', enviado: 'date', sent: 'date',
};

export function parseText(input: string): MessageParts {
  // A webmail's text copied from its page keeps the no-break spaces of its HTML (&nbsp; indents,
  // runs of spaces): a reader sees spaces, and the notices' markers and replies are read with them.
  let text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  if (text.includes('\u00a0')) text = text.replace(/\u00a0/g, ' ');
  if (/^\s*<(?:!doctype|html|div|p|table|body|span)\b/i.test(text)) text = htmlToText(text);
  text = unquote(text);
  // Line by line, by index: the blank lines on top, then at most the first 12 lines as header lines.
  const headers: Header[] = [];
  let start = 0;
  let i = 0;
  while (start <= text.length && isBlank(text, start, lineEnd(text, start))) {
    start = lineEnd(text, start) + 1;
    i++;
  }
  for (; start <= text.length && i < 12; i++) {
    const end = lineEnd(text, start);
    const m = leadHeaderRe.exec(text.slice(start, end).trim());
    if (!m) break;
    const key = m[1]!.toLowerCase();
    headers.push({ key: headerAlias[key] ?? key, value: m[2]!.trim() });
    start = end + 1;
  }
  return partsWithoutMime(headers, headers.length ? text.slice(start) : text);
}

/** Where the line starting at `start` ends: at its line break or the end of `text`. */
function lineEnd(text: string, start: number): number {
  const i = text.indexOf('\n', start);
  return i < 0 ? text.length : i;
}

/**
 * A forward's parts: those of each message it forwards inline (parse/forward.ts), innermost
 * first (a forward of a forward: the notice, then the forward holding it). Empty when none.
 */
export function forwardedParts(parts: MessageParts): MessageParts[] {
  return forwardedIn(parts.body, parts)
    .reverse()
    .map((inner) => ({ ...partsWithoutMime(inner.headers, inner.body), forwarded: true }));
}

/** Removes one level of "> " quoting when most non-blank lines carry it (a forwarded bounce). */
function unquote(text: string): string {
  // No line starts with ">": nothing to count (one native scan instead of a walk over every line).
  if (!text.startsWith('>') && !text.includes('\n>')) return text;
  let quoted = 0;
  let nonBlank = 0;
  for (let start = 0; start <= text.length; ) {
    const end = lineEnd(text, start);
    if (!isBlank(text, start, end)) {
      nonBlank++;
      if (text.startsWith('>', start)) quoted++;
    }
    start = end + 1;
  }
  if (nonBlank === 0 || quoted / nonBlank < 0.6) return text;
  return text
    .split('\n')
    .map((l) => (l.startsWith('>') ? l.replace(/^> ?/, '') : l))
    .join('\n');
}

/**
 * A line of text that has the shape of a mail server's answer, as people paste it on its own:
 * an SMTP reply (RFC 5321 4.2: three digits, then a space or a dash), an enhanced status code
 * (RFC 3463), a delivery-status field (RFC 3464 Status:, Diagnostic-Code:), or qmail's "(#5.1.1)".
 * Whether its words are a server's is for the rules to say (rules/kinds.ts, kind.ts).
 */
export interface ReplyLine {
  /** The line, trimmed. */
  readonly line: string;
  /** reply: "550 ..."; status: "5.1.1 ..." or "Status: 5.1.1"; field: "Diagnostic-Code: ..."; qmail: "... (#5.1.1)". */
  readonly shape: 'reply' | 'status' | 'field' | 'qmail';
  /** The code that opens the line (or qmail's trailing one). */
  readonly code: string;
  /** What follows the code: the server's words, if they are any. */
  readonly words: string;
  /** Words came before the code ("Remote host said: 550 ..."); a label can also stand there ("Q3 results: 550 new users"). */
  readonly lead?: boolean;
  /** The lead-in's words before its colon ("Remote host said"), when the line has one: not a quote or bracket alone. */
  readonly leadIn?: string;
}

// A short lead-in before the code ("Remote host said:", "host mx.example.org[192.0.2.7] said:",
// "Error:", "Reason:"), bounded and without a colon of its own, so a code inside a sentence
// ("the address 550 Via Roma") never opens a reply. Then an optional quote or bracket.
const leadIn = String.raw`(?:([^:\n]{1,120}):[ \t]{0,4})?['"(\[]?`;
const replyOpenRe = new RegExp(String.raw`^${leadIn}([45][0-5]\d)(?:[ -]|$)(.*)$`);
const statusOpenRe = new RegExp(String.raw`^${leadIn}#?([45]\.\d{1,3}\.\d{1,3})(?![\d.])(.*)$`);
// RFC 3464 2.3.4 Status and 2.3.6 Diagnostic-Code ("Diagnostic-Code: smtp; 550 ...").
const statusFieldRe = /^status[ \t]{0,4}:[ \t]{0,4}([45]\.\d{1,3}\.\d{1,3})(?![\d.])(.*)$/i;
const diagnosticFieldRe = /^diagnostic-code[ \t]{0,4}:[ \t]{0,4}(?:[\w-]{1,20}[ \t]{0,4};)?(.*)$/i;
// qmail writes its status in parentheses after the sentence: "Sorry, no mailbox here by that name. (#5.1.1)".
const qmailCodeRe = /\(#([45]\.\d{1,3}\.\d{1,3})\)/;

/** The line read as a server's answer, or null when it has none of those shapes. */
export function replyLine(raw: string): ReplyLine | null {
  const line = raw.trim().replace(/^>[ >]{0,8}/, '');
  if (!line) return null;
  let m = diagnosticFieldRe.exec(line);
  if (m) return { line, shape: 'field', code: '', words: m[1]!.trim() };
  m = statusFieldRe.exec(line);
  if (m) return { line, shape: 'status', code: m[1]!, words: m[2]!.trim() };
  m = replyOpenRe.exec(line);
  if (m) return { line, shape: 'reply', code: m[2]!, words: m[3]!.trim(), ...(/^\d/.test(line) ? {} : { lead: true }), ...(m[1] === undefined ? {} : { leadIn: m[1] }) };
  m = statusOpenRe.exec(line);
  if (m) return { line, shape: 'status', code: m[2]!, words: m[3]!.trim() };
  m = qmailCodeRe.exec(line);
  if (m) return { line, shape: 'qmail', code: m[1]!, words: line.slice(0, m.index).trim() };
  return null;
}
