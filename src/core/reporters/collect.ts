/**
 * Gathers the failed recipients of a bounce: the DSN fields when the notice has them (the
 * authority on addresses), the format's own reader for the server's words, the generic reader
 * when no format claims the notice. The status code is picked here, once, for every format.
 */
import { isAddress, isSystemAddress, normalizeAddress } from '../parse/address.js';
import { pickStatus } from '../parse/codes.js';
import { parseDsn, type DsnFields } from '../parse/dsn.js';
import { capWords } from '../parse/limits.js';
import { commandIn, commandInFolded } from '../rules/commands.js';
import { lineWords, type FoldedWords } from '../rules/decide.js';
import { fold, squash } from '../rules/fold.js';
import { generic } from './generic.js';
import { claimant, type ReporterName } from './index.js';
import type { FoundRecipient, NoticeContext } from './types.js';

/**
 * A recipient's words, read once: for its command here, for its reason and verdict in
 * classify.ts toRecipient.
 */
export interface RecipientWords {
  /** The diagnostic cut to maxDiagnosticChars, its white space folded, trimmed: the verdict's. */
  readonly diagnostic: string;
  /**
   * `diagnostic` and the context (cut alike) folded as rules/decide.ts decideReason reads them
   * (lineWords), or null when `diagnostic` is empty.
   */
  readonly folded: FoldedWords | null;
}

/** The words of `r` (RecipientWords). */
export function recipientWords(r: FoundRecipient): RecipientWords {
  const diagnostic = squash(capWords(r.diagnostic)).trim();
  return { diagnostic, folded: diagnostic ? lineWords(diagnostic, capWords(r.context ?? '')) : null };
}

/**
 * The recipients and, for each (same place), its words. `words` are those of the recipient as
 * listed, whose diagnostic and context classify.ts toRecipient reads (cut to maxDiagnosticChars).
 */
export function collectRecipients(ctx: NoticeContext): { reporter: ReporterName; found: FoundRecipient[]; words: RecipientWords[] } {
  const reporter = claimant(ctx);
  let fromBody = reporter.recipients(ctx);
  let byGeneric = reporter === generic;
  if (fromBody.length === 0 && reporter !== generic) {
    fromBody = generic.recipients(ctx);
    byGeneric = true;
  }
  // The generic reader guesses from the shape of lines: a mail system's own mailbox is never
  // the recipient it means. A format reader or a DSN names recipients on purpose.
  if (byGeneric) fromBody = fromBody.filter((r) => !isSystemAddress(r.address));
  let found = fromBody;
  // The DSN's recipients are made here (dsnRecipients), so withCodes may set their codes in place.
  let fresh = false;
  let dsn = ctx.dsn;
  if ((!dsn || dsn.recipients.length === 0) && found.length === 0) dsn = forwardedDsn(ctx);
  if (dsn && dsn.recipients.length) {
    let fromDsn = dsnRecipients(dsn, fromBody);
    if (reporter.namesOriginal && fromDsn.length === 1 && fromBody.length === 1 && fromDsn[0]!.address !== fromBody[0]!.address) {
      fromDsn = [{ ...fromDsn[0]!, address: fromBody[0]!.address }];
    }
    if (fromDsn.length) {
      found = fromDsn;
      fresh = true;
    }
  }
  found = found.filter((r) => r.address && isAddress(r.address));
  const words = found.map(recipientWords);
  found = found.map((r, i) => withCodes(r, words[i]!, reporter.name, fresh));
  return { reporter: reporter.name, ...dedupe(found, words) };
}

/** A bounce whose notice names nobody but whose attachment is itself a DSN (a relayed bounce). */
function forwardedDsn(ctx: NoticeContext): DsnFields | null {
  if (!ctx.original || !/^final-recipient\s*:/im.test(ctx.original)) return null;
  const start = ctx.original.search(/^(?:reporting-mta|original-recipient|final-recipient)\s*:/im);
  const d = parseDsn(ctx.original.slice(Math.max(0, start)));
  return d.recipients.length ? d : null;
}

/**
 * Sets status and reply from the DSN field and the server's words (parse/codes.ts pickStatus),
 * and the SMTP command the server answered where the format's reader did not name it: read here
 * once per recipient (rules/commands.ts), '' when the words do not say. `fresh`: `r` was made by
 * collectRecipients, for this list only, and is set in place; a format's own is copied (a
 * spread of objects of many shapes is a slow generic copy).
 */
function withCodes(r: FoundRecipient, words: RecipientWords, format: ReporterName, fresh: boolean): FoundRecipient {
  const { status, reply } = pickStatus(r.status ?? '', r.diagnostic, r.context ?? '');
  // A copy with the status set or left out (not a `delete`, which leaves an object slow to read).
  let out: FoundRecipient;
  if (status && fresh) {
    out = r;
    out.status = status;
  } else if (status) out = { ...r, status };
  else if (!('status' in r)) out = { ...r };
  else {
    const { status: _empty, ...rest } = r;
    out = rest;
  }
  if (!out.reply && reply) out.reply = reply;
  out.command ||= words.folded ? commandInFolded(commandText(r, words.folded), format) : commandIn(commandTextOf(r), format);
  return out;
}

