/**
 * Rendered or pasted text: what a webmail shows or what a person copies. Maybe a few header
 * lines first (From:, Subject:, Date:, To:), then the readable body; maybe quoted with "> ";
 * maybe HTML. No MIME, no delivery-status part.
 */
import { htmlToText } from './html.js';
import { partsWithoutMime, type Header, type MessageParts } from './message.js';

// The value is trimmed in code (`\s*(.*)$` would let the two trade blanks: quadratic).
const leadHeaderRe = /^(from|subject|to|date|cc|sent|reply-to|da|oggetto|a|inviato|de|objet|envoy\u00e9|von|betreff|an|gesendet|asunto|para|enviado)\s*:(.*)$/i;

const headerAlias: Record<string, string> = {
  da: 'from', de: 'from', von: 'from', oggetto: 'subject', objet: 'subject', betreff: 'subject', asunto: 'subject',
  a: 'to', an: 'to', para: 'to', inviato: 'date', envoyé: 'date', gesendet: 'date', enviado: 'date', sent: 'date',
};

export function parseText(input: string): MessageParts {
  let text = input.replace(/\r\n?/g, '\n');
  if (/^\s*<(?:!doctype|html|div|p|table|body|span)\b/i.test(text)) text = htmlToText(text);
  text = unquote(text);
  const lines = text.split('\n');
  const headers: Header[] = [];
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  for (; i < lines.length && i < 12; i++) {
    const m = leadHeaderRe.exec(lines[i]!.trim());
    if (!m) break;
    const key = m[1]!.toLowerCase();
    headers.push({ key: headerAlias[key] ?? key, value: m[2]!.trim() });
  }
  return partsWithoutMime(headers, headers.length ? lines.slice(i).join('\n') : text);
}

/** Removes one level of "> " quoting when most non-blank lines carry it (a forwarded bounce). */
function unquote(text: string): string {
  const lines = text.split('\n');
  let quoted = 0;
  let nonBlank = 0;
  for (const l of lines) {
    if (!l.trim()) continue;
    nonBlank++;
    if (l.startsWith('>')) quoted++;
  }
  if (nonBlank === 0 || quoted / nonBlank < 0.6) return text;
  return lines.map((l) => (l.startsWith('>') ? l.replace(/^> ?/, '') : l)).join('\n');
}
