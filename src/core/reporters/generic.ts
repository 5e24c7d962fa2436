/**
 * The fallback reader for notices no specific reporter claims. Most returned-mail formats put
 * each failed address at the start of a line (Exim's indented list, Postfix's "<a@b>: host said",
 * qmail's "<a@b>:", Sendmail's "<a@b>" list, Gmail's indented address) with the server's words on
 * the lines that follow; SMTP transcripts name it after "RCPT TO:". This reader collects those.
 */
import type { SmtpCommand } from '../rules/commands.js';
import { addressAt, addressMatches, firstAddressMatch, isSystemAddress, normalizeAddress } from '../parse/address.js';
import { header } from '../parse/message.js';
import { addressesIn } from './lib.js';
import type { FoundRecipient, NoticeContext, Reporter } from './types.js';

const maxBlockLines = 14;

// What may follow an address that starts a line and still make it the subject of the line:
// end of line, ':' (Postfix, qmail), '...' (Sendmail; T-Online "<a@b> ... unknown user"), '(' , '<mailto:' (Office 365 HTML),
// ' on ' (Exchange), ' said', a reply code, ',' (lists).
const afterAddressRe = /^(?:>|\)|"|')?(?:$|\s*[:,;(<\[]|\s?\.\.\.|\s+(?:on|said|because|--?|\(|\d{3}\b|failed|was|could|has|is|host|mailbox|user|not|recipient|unknown|does|delivery|smtp|\[|<))/i;

// A line starting with one of these names a header of the original, not a recipient.
const headerLineRe = /^(?:from|to|cc|bcc|reply-to|sender|return-path|delivered-to|x-[\w-]+|envelope-to|received|message-id|in-reply-to|references|subject)\s*:/i;

// Words that make an address in a sentence the recipient that failed.
// Also a reason that ends with a colon before the address: "User's mailbox is full: <a@b>",
// "Unknown user: a@b".
// Chinese 收件人 and Japanese 宛先 ("recipient") take a full-width colon.
// The same in the languages notices come in: Italian "recapitato a", "inviato a"; French "remis à",
// "envoyé à"; German "Nachricht an", "zugestellt an"; Spanish/Portuguese "entregar a", "enviado a",
// "para"; Dutch "afgeleverd bij", "verzonden aan", "bericht aan".
// A server's reply naming the address after its codes, "550 5.1.1 <a@b>: ...", is about that recipient.
const sentenceRe = /(?:recipient address|failed address|undeliverable address|recipients? failed|delivery to|delivered to|deliver to|message to|sent to|mail to|addressed to|recipient|destinatario|destinataire|empf\u00e4nger|\u6536\u4ef6\u4eba|\u5b9b\u5148|for|recapitat[oa] a|recapitare a|inviat[oa] a|remis \u00e0|envoy\u00e9 \u00e0|nachricht an|zugestellt an|gesendet an|entregar a|entregue a|enviad[oa] a|\bpara|afgeleverd bij|afgeleverd aan|verzonden aan|bericht aan|\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}|(?:^|\n)[45]\d\d|(?:is full|unknown user|user unknown|no such user|invalid recipient|mailbox unavailable)\s?:)[:\uff1a\s]*<?["']?$/i;

// A refusal of the sender names the sender's address, not a recipient's: Postfix "553 5.7.1 <a@b>:
// Sender address rejected: ...", Sendmail "553 5.1.8 <a@b>... Domain of sender address a@b does not
// exist", Exim's sender verification "550-Verification failed for <a@b>".
const senderNamedRe = /^>?(?:\.{3}|:)?\s?(?:sender address rejected|domain of sender address|sender verify failed)/i;
const senderBeforeRe = /verification failed for\s?<?$/i;

/** True when `text` names `address` as the sender a server refused. */
function namesSender(text: string, address: string): boolean {
  const i = text.toLowerCase().indexOf(address.toLowerCase());
  if (i < 0) return false;
  return senderBeforeRe.test(text.slice(Math.max(0, i - 40), i)) || senderNamedRe.test(text.slice(i + address.length, i + address.length + 60));
}

// A line that is only a display name and the address in parentheses or angle brackets (Exchange's list
// "Quinn Rao (quinn@example.org)", optionally followed by "<mailto:...>"). The name holds no bracket,
// '@' or ':' (so "From: Name <a@b>" and sentences ending in a colon are not it).
const replyOpenRe = /^[45]\d\d[ -]/;
const namedLineRe = /^[^<>()@:\[\]]{1,80}[(<]([^\s()<>]{3,254})[)>](?:<mailto:[^\s<>]{1,300}>)?$/i;

interface Block {
  address: string;
  lines: string[];
  command?: SmtpCommand;
}

export function scanRecipients(ctx: NoticeContext): FoundRecipient[] {
  const lines = ctx.notice.split('\n');
  const blocks: Block[] = [];
  let current: Block | null = null;
  const skip = (a: string) => isSystemAddress(a) || ctx.senders.has(a);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    // A line that names a recipient holds its address's '@': most lines hold none.
    if (raw.includes('@')) {
      const line = raw.trim().replace(/^>+\s*/, '');
      const lead = leadingAddress(line) ?? namedAddress(line);
      if (lead && !skip(lead.address) && !headerLineRe.test(line) && !namesSender(line, lead.address)) {
        current = { address: lead.address, lines: [lead.rest] };
        blocks.push(current);
        continue;
      }
      const rcpt = /RCPT TO:?\s*<([^>\s]{3,256})>/i.exec(line);
      if (rcpt) {
        const a = normalizeAddress(rcpt[1]!);
        if (a.includes('@') && !skip(a)) {
          current = { address: a, lines: [line], command: 'RCPT' };
          blocks.push(current);
          continue;
        }
      }
    }
    if (current) {
      if (current.lines.length < maxBlockLines) current.lines.push(raw.trim());
    }
  }
  // One recipient per address: later blocks for the same address add to its words
  // (Office 365 names it twice, Sendmail in the list and in the transcript).
  const byAddress = new Map<string, FoundRecipient>();
  for (const b of blocks) {
    const text = trimBlock(b.lines);
    const prev = byAddress.get(b.address);
    if (prev) {
      if (text && !prev.diagnostic.includes(text)) prev.diagnostic = `${prev.diagnostic}\n${text}`.trim();
      prev.command ??= b.command;
    } else {
      byAddress.set(b.address, { address: b.address, diagnostic: text, ...(b.command ? { command: b.command } : {}) });
    }
  }
  if (byAddress.size === 0) return sentenceRecipients(ctx);
  return [...byAddress.values()];
}

