/**
 * Shared by the table-driven notice tests (heldout-style, other-corpora): how a row's expected
 * verdict is written, and the list of fields that differ, so a failing row names each of them.
 */
import type { Verdict } from '../../../src/core/types.js';

export interface Want {
  kind?: Verdict['kind'];
  /** Every failed recipient, in any order. */
  recipients?: string[];
  status?: string;
  reason?: string;
  category?: string;
  severity?: string;
  action?: string;
}

export type Row = [name: string, input: string, mode: 'message' | 'text', want: Want];

/** A raw message: header lines, a blank line, the body (CRLF as on the wire). */
export function eml(headers: Record<string, string>, body: string, date: string): string {
  const h = { Date: date, 'MIME-Version': '1.0', ...headers };
  return `${Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`;
}

/** The fields of `v` that differ from `want`, as "field: got X, want Y", with the evidence. */
export function differences(v: Verdict, want: Want): string[] {
  const out: string[] = [];
  const main = v.recipients.find((r) => r.reason === v.reason) ?? v.recipients[0];
  const check = (field: string, got: string | undefined, expected: string | undefined) => {
    if (expected !== undefined && got !== expected) out.push(`${field}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`);
  };
  check('kind', v.kind, want.kind);
  if (want.recipients) {
    const got = v.recipients.map((r) => r.address).sort();
    const expected = [...want.recipients].sort();
    if (got.join(' ') !== expected.join(' ')) out.push(`recipients: got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`);
  }
  check('status', main?.status, want.status);
  check('reason', v.reason, want.reason);
  check('category', v.category, want.category);
  check('severity', v.severity, want.severity);
  check('action', main?.action, want.action);
  if (out.length) out.push(`(evidence: ${v.evidence.map((e) => `${e.rule} "${e.text.slice(0, 80)}"`).join('; ')})`);
  return out;
}

/** Postfix's own wrapper text around its report (the bounce(5) template), for a given host. */
export function postfixIntro(host: string): string {
  return `This is the mail system at host ${host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
`;
}
