/**
 * The CLI carries a complaint's Feedback-Type from the classifier to its outputs: `--json` names
 * it, and the bulk report (which gets a slim copy of each verdict) removes the address of a spam
 * complaint but not of a "not spam" report (RFC 6430), as the advice says (taxonomy.ts
 * `feedbackAction`). An out-of-office answer puts nobody on either list.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './support/io.js';


function arf(type: string, rcpt: string): string {
  return [
    'From: fbl@isp-a.example',
    'To: abuse@sender.example',
    'Subject: Spring offers',
    'Date: Tue, 04 Mar 2025 09:15:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="r"',
    '',
    '--r',
    'Content-Type: text/plain',
    '',
    'A feedback report.',
    '',
    '--r',
    'Content-Type: message/feedback-report',
    '',
    `Feedback-Type: ${type}`,
    'User-Agent: ExampleFBL/2.1',
    'Version: 1',
    `Original-Rcpt-To: <${rcpt}>`,
    '',
    '--r--',
    '',
  ].join('\r\n');
}

const dir = mkdtempSync(join(tmpdir(), 'whybounce-fb-'));
writeFileSync(join(dir, 'abuse.eml'), arf('abuse', 'pia.l@isp-a.example'));
writeFileSync(join(dir, 'not-spam.eml'), arf('not-spam', 'rui.m@isp-a.example'));
writeFileSync(
  join(dir, 'ooo.eml'),
  'From: Marta <marta@firm.example>\r\nTo: news@sender.example\r\nSubject: Automatische Antwort: Spring offers\r\nDate: Tue, 04 Mar 2025 09:20:00 +0000\r\nAuto-Submitted: auto-generated\r\n\r\nIch bin nicht im Buero.\r\n',
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a complaint\'s Feedback-Type in the CLI', () => {
  it('--json names it on complaints only', async () => {
    const io = fakeIO();
    expect(await main(['--json', '--jobs', '1', dir], io)).toBe(0);
    const rows = io.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; kind: string; feedbackType?: string });
    const by = Object.fromEntries(rows.map((r) => [r.file.split('/').pop(), r]));
    expect(by['abuse.eml']).toMatchObject({ kind: 'complaint', feedbackType: 'abuse' });
    expect(by['not-spam.eml']).toMatchObject({ kind: 'complaint', feedbackType: 'not-spam' });
    expect(by['ooo.eml']?.kind).toBe('auto-reply');
    expect(by['ooo.eml']).not.toHaveProperty('feedbackType');
  });

  for (const jobs of ['1', '2']) {
    it(`--json --summary (--jobs ${jobs}) removes the spam complaint's address, not the "not spam" one's`, async () => {
      const io = fakeIO();
      expect(await main(['--json', '--summary', '--jobs', jobs, dir], io)).toBe(0);
      const report = JSON.parse(io.out) as { kinds: Record<string, number>; remove: string[]; keep: string[] };
      expect(report.kinds).toMatchObject({ complaint: 2, 'auto-reply': 1 });
      expect(report.remove).toEqual(['pia.l@isp-a.example']);
      expect(report.keep).toEqual([]);
    }, 120_000);
  }
});
