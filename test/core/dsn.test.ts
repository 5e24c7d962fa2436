import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanAddress, parseDsn, parseFieldBlocks, splitTyped } from '../../src/core/parse/dsn.js';
import { isBlank } from '../../src/core/parse/trim.js';

const dsn = [
  'Reporting-MTA: dns; mx.example.jp',
  'Arrival-Date: Thu, 29 Apr 2010 23:34:45 +0900',
  '',
  'Final-Recipient: rfc822; <A@Example.org>',
  'Original-Recipient: rfc822;alias@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>: Recipient address',
  '    rejected: User unknown',
  '',
  'Final-Recipient: rfc822; b@example.net',
  'Action: delayed (retrying)',
  'Status: 4.4.1',
  'Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.1]:25: Connection timed out',
  '',
].join('\r\n');

describe('parseDsn', () => {
  const d = parseDsn(dsn);
  it('reads the per-message block', () => {
    expect(d.message.get('reporting-mta')).toBe('dns; mx.example.jp');
  });
  it('reads one block per recipient, types stripped, folding undone', () => {
    expect(d.recipients).toHaveLength(2);
    const [a, b] = d.recipients;
    expect(a!.finalRecipient).toBe('A@Example.org');
    expect(a!.originalRecipient).toBe('alias@example.org');
    expect(a!.action).toBe('failed');
    expect(a!.status).toBe('5.1.1');
    expect(a!.remoteMta).toBe('mx.example.org');
    expect(a!.diagnosticType).toBe('smtp');
    expect(a!.diagnostic).toBe('550 5.1.1 <a@example.org>: Recipient address rejected: User unknown');
    expect(b!.action).toBe('delayed');
    expect(b!.diagnosticType).toBe('x-postfix');
  });
  it('takes X-Actual-Recipient when Original-Recipient is missing', () => {
    const x = parseDsn('Final-Recipient: RFC822; a@example.jp\nX-Actual-Recipient: X-Unix; |/home/a/prog\nAction: failed\nStatus: 5.0.0\n');
    expect(x.recipients[0]!.originalRecipient).toBe('|/home/a/prog');
  });
  it('returns no recipients for text without fields', () => {
    expect(parseDsn('hello\nworld').recipients).toEqual([]);
    expect(parseDsn('').recipients).toEqual([]);
  });
});

describe('field helpers', () => {
  it('splitTyped', () => {
    expect(splitTyped('rfc822; a@b')).toEqual(['rfc822', 'a@b']);
    expect(splitTyped('a@b')).toEqual(['', 'a@b']);
    expect(splitTyped('smtp;550 no; really')).toEqual(['smtp', '550 no; really']);
  });
  it('cleanAddress', () => {
    expect(cleanAddress('"Neko" <a@b.example>')).toBe('a@b.example');
    expect(cleanAddress("'a@b.example'.")).toBe('a@b.example');
  });
  it('parseFieldBlocks keeps the first of repeated fields', () => {
    const [b] = parseFieldBlocks('Status: 5.1.1\nStatus: 5.0.0\n');
    expect(b!.get('status')).toBe('5.1.1');
  });
});

describe('hostOnly', () => {
  it('drops the comments servers append to Remote-MTA', async () => {
    const { hostOnly } = await import('../../src/core/parse/dsn.js');
    expect(hostOnly('192.0.2.222 (192.0.2.222, the server for the domain.)')).toBe('192.0.2.222');
    expect(hostOnly('mailbox0.d5.example.org (TCP|192.0.2.225|34321|192.0.2.12|25)')).toBe('mailbox0.d5.example.org');
    expect(hostOnly('[192.0.2.1]')).toBe('192.0.2.1');
    expect(hostOnly('mx.example.org.')).toBe('mx.example.org');
  });
});