/** The address a line starts with, and what follows it; null if the line is about something else. */
function leadingAddress(line: string): { address: string; rest: string } | null {
  const m = /^(?:\*\s*|-\s+|\d+\.\s+|<|"|'|\(|recipient:\s*|to:\s*<)?/i.exec(line);
  const start = m ? m[0].length : 0;
  const a = addressAt(line, start);
  if (!a) return null;
  const rest = line.slice(start + a.length);
  if (!afterAddressRe.test(rest)) return null;
  return { address: normalizeAddress(a), rest: rest.replace(/^[>"')\s:]+/, '').trim() };
}

/** The address of a line that names only a recipient: "Display Name (a@b)". */
function namedAddress(line: string): { address: string; rest: string } | null {
  const m = namedLineRe.exec(line);
  // A server's reply naming the address ("550 Unknown local part a in <a@b>") is no display name:
  // its words are the diagnostic, read as a reply.
  if (!m || replyOpenRe.test(line)) return null;
  const a = firstAddressMatch(m[1]!);
  if (!a || a.index !== 0 || a[0].length !== m[1]!.length) return null;
  return { address: normalizeAddress(a[0]), rest: '' };
}

/** Drops blank lines at the ends of a block and folds it to the server's words. */
function trimBlock(lines: string[]): string {
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.trim()) end--;
  return lines.slice(0, end).join('\n').trim();
}

/** Last resort: "Your message to a@b could not be delivered". */
function sentenceRecipients(ctx: NoticeContext): FoundRecipient[] {
  const out = new Map<string, FoundRecipient>();
  // The end of the last address taken: an address that follows it with only a separator between
  // ("failed: a@b, c@d and e@f") belongs to the same list.
  let listEnd = -1;
  for (const m of addressMatches(ctx.notice)) {
    const a = normalizeAddress(m[0]);
    const at = m.index ?? 0;
    if (isSystemAddress(a) || ctx.senders.has(a) || out.has(a)) continue;
    const before = ctx.notice.slice(Math.max(0, at - 40), at);
    const inList = listEnd >= 0 && at - listEnd <= 8 && listSeparatorRe.test(ctx.notice.slice(listEnd, at));
    if (!inList && !sentenceRe.test(before)) continue;
    if (namesSender(ctx.notice.slice(Math.max(0, at - 40), at + m[0].length + 60), m[0])) continue;
    listEnd = at + m[0].length;
    const lineEnd = ctx.notice.indexOf('\n', at);
    const lineStart = ctx.notice.lastIndexOf('\n', at) + 1;
    out.set(a, { address: a, diagnostic: ctx.notice.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() });
  }
  // A notice about one recipient (or one list of them on one line) gives the server's reply in a
  // paragraph of its own (Gmail: "The response from the remote server was:" then "550 5.1.1 ..."):
  // it is theirs.
  const lines = new Set([...out.values()].map((r) => r.diagnostic));
  if (out.size >= 1 && lines.size === 1) {
    const line = [...lines][0]!;
    const at = ctx.notice.indexOf(line);
    const after = at < 0 ? '' : ctx.notice.slice(at + line.length);
    const more = after.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, maxBlockLines);
    if (more.length) for (const r of out.values()) r.diagnostic = `${line}\n${more.join('\n')}`;
  }
  if (out.size === 0) return headerRecipients(ctx);
  return [...out.values()];
}

// Between two addresses of one list: commas, semicolons, brackets, quotes, "and".
const listSeparatorRe = /^[>"'\s]*(?:[,;]|and)[<"'\s]*$/i;

/**
 * Exim (and relays that copy it) name the failed addresses in X-Failed-Recipients: when the body
 * names none in a way the readers know, the header does, and the notice's words are theirs.
 */
function headerRecipients(ctx: NoticeContext): FoundRecipient[] {
  const listed = addressesIn(header(ctx, 'x-failed-recipients')).filter((a) => !isSystemAddress(a) && !ctx.senders.has(a));
  if (!listed.length) return [];
  const words = ctx.notice.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, maxBlockLines).join('\n');
  return listed.map((address) => ({ address, diagnostic: words }));
}

export const generic = {
  name: 'generic',
  detect: () => true,
  recipients: scanRecipients,
} as const satisfies Reporter;
