/**
 * The fields of a delivery status notification (RFC 3464 section 2, and RFC 6533 for the
 * message/global-delivery-status form): one per-message block, then one block per recipient,
 * blocks separated by blank lines, header-style fields that may be folded.
 */
import { trimChars } from './trim.js';

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

// The value is trimmed in code: `[ \t]*(.*)$` would backtrack quadratically over a long run of
// blanks followed by a line separator that `.` does not match (U+2028).
const fieldRe = /^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:(.*)$/;

/** Splits `text` into blocks of unfolded fields. Lines that are not fields are ignored. */
export function parseFieldBlocks(text: string): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let block = new Map<string, string>();
  let last = '';
  for (const raw of text.split(/\r\n|\r|\n/)) {
    if (raw.trim() === '') {
      if (block.size) blocks.push(block);
      block = new Map();
      last = '';
      continue;
    }
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
      // RFC 5322 folding: the line continues the previous field.
      block.set(last, `${block.get(last) ?? ''} ${raw.trim()}`.trim());
      continue;
    }
    const m = fieldRe.exec(raw);
    if (!m) {
      last = '';
      continue;
    }
    const name = m[1]!.toLowerCase();
    if (!block.has(name)) {
      block.set(name, m[2]!.trim());
      last = name;
    } else {
      last = '';
    }
  }
  if (block.size) blocks.push(block);
  return blocks;
}

/** "rfc822; a@b" -> ["rfc822", "a@b"]; a value without a type gives ["", value]. */
export function splitTyped(value: string): [string, string] {
  const i = value.indexOf(';');
  if (i > 0 && i < 20 && /^[A-Za-z0-9.+-]+$/.test(value.slice(0, i).trim())) {
    return [value.slice(0, i).trim().toLowerCase(), value.slice(i + 1).trim()];
  }
  return ['', value.trim()];
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

const recipientFields = ['final-recipient', 'original-recipient', 'x-actual-recipient'];

/** Parses the text of a message/delivery-status part (or DSN fields found in a body). */
export function parseDsn(text: string): DsnFields {
  const blocks = parseFieldBlocks(text);
  let message = new Map<string, string>();
  const recipients: DsnRecipientFields[] = [];
  for (const block of blocks) {
    if (!recipientFields.some((f) => block.has(f))) {
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
      action: (block.get('action') ?? '').toLowerCase().split(/[\s(]/)[0] ?? '',
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
  const i = value.search(/[\s(]/);
  return (i < 0 ? value : value.slice(0, i)).replace(/^\[|\]$/g, '').replace(/\.$/, '');
}
