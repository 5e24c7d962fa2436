/**
 * The fields of a delivery status notification (RFC 3464 section 2, and RFC 6533 for the
 * message/global-delivery-status form): one per-message block, then one block per recipient,
 * blocks separated by blank lines, header-style fields that may be folded.
 */
import { isBlank, trimChars } from './trim.js';

export interface DsnRecipientFields {
  /** Final-Recipient address (the "rfc822;" type stripped). */
  readonly finalRecipient: string;
  /** Original-Recipient, or X-Actual-Recipient, when given. */
  readonly originalRecipient: string;
  readonly action: string;
  readonly status: string;
  readonly remoteMta: string;
  /** Diagnostic-Code text (the "smtp;" type stripped). */
  readonly diagnostic: string;
  /** The Diagnostic-Code type: smtp, x-unix, x-postfix ... lowercased. */
  readonly diagnosticType: string;
  /** Every field of the block, lowercased names; repeated fields keep the first value. */
  readonly fields: ReadonlyMap<string, string>;
}

export interface DsnFields {
  /** The per-message block (Reporting-MTA, Arrival-Date, ...). */
  readonly message: ReadonlyMap<string, string>;
  readonly recipients: readonly DsnRecipientFields[];
}

/**
 * Splits `text` into blocks of unfolded fields. Lines that are not fields are ignored. Lines are
 * read in place (a text with CRs made LF first: CRLF, CR and LF each end a line), a field's
 * value sliced once.
 */
export function parseFieldBlocks(input: string): Map<string, string>[] {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  // U+2028 and U+2029 are looked for in a value only where the text holds one.
  const separators = text.includes('\u2028') || text.includes('\u2029');
  const blocks: Map<string, string>[] = [];
  let block = new Map<string, string>();
  let last = '';
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const c = text.charCodeAt(start);
    if (isBlank(text, start, end)) {
      if (block.size) blocks.push(block);
      block = new Map();
      last = '';
    } else if ((c === 32 || c === 9) && last) {
      // RFC 5322 folding: the line continues the previous field.
      block.set(last, `${block.get(last) ?? ''} ${text.slice(start, end).trim()}`.trim());
    } else {
      const colon = fieldColon(text, start, end);
      // The value runs to the line's end: a line holding U+2028 or U+2029 after its colon is no
      // field (they end a line for a regex's `.`, as the pattern this replaced read it).
      const name = colon < 0 || (separators && lineSeparatorIn(text, colon + 1, end)) ? '' : text.slice(start, fieldNameEnd(text, start, colon)).toLowerCase();
      if (name && !block.has(name)) {
        block.set(name, trimmedSlice(text, colon + 1, end));
        last = name;
      } else {
        last = '';
      }
    }
    start = end + 1;
  }
  if (block.size) blocks.push(block);
  return blocks;
}

/** Whether `text[start, end)` holds U+2028 or U+2029. */
function lineSeparatorIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** `text.slice(start, end).trim()`, sliced once: the white space `trim` removes is the white space isBlank reads. */
function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && isBlank(text, start, start + 1)) start++;
  while (end > start && isBlank(text, end - 1, end)) end--;
  return text.slice(start, end);
}

/**
 * Where the colon of the field line `text[start, end)` stands, or -1 when the line is no field:
 * a name (a letter, then at most 60 letters, digits or hyphens), spaces or tabs, then a colon.
 * Read by char codes: a pattern's match costs a few thousand instructions a line.
 */
function fieldColon(text: string, start: number, end: number): number {
  if (!isLetter(text.charCodeAt(start))) return -1;
  let i = start + 1;
  while (i < end && isNameChar(text.charCodeAt(i))) i++;
  if (i - start > 61) return -1;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i < end && text.charCodeAt(i) === 58 ? i : -1;
}

/** Where the name of a field line whose colon `fieldColon` found ends (before its spaces or tabs). */
function fieldNameEnd(text: string, start: number, colon: number): number {
  let i = colon;
  while (i > start && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45;

/** "rfc822; a@b" -> ["rfc822", "a@b"]; a value without a type gives ["", value]. */
export function splitTyped(value: string): [string, string] {
  const i = value.indexOf(';');
  if (i > 0 && i < 20) {
    const type = value.slice(0, i).trim();
    if (isTypeName(type)) return [type.toLowerCase(), value.slice(i + 1).trim()];
  }
  return ['', value.trim()];
}

/** Whether `type` is one or more letters, digits, '.', '+' or '-' (what /^[A-Za-z0-9.+-]+$/ matches), read by char codes. */
function isTypeName(type: string): boolean {
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 45)) return false;
  }
  return type.length > 0;
}

/** Strips the angle brackets and quotes some servers put around an address. */
export function cleanAddress(value: string): string {
  let v = value.trim();
  const lt = v.indexOf('<');
  const gt = v.indexOf('>', lt + 1);
  if (lt >= 0 && gt > lt) v = v.slice(lt + 1, gt);
  v = trimChars(v, `"'`, `"'.,;:`).trim();
  return v;
}

/** Parses the text of a message/delivery-status part (or DSN fields found in a body). */
export function parseDsn(text: string): DsnFields {
  const blocks = parseFieldBlocks(text);
  let message = new Map<string, string>();
  const recipients: DsnRecipientFields[] = [];
  for (const block of blocks) {
    if (!(block.has('final-recipient') || block.has('original-recipient') || block.has('x-actual-recipient'))) {
      if (recipients.length === 0) {
        for (const [k, v] of block) if (!message.has(k)) message.set(k, v);
      }
      continue;
    }
    const finalRecipient = cleanAddress(splitTyped(block.get('final-recipient') ?? '')[1]);
    const original = cleanAddress(splitTyped(block.get('original-recipient') ?? block.get('x-actual-recipient') ?? '')[1]);
    const [diagnosticType, diagnostic] = splitTyped(block.get('diagnostic-code') ?? '');
    recipients.push({
      finalRecipient: finalRecipient || original,
      originalRecipient: original,
      action: beforeSpaceOrParen((block.get('action') ?? '').toLowerCase()),
      status: (block.get('status') ?? '').trim(),
      remoteMta: hostOnly(splitTyped(block.get('remote-mta') ?? '')[1]),
      diagnostic,
      diagnosticType,
      fields: block,
    });
  }
  if (recipients.length === 0 && blocks.length === 0) message = new Map();
  return { message, recipients };
}

/**
 * The host name of a Remote-MTA value without the comments servers append:
 * "192.0.2.222 (192.0.2.222, the server for the domain.)", "mx.example.org (TCP|...)".
 */
export function hostOnly(value: string): string {
  let host = beforeSpaceOrParen(value);
  // Without the brackets of an address literal ("[192.0.2.1]"), then without a final dot.
  if (host.startsWith('[')) host = host.slice(1);
  if (host.endsWith(']')) host = host.slice(0, -1);
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/**
 * `value` up to its first white space or "(" (all of it when it has neither): where /[\s(]/
 * first matches, found by char codes (white space as isBlank reads it, which is what \s matches).
 */
function beforeSpaceOrParen(value: string): string {
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) === 40 || isBlank(value, i, i + 1)) return value.slice(0, i);
  }
  return value;
}
