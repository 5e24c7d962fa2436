import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/index.js';
import { ordinaryMail } from '../../src/core/prefilter.js';
import { header, splitPlain } from '../../src/core/parse/message.js';
import { plainSenderSubject } from '../../src/core/parse/sevenbit.js';

// The prefilter can be switched off for one call, so a message can be read by both paths.
const prefilter = vi.hoisted(() => ({ off: false, answered: 0 }));
vi.mock('../../src/core/prefilter.js', async (load) => {
  const real = await load<typeof import('../../src/core/prefilter.js')>();
  return {
    ...real,
    ordinaryMail: (...args: Parameters<typeof real.ordinaryMail>) => {
      if (prefilter.off) return null;
      const out = real.ordinaryMail(...args);
      if (out) prefilter.answered++;
      return out;
    },
  };
});

/** A verdict as JSON with its keys in one order (the two paths build them in different orders). */
const canonical = (v: object) => JSON.stringify(Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))));
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
    expect(decided.length).toBeGreaterThan(120);
    for (const m of decided) expect((await classify(m.text)).kind, m.f).toBe('not-a-bounce');
  });

  it('sends on what it cannot read surely, or what carries a sign', () => {
    const mail = (head: string, body = 'Hello,\n\nsee you tomorrow.\n') => `From: Ann <ann@example.org>\nTo: bob@example.com\nSubject: lunch\n${head}\n${body}`;
    expect(ordinaryMail(mail(''))).toEqual({ subject: 'lunch', from: 'Ann <ann@example.org>', date: '' });
    expect(ordinaryMail(mail('Auto-Submitted: auto-replied\n'))).toBeNull();
    expect(ordinaryMail(mail('X-Failed-Recipients: bob@example.com\n'))).toBeNull();
    expect(ordinaryMail(mail('', 'The following address failed:\n  bob@example.com\n550 5.1.1 user unknown\n'))).toBeNull();
    // RFC 5965's three fields written into a text make a report; one of them alone does not.
    expect(ordinaryMail(mail('', 'Feedback-Type: fraud\nUser-Agent: Reporter/1.0\nVersion: 1\n'))).toBeNull();
    expect(ordinaryMail(mail('', 'The new build is out.\nVersion: 2.1\n'))).not.toBeNull();
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

  it('passes nothing the full reading calls other than ordinary mail, over every corpus and the test fixtures', async () => {
    const fixtures = (dir: string) =>
      readdirSync(join(__dirname, '..', 'fixtures', dir), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => ({ f: `${dir}/${f}`, text: readFileSync(join(__dirname, '..', 'fixtures', dir, f)).toString('latin1') }));
    const all = [...read('sisimai-dev/eml'), ...read('not-bounce'), ...read('malformed'), ...fixtures('gmail'), ...fixtures('outlook')];
    expect(all.length).toBeGreaterThan(500);
    const wrong: string[] = [];
    for (const m of all) if (ordinaryMail(m.text) && (await classify(m.text)).kind !== 'not-a-bounce') wrong.push(m.f);
    expect(wrong).toEqual([]);
  });

  it('sends on every single-part dev-corpus notice re-encoded in base64 or quoted-printable under a plain sender and subject, where the full reading still finds a notice', async () => {
    let tried = 0;
    const wrong: string[] = [];
    for (const m of read('sisimai-dev/eml')) {
      const at = /\r?\n\r?\n/.exec(m.text);
      if (!at) continue;
      // A plain sender and subject: only the encoded body can tell the prefilter anything.
      const head = m.text
        .slice(0, at.index)
        .replace(/^from:.*(?:\r?\n[ \t].*)*/im, 'From: Ann <ann@example.org>')
        .replace(/^subject:.*(?:\r?\n[ \t].*)*/im, 'Subject: hello');
      if (/^content-(?:type:\s*multipart|transfer-encoding)/im.test(head)) continue;
      const body = Buffer.from(m.text.slice(at.index + at[0].length), 'latin1');
      const qp = body.toString('latin1').replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/([^\n]{60})(?=[^\n])/g, '$1=\n');
      for (const [cte, encoded] of [['base64', body.toString('base64').replace(/(.{76})/g, '$1\n')], ['quoted-printable', qp]] as const) {
        const text = `${head}\nContent-Transfer-Encoding: ${cte}\n\n${encoded}\n`;
        if ((await classify(text)).kind === 'not-a-bounce') continue;
        tried++;
        if (ordinaryMail(text)) wrong.push(`${m.f} (${cte})`);
      }
    }
    expect(tried).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it('sends on a person\'s message forwarding a notice inline, whose block names a mail system or a notice subject and whose text has no phrase of its own', async () => {
    const forward = (from: string, subject: string, text: string) =>
      [
        'From: Ann <ann@example.org>', 'To: bob@example.com', 'Subject: Fwd: see below', 'Date: Mon, 1 Jun 2020 10:00:00 +0000', 'Message-ID: <a1@example.org>', 'MIME-Version: 1.0', '',
        'See below.', '', '---------- Forwarded message ---------', `From: ${from}`, 'Date: Mon, 1 Jun 2020 09:00:00 +0000', `Subject: ${subject}`, 'To: ann@example.org', '', text,
      ].join('\n');
    for (const [from, subject] of [['MAILER-DAEMON <mailer-daemon@example.net>', 'Failure notice'], ['', 'Returned mail'], ['Mail Delivery System <postmaster@example.net>', 'Delivery problem']] as const) {
      const text = forward(from, subject, 'Sorry, your mail to bob@example.com was returned.\n');
      prefilter.off = true;
      const full = await classify(text);
      prefilter.off = false;
      expect(full.kind, `${from} / ${subject}`).toBe('bounce');
      expect(ordinaryMail(text), `${from} / ${subject}`).toBeNull();
    }
  });

  it('sends on every dev-corpus notice forwarded inline by a person under its own sender and subject, where the full reading still finds a notice', async () => {
    let tried = 0;
    const wrong: string[] = [];
    for (const m of read('sisimai-dev/eml')) {
      const p = splitPlain(m.text);
      // The notice as a webmail shows it: its readable text (no MIME structure of its own).
      if (/^multipart\//i.test(p.contentType) || header(p, 'content-transfer-encoding')) continue;
      const text = [
        'From: Ann <ann@example.org>', 'To: bob@example.com', 'Subject: Fwd: see below', 'Date: Mon, 1 Jun 2020 10:00:00 +0000', 'Message-ID: <a1@example.org>', 'MIME-Version: 1.0', '',
        'Can you look at this?', '', '---------- Forwarded message ---------', `From: ${p.from}`, 'Date: Mon, 1 Jun 2020 09:00:00 +0000', `Subject: ${p.subject}`, 'To: ann@example.org', '', p.body,
      ].join('\n');
      prefilter.off = true;
      const full = await classify(text);
      prefilter.off = false;
      if (full.kind === 'not-a-bounce') continue;
      tried++;
      if (ordinaryMail(text)) wrong.push(m.f);
    }
    expect(tried).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('reads a message attached to a person\'s message (a forward as attachment) as the full reading does: a notice attached is sent on, ordinary mail attached is answered with the same verdict', async () => {
    const attach = (inner: string) =>
      [
        'From: Ann <ann@example.org>', 'To: bob@example.com', 'Subject: see attached', 'Date: Mon, 1 Jun 2020 10:00:00 +0000', 'Message-ID: <a1@example.org>', 'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="outer-boundary"', '', '--outer-boundary', 'Content-Type: text/plain; charset=us-ascii', '', 'Have a look at this one.', '',
        '--outer-boundary', 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="message.eml"', '', inner, '--outer-boundary--', '',
      ].join('\n');
    let notices = 0;
    let answered = 0;
    const wrong: string[] = [];
    for (const [dir, notice] of [['sisimai-dev/eml', true], ['not-bounce', false]] as const) {
      for (const m of read(dir)) {
        if (m.text.includes('--outer-boundary')) continue;
        const text = attach(m.text);
        prefilter.off = true;
        const full = canonical(await classify(text));
        prefilter.off = false;
        if (notice && JSON.parse(full).kind !== 'not-a-bounce') notices++;
        if (!ordinaryMail(text)) continue;
        answered++;
        if (canonical(await classify(text)) !== full) wrong.push(`${m.f}: ${full}`);
      }
    }
    expect(notices).toBeGreaterThan(250);
    expect(answered).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
  });

  it('gives, for every message of every corpus it answers, the verdict the full reading gives, byte for byte (bytes and string input), but for a sender the fast path cannot write', async () => {
    const files = (dir: string, ext: string) =>
      readdirSync(join(corpus, dir))
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => ({ f: `${dir}/${f}`, bytes: new Uint8Array(readFileSync(join(corpus, dir, f))) }));
    const all = [...files('sisimai-dev/eml', '.eml'), ...files('sisimai-dev/text', '.txt'), ...files('not-bounce', '.eml'), ...files('malformed', '.eml')];
    expect(all.length).toBeGreaterThan(900);
    const wrong: string[] = [];
    let answered = 0;
    let asStands = 0;
    for (const m of all) {
      for (const input of [m.bytes, new TextDecoder('latin1').decode(m.bytes)]) {
        prefilter.off = false;
        prefilter.answered = 0;
        const fast = canonical(await classify(input));
        if (!prefilter.answered) continue;
        answered++;
        prefilter.off = true;
        const full = canonical(await classify(input));
        prefilter.off = false;
        if (fast === full) continue;
        // The one difference allowed: a sender or subject the fast path cannot write as
        // postal-mime does (encoded words in a name, a list of senders, 8-bit bytes) is shown
        // as it stands; the verdict itself is the same.
        const raw = splitPlain(new TextDecoder('latin1').decode(m.bytes).replace(/^From [^\n]*\n/, ''));
        const { from: _f, subject: _s, ...rest } = JSON.parse(fast) as Record<string, unknown>;
        const { from: _g, subject: _t, ...restFull } = JSON.parse(full) as Record<string, unknown>;
        if (plainSenderSubject(header(raw, 'from'), header(raw, 'subject')) === null && JSON.stringify(rest) === JSON.stringify(restFull)) {
          asStands++;
          continue;
        }
        wrong.push(`${m.f} (${typeof input === 'string' ? 'string' : 'bytes'}): ${fast} ${full}`);
      }
    }
    // Most ordinary mail is multipart with quoted-printable or base64 parts: it is answered too.
    expect(answered).toBeGreaterThan(180);
    expect(wrong).toEqual([]);
    expect(asStands).toBeLessThan(answered / 10);
  });

  it('says truncated as the full reading does of a text longer than maxBodyChars that the fast path leaves (an HTML part in a multipart/mixed)', async () => {
    // The prefilter's raw reading answered it with truncated false; the full reading cuts its text.
    const text = [
      'From: Ann <ann@example.org>', 'To: bob@example.com', 'Subject: minutes', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: text/html; charset="us-ascii"', '', '<p>Minutes below.</p>', '--b', 'Content-Type: text/plain; charset="us-ascii"', '',
      // Under maxInputLines and maxInputBytes: only the text is too long.
      `${'The meeting went on for a while. '.repeat(100)}\n`.repeat(90), '--b--', '',
    ].join('\n');
    prefilter.off = true;
    const full = await classify(text);
    prefilter.off = false;
    expect(full.truncated).toBe(true);
    expect(canonical(await classify(text))).toBe(canonical(full));
  });
});

describe('ordinaryMail: the sender the verdict shows', () => {
  it('leaves a sender written in raw 8-bit bytes to the full reading, which decodes it (as bytes, its latin1 reading was shown: "JÃ¶rg")', async () => {
    const mail = (ct: string, body: string) =>
      `From: "Jörg Müller" <joerg@example.de>\nTo: ann@example.org\nSubject: lunch\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nMIME-Version: 1.0\n${ct}\n${body}`;
    for (const text of [mail('', 'see you tomorrow\n'), mail('Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n', '<p>see you tomorrow</p>\n')]) {
      const bytes = new TextEncoder().encode(text);
      const verdict = await classify(bytes);
      expect(verdict.kind).toBe('not-a-bounce');
      expect(verdict.from).toContain('Jörg Müller');
      prefilter.off = true;
      const full = await classify(bytes);
      prefilter.off = false;
      expect(canonical(verdict)).toBe(canonical(full));
    }
  });
});
