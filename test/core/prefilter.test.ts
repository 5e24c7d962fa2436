import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { ordinaryMail } from '../../src/core/prefilter.js';

const corpus = join(__dirname, '../../../shared/corpus');
const read = (dir: string) =>
  readdirSync(join(corpus, dir))
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => {
      const t = readFileSync(join(corpus, dir, f)).toString('latin1');
      return { f, text: t.startsWith('From ') ? t.slice(t.indexOf('\n') + 1) : t };
    });

describe('ordinaryMail (the prefilter before MIME decoding)', () => {
  it('never passes a notice of the dev corpus', () => {
    const passed = read('sisimai-dev/eml').filter((m) => ordinaryMail(m.text)).map((m) => m.f);
    expect(passed).toEqual([]);
  });

  it('decides a good part of ordinary mail, and the full reading agrees on each', async () => {
    const decided = read('not-bounce').filter((m) => ordinaryMail(m.text));
    expect(decided.length).toBeGreaterThan(50);
    for (const m of decided) expect((await classify(m.text)).kind, m.f).toBe('not-a-bounce');
  });

  it('sends on what it cannot read surely, or what carries a sign', () => {
    const mail = (head: string, body = 'Hello,\n\nsee you tomorrow.\n') => `From: Ann <ann@example.org>\nTo: bob@example.com\nSubject: lunch\n${head}\n${body}`;
    expect(ordinaryMail(mail(''))).toEqual({ subject: 'lunch', from: 'Ann <ann@example.org>' });
    expect(ordinaryMail(mail('Auto-Submitted: auto-replied\n'))).toBeNull();
    expect(ordinaryMail(mail('X-Failed-Recipients: bob@example.com\n'))).toBeNull();
    expect(ordinaryMail(mail('', 'The following address failed:\n  bob@example.com\n550 5.1.1 user unknown\n'))).toBeNull();
    // Encoded: the phrase is only visible once decoded.
    const b64 = btoa('Your message could not be delivered to bob@example.com\n');
    expect(ordinaryMail(mail('Content-Transfer-Encoding: base64\n', `${b64}\n`))).toBeNull();
    expect(ordinaryMail(mail('Content-Transfer-Encoding: base64\n', `${btoa('see you tomorrow\n')}\n`))).not.toBeNull();
    expect(ordinaryMail(mail('Content-Type: multipart/report; report-type=delivery-status; boundary=x\n', '--x\n\nhi\n--x--\n'))).toBeNull();
    expect(ordinaryMail(mail('Content-Type: multipart/mixed; boundary=x\n', '--x\nContent-Type: text/plain\n\nhi\n--x\nContent-Type: message/rfc822\n\nSubject: x\n\nx\n--x--\n'))).toBeNull();
    expect(ordinaryMail(mail('Content-Type: text/html\n', '<p>could not<br>be delivered</p>\n'))).toBeNull();
    expect(ordinaryMail(mail('').replace('Subject: lunch', 'Subject: =?utf-8?q?Undeliverable=3A_lunch?='))).toBeNull();
    expect(ordinaryMail(mail('').replace('From: Ann <ann@example.org>', 'From: Mail Delivery Subsystem <mailer-daemon@example.org>'))).toBeNull();
    expect(ordinaryMail(mail('').replace('Subject: lunch', 'Subject: =?x-unknown?q?lunch?='))).toBeNull();
  });
});