describe('parseFieldBlocks', () => {
  // The reading it had when it split the text into line strings: the in-place reading must give the same blocks.
  const reference = (text: string) => {
    const blocks: Map<string, string>[] = [];
    let block = new Map<string, string>();
    let last = '';
    for (const raw of text.split(/\r\n|\r|\n/)) {
      if (raw.trim() === '') {
        if (block.size) blocks.push(block);
        block = new Map();
        last = '';
      } else if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) block.set(last, `${block.get(last) ?? ''} ${raw.trim()}`.trim());
      else {
        const m = /^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:(.*)$/.exec(raw);
        const name = m ? m[1]!.toLowerCase() : '';
        if (m && !block.has(name)) {
          block.set(name, m[2]!.trim());
          last = name;
        } else last = '';
      }
    }
    if (block.size) blocks.push(block);
    return blocks;
  };
  const pieces = ['Status', 'Action', 'x-Y', '9a', ':', ': 5.1.1', ' ', '\t', '\u00a0', '\u2028', '\n', '\r', '\r\n', '\n\n', '\n ', 'failed', ';', 'a'.repeat(70)];
  it('reads the blocks the line-string reading read, for every mix of line ends and blanks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (p) => {
        const t = p.join('');
        expect(parseFieldBlocks(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});

/** Calls `check` with each message of the corpus (eml, text, not-bounce, malformed) read as latin1 and as UTF-8; gives how many. */
function eachCorpusText(check: (file: string, text: string) => void): number {
  const root = join(__dirname, '../../../shared/corpus');
  let n = 0;
  for (const folder of ['sisimai-dev/eml', 'sisimai-dev/text', 'not-bounce', 'malformed']) {
    for (const f of readdirSync(join(root, folder)).filter((x) => !x.endsWith('.md'))) {
      for (const enc of ['latin1', 'utf8'] as const) {
        check(f, readFileSync(join(root, folder, f), enc));
        n++;
      }
    }
  }
  return n;
}

/** parseFieldBlocks as it read a line by a pattern before: the reading it must still give. */
function patternBlocks(input: string): Map<string, string>[] {
  const fieldRe = /^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:(.*)(?![^\n])/my;
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
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
      block.set(last, `${block.get(last) ?? ''} ${text.slice(start, end).trim()}`.trim());
    } else {
      fieldRe.lastIndex = start;
      const m = fieldRe.exec(text);
      const name = m ? m[1]!.toLowerCase() : '';
      if (m && !block.has(name)) {
        block.set(name, m[2]!.trim());
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

describe('parseFieldBlocks reads lines by char codes as the pattern read them', () => {
  const view = (blocks: Map<string, string>[]) => JSON.stringify(blocks.map((b) => [...b]));
  it('on every corpus message, read as latin1 and as UTF-8', () => {
    const n = eachCorpusText((f, text) => expect([f, view(parseFieldBlocks(text))]).toEqual([f, view(patternBlocks(text))]));
    expect(n).toBeGreaterThan(1500);
  });
  it('on random lines: names of 1 to 62 chars, digits and hyphens, blanks before the colon, folding, U+2028, CR, CRLF', () => {
    const piece = fc.constantFrom('Status', 'Final-Recipient', 'x', '9x', '-a', 'A'.repeat(61), 'B'.repeat(62), ':', ' ', '\t', ' : ', 'rfc822; a@b', '\u2028', '\u2029', '\u00e9', '\n', '\r\n', '\r', '\n\n', ' 5.1.1', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(view(parseFieldBlocks(text))).toBe(view(patternBlocks(text)));
      }),
      { numRuns: 5000, seed: 20261205 },
    );
  });
});

/** parseDsn as it read a recipient's type, action and host by pattern before: the reading it must still give. */
function patternDsn(text: string) {
  const typed = (value: string): [string, string] => {
    const i = value.indexOf(';');
    if (i > 0 && i < 20 && /^[A-Za-z0-9.+-]+$/.test(value.slice(0, i).trim())) return [value.slice(0, i).trim().toLowerCase(), value.slice(i + 1).trim()];
    return ['', value.trim()];
  };
  const host = (value: string) => {
    const i = value.search(/[\s(]/);
    return (i < 0 ? value : value.slice(0, i)).replace(/^\[|\]$/g, '').replace(/\.$/, '');
  };
  const blocks = parseFieldBlocks(text);
  let message = new Map<string, string>();
  const recipients = [];
  for (const block of blocks) {
    if (!['final-recipient', 'original-recipient', 'x-actual-recipient'].some((f) => block.has(f))) {
      if (recipients.length === 0) for (const [k, v] of block) if (!message.has(k)) message.set(k, v);
      continue;
    }
    const finalRecipient = cleanAddress(typed(block.get('final-recipient') ?? '')[1]);
    const original = cleanAddress(typed(block.get('original-recipient') ?? block.get('x-actual-recipient') ?? '')[1]);
    const [diagnosticType, diagnostic] = typed(block.get('diagnostic-code') ?? '');
    recipients.push({
      finalRecipient: finalRecipient || original, originalRecipient: original, action: (block.get('action') ?? '').toLowerCase().split(/[\s(]/)[0] ?? '',
      status: (block.get('status') ?? '').trim(), remoteMta: host(typed(block.get('remote-mta') ?? '')[1]), diagnostic, diagnosticType, fields: block,
    });
  }
  if (recipients.length === 0 && blocks.length === 0) message = new Map();
  return { message, recipients };
}

describe('parseDsn reads types, actions and hosts by char codes as the patterns read them', () => {
  const view = (d: ReturnType<typeof parseDsn>) => JSON.stringify([[...d.message], d.recipients.map((r) => ({ ...r, fields: [...r.fields] }))]);
  it('on every corpus message, read as latin1 and as UTF-8', () => {
    const n = eachCorpusText((f, text) => {
      // From its first DSN field on, as classify.ts reads fields written into a body.
      const from = text.slice(Math.max(0, text.search(/^(?:reporting-mta|final-recipient|original-recipient)\s*:/im)));
      expect([f, view(parseDsn(from))]).toEqual([f, view(patternDsn(from))]);
    });
    expect(n).toBeGreaterThan(1500);
  });
  it('on random blocks: typed values, actions with comments, host literals and dots, Unicode white space', () => {
    const name = fc.constantFrom('Final-Recipient', 'Original-Recipient', 'X-Actual-Recipient', 'Action', 'Remote-MTA', 'Diagnostic-Code', 'Status', 'Reporting-MTA');
    const word = fc.constantFrom(
      ' ', '\t', 'rfc822', 'dns', 'x.y+z-1', 'x_y', ';', ' ; ', 'a@b', '<a@b>', '"a@b".', 'FAILED', 'Delayed', '(retry)', '[', ']', '[192.0.2.1]', '.', 'mx.example.org.',
      '\u00a0', '\u3000', '\u2028', '\ufeff', '\u1680', 'smtp; 550 5.1.1', '5.1.1',
    );
    const field = fc.tuple(name, fc.array(word, { maxLength: 6 })).map(([n, w]) => `${n}: ${w.join('')}`);
    const block = fc.array(field, { minLength: 1, maxLength: 6 }).map((f) => f.join('\n'));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (blocks) => {
        const text = blocks.join('\n\n');
        expect(view(parseDsn(text))).toBe(view(patternDsn(text)));
      }),
      { numRuns: 5000, seed: 20261205 },
    );
  });
});
