import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvRows, type Verdict } from '../../src/core/index.js';
import { verdictDefaults } from './support/verdicts.js';

/** A minimal RFC 4180 reader, to check that what is written reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

const bounce = {
  kind: 'bounce',
  category: 'bad-mailbox',
  reason: 'userunknown',
  severity: 'hard',
  status: '5.1.1',
  reply: '550',
  recipients: [
    { address: 'a@example.org', action: 'failed', status: '5.1.1', reply: '550', diagnostic: 'User "a", unknown,\r\nsee https://x.example/?a=1,b', remoteHost: 'mx.example.org', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard', evidence: [] },
    { address: 'b@example.org', action: 'failed', status: '5.1.1', reply: '550', diagnostic: '=HYPERLINK("http://evil")', remoteHost: '', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard', evidence: [] },
  ],
  ...verdictDefaults,
} as unknown as Verdict;

describe('CSV', () => {
  it('writes the documented header', () => {
    expect(csvHeader).toBe('file,index,date,kind,category,reason,severity,action,address,status,reply,remote_host,diagnostic,feedback_type\r\n');
  });

  it('quotes commas, quotes and line breaks so the rows read back exactly', () => {
    const text = csvHeader + csvRows(bounce, { file: 'dir/a,b.mbox', index: 3, date: '2026-11-10T09:14:02.000Z' });
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 14)).toBe(true);
    expect(rows[1]).toEqual(['dir/a,b.mbox', '3', '2026-11-10T09:14:02.000Z', 'bounce', 'bad-mailbox', 'userunknown', 'hard', 'failed', 'a@example.org', '5.1.1', '550', 'mx.example.org', 'User "a", unknown,\r\nsee https://x.example/?a=1,b', '']);
  });

  it('keeps a spreadsheet from running a formula from the message', () => {
    const rows = parseCsv(csvRows(bounce));
    expect(rows[1]![12]).toBe(`'=HYPERLINK("http://evil")`);
    expect(csvField('-')).toBe('-');
    expect(csvField('+1 555')).toBe(`'+1 555`);
  });

  it('writes one row with an empty address for a message that names no recipient', () => {
    const rows = parseCsv(csvRows({ ...bounce, kind: 'not-a-bounce', category: 'not-a-bounce', reason: 'undefined', severity: 'none', status: '', reply: '', recipients: [] } as Verdict, { file: 'x.eml' }));
    expect(rows).toEqual([['x.eml', '', '', 'not-a-bounce', 'not-a-bounce', 'undefined', 'none', '', '', '', '', '', '', '']]);
  });

  it("writes a complaint's Feedback-Type on each of its rows, as --json has it: a not-spam report is told from a spam complaint", () => {
    const complaint = (feedbackType: string) =>
      ({
        ...bounce,
        kind: 'complaint',
        category: 'complaint',
        reason: 'feedback',
        severity: 'none',
        feedbackType,
        recipients: bounce.recipients.map((r) => ({ ...r, action: '', category: 'complaint', reason: 'feedback', severity: 'none' })),
      }) as unknown as Verdict;
    const col = csvHeader.trim().split(',').indexOf('feedback_type');
    expect(col).toBeGreaterThan(0);
    expect(parseCsv(csvRows(complaint('not-spam'))).map((r) => r[col])).toEqual(['not-spam', 'not-spam']);
    expect(parseCsv(csvRows(complaint('abuse'))).map((r) => r[col])).toEqual(['abuse', 'abuse']);
    expect(parseCsv(csvRows({ ...complaint('opt-out'), recipients: [] } as Verdict)).map((r) => r[col])).toEqual(['opt-out']);
    expect(parseCsv(csvRows(bounce)).map((r) => r[col])).toEqual(['', '']);
  });
});
