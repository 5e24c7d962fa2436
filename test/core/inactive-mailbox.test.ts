/**
 * inactive-mailbox is hard (TAXONOMY.md: "the mailbox exists but is disabled, suspended or
 * moved") wherever it is decided: the verdict's severity, the advice's keep-or-remove and the
 * summary's remove/keep lists say the same for each notice. What stays soft is what TAXONOMY.md
 * says is never hard (a 4xx reply, a 4.x.x status, Action: delayed) and a suspension the server
 * itself calls temporary ("may work later"). Notices written here from the servers' documented
 * wording (Gmail's DisabledUser page, RFC 3463 X.2.1 and X.1.6, RFC 5248 X.7.13, Yahoo's #102).
 */
import { describe, expect, it } from 'vitest';
import { BounceSummary, classify, explain } from '../../src/core/index.js';
import { catalogs, type MessageKey } from '../../src/core/advice/catalog.js';
import { supportedLocales } from '../../src/core/locales.js';
import { eml } from './support/notices.js';

/** A Postfix-style DSN for one recipient. */
function dsn(address: string, action: string, status: string, diagnostic: string): string {
  const b = 'inact-31';
  return eml(
    {
      From: 'MAILER-DAEMON@out.sender.example (Mail Delivery System)',
      To: 'news@sender.example',
      Subject: 'Undelivered Mail Returned to Sender',
      'Content-Type': `multipart/report; report-type=delivery-status; boundary="${b}"`,
    },
    `--${b}
Content-Type: text/plain

This is the mail system at host out.sender.example.

--${b}
Content-Type: message/delivery-status

Reporting-MTA: dns; out.sender.example

Final-Recipient: rfc822; ${address}
Action: ${action}
Status: ${status}
Diagnostic-Code: smtp; ${diagnostic}

--${b}--
`,
    'Mon, 03 Mar 2025 10:00:00 +0100',
  );
}

interface Row {
  name: string;
  input: string;
  reason: string;
  severity: 'hard' | 'soft';
  /** What the advice says to do, and in which words. */
  action: 'remove' | 'keep';
  actionKey: MessageKey;
}

const rows: Row[] = [
  {
    name: 'Gmail: the account is disabled (5.2.1)',
    input: dsn('anna@example.org', 'failed', '5.2.1', '550-5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser'),
    reason: 'suspend', severity: 'hard', action: 'remove', actionKey: 'action.remove.inactive',
  },
  {
    name: 'disabled or discontinued, with a vague 5.0.0',
    input: dsn('bruno@example.net', 'failed', '5.0.0', '554 delivery error: This account has been disabled or discontinued [#102].'),
    reason: 'suspend', severity: 'hard', action: 'remove', actionKey: 'action.remove.inactive',
  },
  {
    name: 'RFC 5248 5.7.13: user account disabled',
    input: dsn('carla@example.com', 'failed', '5.7.13', '550 5.7.13 <carla@example.com>: Recipient address rejected: User account disabled'),
    reason: 'suspend', severity: 'hard', action: 'remove', actionKey: 'action.remove.inactive',
  },
  {
    name: 'the mailbox has moved (5.1.6)',
    input: dsn('dario@example.org', 'failed', '5.1.6', '550 5.1.6 Recipient no longer on server: dario@example.org'),
    reason: 'hasmoved', severity: 'hard', action: 'remove', actionKey: 'action.remove.inactive',
  },
  {
    name: 'a disabled mailbox answered with 4.2.1 while still trying is a delay',
    input: dsn('elsa@example.net', 'delayed', '4.2.1', '450 4.2.1 <elsa@example.net>: Recipient address rejected: this mailbox is inactive and has been disabled'),
    reason: 'suspend', severity: 'soft', action: 'keep', actionKey: 'action.keep.delayed',
  },
  {
    name: 'a disabled mailbox given up on with a 4.2.1 stays soft (4xx is never hard)',
    input: dsn('fabio@example.com', 'failed', '4.2.1', '450 4.2.1 <fabio@example.com>: Recipient address rejected: mailbox disabled'),
    reason: 'suspend', severity: 'soft', action: 'keep', actionKey: 'action.keep.suspended',
  },
  {
    name: 'a mailbox its server locked only for now',
    input: dsn('gaia@example.org', 'failed', '5.7.1', '550 5.7.1 <gaia@example.org>: Recipient address rejected: User gaia@example.org temporarily locked. Please try again later.'),
    reason: 'suspend', severity: 'soft', action: 'keep', actionKey: 'action.keep.suspended',
  },
];

describe('inactive-mailbox: one severity for the verdict, the advice and the summary', () => {
  for (const row of rows) {
    it(row.name, async () => {
      const v = await classify(row.input);
      expect(v.kind).toBe('bounce');
      expect(v.category).toBe('inactive-mailbox');
      expect(v.reason).toBe(row.reason);
      expect(v.severity).toBe(row.severity);
      expect(v.recipients[0]?.severity).toBe(row.severity);

      for (const locale of supportedLocales) {
        const e = explain(v, { locale });
        expect(e.action, locale).toBe(row.action);
        expect(e.actionText, locale).toBe(catalogs[locale][row.actionKey]);
        // A kept address is not told "put it back only if the person confirms".
        if (row.action === 'keep') expect(e.steps, locale).not.toContain(catalogs[locale]['step.inactive.confirm']);
      }

      const summary = new BounceSummary();
      summary.add(v);
      const report = summary.report();
      const address = v.recipients[0]!.address;
      expect(row.action === 'remove' ? report.remove : report.keep).toEqual([address]);
      expect(row.action === 'remove' ? report.keep : report.remove).toEqual([]);
    });
  }
});
