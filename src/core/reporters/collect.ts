/**
 * Gathers the failed recipients of a bounce: the DSN fields when the notice has them (the
 * authority on addresses), the format's own reader for the server's words, the generic reader
 * when no format claims the notice. The status code is picked here, once, for every format.
 */
import { isAddress, isSystemAddress, normalizeAddress } from '../parse/address.js';
import { pickStatus } from '../parse/codes.js';
import { parseDsn, type DsnFields } from '../parse/dsn.js';
import { maxDiagnosticChars } from '../parse/limits.js';
import { commandIn } from '../rules/commands.js';
import { generic } from './generic.js';
import { claimant, type ReporterName } from './index.js';
import type { FoundRecipient, NoticeContext } from './types.js';

export function collectRecipients(ctx: NoticeContext): { reporter: ReporterName; found: FoundRecipient[] } {
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
  found = found.filter((r) => r.address && isAddress(r.address)).map((r) => withCodes(r, reporter.name, fresh));
  return { reporter: reporter.name, found: dedupe(found) };
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
function withCodes(r: FoundRecipient, format: ReporterName, fresh: boolean): FoundRecipient {
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
  out.command ||= commandIn(`${r.diagnostic.slice(0, maxDiagnosticChars)}\n${(r.context ?? '').slice(0, maxDiagnosticChars)}`, format);
  return out;
}

function dedupe(list: FoundRecipient[]): FoundRecipient[] {
  const seen = new Map<string, FoundRecipient>();
  for (const r of list) {
    const prev = seen.get(r.address);
    if (!prev) seen.set(r.address, r);
    else if (!prev.diagnostic && r.diagnostic) seen.set(r.address, { ...r, ...prev, diagnostic: r.diagnostic });
  }
  return [...seen.values()];
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
