/**
 * Gathers the failed recipients of a bounce: the DSN fields when the notice has them (the
 * authority on addresses and status codes), the format's own reader for the server's words,
 * the generic reader when no format claims the notice.
 */
import { isSystemAddress, normalizeAddress } from '../parse/address.js';
import { generic } from './generic.js';
import { reporters } from './index.js';
import type { FoundRecipient, NoticeContext } from './types.js';

export function collectRecipients(ctx: NoticeContext): { reporter: string; found: FoundRecipient[] } {
  const reporter = reporters.find((r) => r.detect(ctx)) ?? generic;
  let found = reporter.recipients(ctx);
  if (found.length === 0 && reporter !== generic) found = generic.recipients(ctx);
  if (ctx.dsn && ctx.dsn.recipients.length) {
    const fromDsn = dsnRecipients(ctx, found);
    if (fromDsn.length) found = fromDsn;
  }
  found = found.filter((r) => r.address && !isSystemAddress(r.address));
  return { reporter: reporter.name, found };
}

/** The recipients a DSN names, with the body's words added where the DSN gives none. */
function dsnRecipients(ctx: NoticeContext, fromBody: FoundRecipient[]): FoundRecipient[] {
  const bodyBy = new Map(fromBody.map((r) => [r.address, r]));
  const out: FoundRecipient[] = [];
  for (const r of ctx.dsn?.recipients ?? []) {
    if (r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded') continue;
    const address = normalizeAddress(r.finalRecipient);
    const inBody = bodyBy.get(address) ?? (r.originalRecipient ? bodyBy.get(normalizeAddress(r.originalRecipient)) : undefined);
    const diag = r.diagnostic || inBody?.diagnostic || '';
    out.push({
      address,
      ...(r.originalRecipient && normalizeAddress(r.originalRecipient) !== address ? { originalRecipient: normalizeAddress(r.originalRecipient) } : {}),
      action: r.action,
      status: r.status,
      diagnostic: diag,
      remoteHost: r.remoteMta,
      ...(inBody?.command ? { command: inBody.command } : {}),
      ...(inBody?.hint ? { hint: inBody.hint } : {}),
      ...(inBody && r.diagnostic && inBody.diagnostic && !r.diagnostic.includes(inBody.diagnostic) ? { context: inBody.diagnostic } : {}),
    });
  }
  return out;
}