/** The diagnostic and context of `r`, cut to maxDiagnosticChars each, on two lines: the text its command is read in. */
export function commandTextOf(r: FoundRecipient): string {
  return `${capWords(r.diagnostic)}\n${capWords(r.context ?? '')}`;
}

/**
 * fold(commandTextOf(r)) spelled from the recipient's folded words (`folded`: recipientWords of
 * `r`), not folded again: the first line is the trimmed diagnostic, so the text is a space where
 * the diagnostic starts with white space, the first line, the space that the line break and the
 * white space around it fold to, and the folded context without its own leading space. But for
 * U+FEFF: white space to fold, and to lowercasing a mark a capital sigma's form looks through
 * (Unicode Final_Sigma): a diagnostic that holds it is folded whole, as it was.
 */
export function commandText(r: FoundRecipient, folded: FoldedWords): string {
  if (r.diagnostic.includes('\ufeff')) return fold(commandTextOf(r));
  const c = r.diagnostic.charCodeAt(0);
  const lead = c > 32 && c < 127 ? '' : /^\s/.test(r.diagnostic) ? ' ' : '';
  const rest = folded.rest.charCodeAt(0) === 32 ? folded.rest.slice(1) : folded.rest;
  return `${lead}${folded.first} ${rest}`;
}

/**
 * One recipient for each address, with its words: the first listed, given the diagnostic of a
 * later one where it has none (its command stays its own).
 */
function dedupe(list: FoundRecipient[], words: RecipientWords[]): { found: FoundRecipient[]; words: RecipientWords[] } {
  const seen = new Map<string, number>();
  const found: FoundRecipient[] = [];
  const kept: RecipientWords[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    const at = seen.get(r.address);
    if (at === undefined) {
      seen.set(r.address, found.length);
      found.push(r);
      kept.push(words[i]!);
    } else if (!found[at]!.diagnostic && r.diagnostic) {
      found[at] = { ...r, ...found[at]!, diagnostic: r.diagnostic };
      kept[at] = recipientWords(found[at]!);
    }
  }
  return { found, words: kept };
}

/** The recipients a DSN names, with the body's words added where the DSN gives none. */
function dsnRecipients(dsn: DsnFields, fromBody: FoundRecipient[]): FoundRecipient[] {
  const bodyBy = new Map(fromBody.map((r) => [r.address, r]));
  const out: FoundRecipient[] = [];
  const failed = dsn.recipients.filter((r) => r.action !== 'delivered' && r.action !== 'relayed' && r.action !== 'expanded');
  failed.forEach((r, i) => {
    let address = normalizeAddress(r.finalRecipient);
    const original = r.originalRecipient ? normalizeAddress(r.originalRecipient) : '';
    // One recipient on each side is the same failure, under the address before or after an alias
    // expansion: the body's words and command are that recipient's.
    let inBody = bodyBy.get(address) ?? (original ? bodyBy.get(original) : undefined) ?? (failed.length === 1 && fromBody.length === 1 ? fromBody[0] : undefined);
    if (!isAddress(address) || address.startsWith('@')) {
      // "Final-Recipient: rfc822; @mx.example.org" (a bad route), or a pipe
      // ("|/usr/bin/prog"): the body names the address; else the original one.
      const alt = inBody ?? (fromBody.length === failed.length ? fromBody[i] : fromBody.length === 1 ? fromBody[0] : undefined);
      if (alt) {
        address = alt.address;
        inBody = alt;
      } else if (original && isAddress(original)) address = original;
    }
    // The fields every recipient has, then those it may have, each set only when there is one
    // (not a conditional spread of a literal: a slow generic copy).
    const found: FoundRecipient = {
      address,
      action: r.action || inBody?.action || '',
      status: r.status || inBody?.status || '',
      diagnostic: r.diagnostic || inBody?.diagnostic || '',
      remoteHost: r.remoteMta || inBody?.remoteHost || '',
    };
    if (original && original !== address && isAddress(original)) found.originalRecipient = original;
    if (inBody?.reply) found.reply = inBody.reply;
    if (r.diagnosticType) found.diagnosticType = r.diagnosticType;
    if (inBody?.command) found.command = inBody.command;
    if (inBody?.hint) found.hint = inBody.hint;
    const context = inBody && r.diagnostic ? contextOf(r.diagnostic, inBody) : inBody?.context;
    if (context) found.context = context;
    out.push(found);
  });
  return out;
}

/** The body's words for a recipient that the DSN's Diagnostic-Code does not already hold ('' when none). */
function contextOf(dsnDiagnostic: string, inBody: FoundRecipient): string {
  const parts: string[] = [];
  if (inBody.diagnostic && !dsnDiagnostic.includes(inBody.diagnostic)) parts.push(inBody.diagnostic);
  if (inBody.context && !dsnDiagnostic.includes(inBody.context)) parts.push(inBody.context);
  return parts.join('\n');
}
