/**
 * The fast path (parse/sevenbit.ts) must read a message exactly as postal-mime does, or it is
 * not a fast path but a second parser: its structure, and each part's transfer encoding
 * (base64, quoted-printable), charset and format=flowed. Checked on every eligible dev-corpus
 * message and on the not-bounce set, read as bytes as the classifier reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWithPostalMime } from '../../src/core/parse/postal.js';
import { maxOriginalBytes, parseMessage, splitPlain, trimOriginal, withCrlf } from '../../src/core/parse/message.js';
import { needsCharset, readSevenBit } from '../../src/core/parse/sevenbit.js';

const corpus = join(__dirname, '../../../shared/corpus');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
// MIME scaffolding (boundary lines, part headers) that one reader shows and the other does not
// when a notice's structure is broken; the words in between must be the same.
const words = (s: string) =>
  squash(s.split('\n').filter((l) => !/^\s*(?:--|content-[\w-]+\s*:|boundary=)/i.test(l)).join('\n'));

const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function eligible(folder: string): { name: string; raw: string; bytes: Uint8Array }[] {
  const dir = join(corpus, folder);
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.md'))
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'latin1').replace(/^From [^\n]*\n/, '');
      return { name: `${folder}/${f}`, raw, bytes: latin1Bytes(raw) };
    })
    .filter((x) => readSevenBit(x.raw, true) !== null);
}

describe('7-bit fast path', () => {
  const cases = [...eligible('sisimai-dev/eml'), ...eligible('not-bounce')];
  it('covers most of the corpus', () => {
    // 495 of the 531 dev-corpus and not-bounce messages when written; the rest have RFC 2047
    // encoded words or 8-bit bytes in their headers, or a sender written in a rarer form.
    expect(cases.length).toBeGreaterThan(450);
    // Among them, the encodings postal-mime was needed for before.
    expect(cases.filter((c) => /content-transfer-encoding:\s*quoted-printable/i.test(c.raw)).length).toBeGreaterThan(30);
    expect(cases.filter((c) => /content-transfer-encoding:\s*base64/i.test(c.raw)).length).toBeGreaterThan(10);
    expect(cases.filter((c) => /[\x80-\xff]/.test(c.raw)).length).toBeGreaterThan(15);
  });
  it('gives the same delivery-status, feedback, subject and sender as postal-mime', async () => {
    const differ: string[] = [];
    for (const { name, raw, bytes } of cases) {
      const fast = readSevenBit(raw, true)!;
      const slow = await parseMessage(bytes, readWithPostalMime, { fastPath: false });
      const same =
        squash(fast.deliveryStatus.join('\n')) === squash(slow.deliveryStatus.join('\n')) &&
        squash(fast.feedbackReport) === squash(slow.feedbackReport) &&
        // The subject as it stands: folding whitespace is kept, as postal-mime keeps it.
        fast.subject === slow.subject &&
        fast.from === slow.from;
      if (!same) differ.push(`${name}: ${fast.from} / ${slow.from}`);
    }
    expect(differ).toEqual([]);
  });
  it('reads 8-bit header bytes as postal-mime does: every header field the same', async () => {
    const eightBit = cases.filter((c) => /[\x80-\xff]/.test(c.raw.slice(0, c.raw.search(/\r?\n\r?\n/))));
    expect(eightBit.length).toBeGreaterThan(5);
    const differ: string[] = [];
    for (const { name, raw, bytes } of eightBit) {
      const fast = readSevenBit(raw, true)!;
      const slow = await parseMessage(bytes, readWithPostalMime, { fastPath: false });
      if (JSON.stringify(fast.headers) !== JSON.stringify(slow.headers) || fast.subject !== slow.subject || fast.from !== slow.from) differ.push(name);
    }
    expect(differ).toEqual([]);
  });
  it('gives the same readable body as postal-mime, up to whitespace and MIME scaffolding', async () => {
    const differ: string[] = [];
    for (const { name, raw, bytes } of cases) {
      const fast = words(readSevenBit(raw, true)!.body);
      const slow = words((await parseMessage(bytes, readWithPostalMime, { fastPath: false })).body);
      if (fast !== slow) differ.push(`${name}\n  fast: ${fast.slice(0, 200)}\n  slow: ${slow.slice(0, 200)}`);
    }
    expect(differ).toEqual([]);
  });
  it('refuses what it does not decode as postal-mime does', () => {
    expect(readSevenBit('Subject: =?UTF-8?B?w6k=?=\n\nx')?.subject).toBe('\u00e9');
    // Encoded words postal-mime reads another way: in a charset TextDecoder does not know, in
    // a name without an address (it reads them again as an address list).
    expect(readSevenBit('Subject: =?x-unknown?Q?a?=\n\nx')).toBeNull();
    expect(readSevenBit('From: =?utf-8?Q?Mail_Delivery?= <>\n\nx')).toBeNull();
    // In a sender's name they are decoded; words whose joined bytes do not decode are decoded
    // one by one, as postal-mime does (both readings compared below).
    expect(readSevenBit('From: =?utf-8?Q?Mail_Delivery?= <a@example.org>\n\nx')?.from).toBe('Mail Delivery <a@example.org>');
    expect(readSevenBit('Subject: =?utf-8?B?w6?= =?utf-8?B?k=?=\n\nx')?.subject).toBe('\ufffd');
    // 8-bit header bytes are read as UTF-8, as postal-mime reads header lines; a string as it stands.
    expect(readSevenBit('Subject: caf\u00e9\n\nx')?.subject).toBe('caf\u00e9');
    expect(readSevenBit('Subject: caf\u00c3\u00a9 \u00e9\n\nx', true)?.subject).toBe('caf\u00e9 \ufffd');
    expect(readSevenBit('From: J\u00c3\u00b6hn <j@example.org>\n\nx', true)?.from).toBe('J\u00f6hn <j@example.org>');
    expect(readSevenBit('Subject: hi\n\nplain')).not.toBeNull();
    // 8-bit text in a string (not bytes): postal-mime would read the string as UTF-8.
    expect(readSevenBit('Subject: hi\n\ncaf\u00e9')).toBeNull();
    expect(readSevenBit('Subject: hi\n\ncaf\u00e9', true)?.body).toBe('caf\ufffd');
    // A charset TextDecoder does not know, on 8-bit text: postal-mime has aliases.
    expect(readSevenBit('Content-Type: text/plain; charset=x-mac-unknown\n\ncaf\u00e9', true)).toBeNull();
    // A comment in the transfer encoding; the charset named twice; a sender in a rare form.
    expect(readSevenBit('Content-Transfer-Encoding: (old) base64\n\naGk=')).toBeNull();
    expect(readSevenBit('Content-Type: text/plain; charset=utf-8; charset=latin1\n\nx')).toBeNull();
    expect(readSevenBit('From: a@example.org (a, b)\n\nx')).toBeNull();
    // A comment that is the address: postal-mime drops the name that repeats it.
    expect(readSevenBit('From: a@example.org (a@example.org)\n\nx')?.from).toBe('<a@example.org>');
    expect(readSevenBit('Content-Transfer-Encoding: base64\n\naGk=')?.body).toBe('hi');
    const encodedNotice = 'Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\naGk=\n--b--\n';
    expect(readSevenBit(encodedNotice)?.body).toBe('hi');
    const encodedOriginal = 'Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/rfc822\n\nFrom: a@example.org\nContent-Transfer-Encoding: base64\n\naGk=\n--b--\n';
    expect(readSevenBit(encodedOriginal)?.body.trim()).toBe('failed');
  });
});

/**
 * How each reader reads `raw`: the fast path (null when it declines) and postal-mime; as bytes
 * (one per char) when `bytes`, else as a string.
 */
async function both(raw: string, bytes = false) {
  const fast = readSevenBit(raw, bytes);
  const slow = await parseMessage(bytes ? latin1Bytes(raw) : raw, readWithPostalMime, { fastPath: false });
  const view = (p: NonNullable<typeof fast>) => ({
    subject: p.subject,
    from: p.from,
    words: words(p.body),
    deliveryStatus: squash(p.deliveryStatus.join('\n')),
    feedbackReport: squash(p.feedbackReport),
  });
  return { fast: fast && view(fast), slow: view(slow), parsed: { fast, slow } };
}

const dsnPart = (b: string) =>
  `--${b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n`;
const originalPart = (b: string) => `--${b}\nContent-Type: message/rfc822\n\nFrom: s@example.com\nSubject: hi\n\nhello\n`;

// Structures the dev corpus has few or none of. Each is read by the fast path exactly as
// postal-mime reads it; `declines` marks the ones the fast path must leave to postal-mime.
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64').replace(/.{1,40}/g, '$&\n');

const shapes: { name: string; raw: string; declines?: boolean; bytes?: boolean }[] = [
  // Each quoted-printable or base64 text is decoded into one buffer shared by all (7ff6d6a), and
  // one over 64 KiB into its own: a short text decoded after a long one holds none of it.
  {
    name: 'encoded parts decoded one after another: a long quoted-printable notice, then a short base64 delivery-status, then a short base64 word',
    raw: `Subject: =?utf-8?B?${Buffer.from('Undeliverable: caf\u00e9').toString('base64')}?=\nFrom: postmaster@example.org\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${'Delivery to a@example.org failed: user unknown =C3=A9 filler words here. '.repeat(300)}\n--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${b64('Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n')}--b--\n`,
  },
  {
    name: 'encoded parts over and under 64 KiB: a base64 notice of 70,000 bytes, then a short quoted-printable delivery-status',
    raw: `Subject: Undeliverable\nFrom: postmaster@example.org\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64('Delivery to a@example.org failed: user unknown. '.repeat(1460))}\n--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: quoted-printable\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 caf=C3=A9\n--b--\n`,
  },
  {
    name: 'RFC 2047 subjects: Q with underscores, B words joined across a split character, words in two charsets',
    raw: `Subject: =?utf-8?Q?Undeliverable:_caf=C3=A9?= =?utf-8?B?IOKAnA==?=\n =?UTF-8?B?4oCd?= and =?iso-8859-1?q?=E9t=E9?= =?utf-8?b?w6k=?=\nFrom: postmaster@example.org\n\n550 5.1.1 <a@example.org>: user unknown\n`,
  },
  {
    name: 'an RFC 2047 subject whose character is split between two base64 words',
    raw: `Subject: =?UTF-8?B?RMOpbGl2cmFuY2Ugw6k=?= =?UTF-8?B?Y2hvdcOp?= =?UTF-8?B?44Oh44O8?= =?UTF-8?B?44Or?=\nFrom: postmaster@example.org\n\n550 5.1.1 <a@example.org>: user unknown\n`,
  },
  {
    name: 'a quoted-printable notice (soft breaks, =XY bytes, a lone =, UTF-8 quotes)',
    raw: `Subject: Undeliverable\nFrom: "Mail Delivery System" <MAILER-DAEMON@mx.example.org>\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nDelivery to this recipient failed perma=\nnently: a@example.org =3D user unknown, 100 =ZZ done=\n\n=E2=80=9C550 5.1.1=E2=80=9D =\n${dsnPart('b')}--b--\n`,
  },
  {
    name: 'a base64 notice and a base64 delivery-status part',
    raw: `Subject: Undeliverable\nFrom: postmaster@example.org\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n${b64('Your message to a@example.org couldn\u2019t be delivered: 550 5.1.1 mailbox unavailable\n')}--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${b64('Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n')}--b--\n`,
  },
  {
    name: 'base64 with padding inside and stray characters',
    raw: `Subject: Returned mail\nFrom: Mail Delivery Subsystem <MAILER-DAEMON>\nContent-Transfer-Encoding: BASE64\n\nVXNlciB1bmtub3du\nOg==\nIGEgQCBleGFtcGxlLm9yZw=\n!!bm8gc3VjaCB1c2Vy*\n`,
  },
  {
    name: 'an ISO-8859-1 notice with 8-bit bytes',
    raw: `Subject: Mail delivery failed\nFrom: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nContent-Type: text/plain; charset=iso-8859-1\n\nCaf\u00e9: 550 5.1.1 <a@example.org>: utilisateur inconnu, d\u00e9sol\u00e9\n`,
    bytes: true,
  },
  {
    name: 'an ISO-2022-JP notice (7-bit, with escapes)',
    raw: `Subject: Returned mail\nFrom: <postmaster@example.jp> (Mail Delivery System)\nContent-Type: text/plain; charset="ISO-2022-JP"\n\n\u001b$B%a!<%k\u001b(B: 550 <a@example.jp>... User unknown\n`,
  },
  {
    name: 'UTF-8 bytes in a delivery-status part',
    raw: `Subject: Undeliverable\nFrom: postmaster@example.org\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 Benutzer \u00c3\u00bcnbekannt\n--b--\n`,
    bytes: true,
  },
  {
    name: 'format=flowed with DelSp=yes, a signature line and a space-stuffed line',
    raw: `Subject: Undeliverable\nFrom: "Postmaster" <>\nContent-Type: text/plain; charset=us-ascii; format=flowed; delsp=yes\n\nThe message to a@example.org could not be deli \nvered: the mailbox is \n\nfull.\n From here on\n-- \nThe mail system\n`,
  },
  {
    name: 'format=flowed without DelSp',
    raw: `Subject: Undeliverable\nFrom: Postmaster\nContent-Type: text/plain; format="flowed"\n\nUser unknown: \na@example.org\n`,
  },
  {
    name: 'a charset label TextDecoder does not know, on ASCII text',
    raw: `Subject: Undeliverable\nFrom: postmaster@example.org\nContent-Type: text/plain; charset=unicode-1-1-utf-7\n\n550 5.1.1 <a@example.org>: user unknown\n`,
  },
  {
    name: 'a base64 text/plain attachment without a file name',
    raw: `Subject: Delivery failure\nFrom: postmaster@example.org\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThis is the mail system.\n--b\nContent-Type: text/plain; charset=iso-8859-1\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n${b64('550 5.1.1 <a@example.org>: user unknown \u00e9')}--b--\n`,
  },
  {
    name: 'text/plain attached without a file name (read), and with one (skipped)',
    raw: `Subject: Delivery failure\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThis is the mail system.\n--b\nContent-Type: text/plain\nContent-Disposition: attachment\n\n550 5.1.1 <a@example.org>: user unknown\n--b\nContent-Type: text/plain; name="notes.txt"\nContent-Disposition: attachment; filename="notes.txt"\n\nwords of an attached file\n--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename*=utf-8''notes2.txt\n\nwords of another attached file\n--b--\n`,
  },
  {
    name: 'multipart/alternative nested in multipart/report',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; report-type=delivery-status; boundary="outer"\n\n--outer\nContent-Type: multipart/alternative; boundary="inner"\n\n--inner\nContent-Type: text/plain\n\nDelivery failed for a@example.org\n--inner\nContent-Type: text/html\n\n<p>Delivery <b>failed</b> for a@example.org</p>\n--inner--\n\n${dsnPart('outer')}${originalPart('outer')}--outer--\n`,
  },
  {
    name: 'a missing final boundary',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}`,
  },
  {
    name: 'a nested part missing its final boundary',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: multipart/alternative; boundary="c"\n\n--c\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n`,
  },
  {
    name: 'a boundary with regex-special characters',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="=_a.b+c?(d)"\n\n--=_a.b+c?(d)\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('=_a.b+c?(d)')}--=_a.b+c?(d)--\n`,
  },
  {
    name: 'a nested boundary that extends the outer one',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="=_a"\n\n--=_a\nContent-Type: multipart/alternative; boundary="=_a.b"\n\n--=_a.b\nContent-Type: text/plain\n\nDelivery failed.\n--=_a.b\nContent-Type: text/html\n\n<p>Delivery failed.</p>\n--=_a.b--\n${dsnPart('=_a')}--=_a--\n`,
  },
  {
    name: 'a boundary line with trailing junk is not a boundary',
    raw: `Subject: Undeliverable\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--bogus line in the text\nstill the text\n--b--\n`,
  },
  {
    name: 'preamble and epilogue text',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="b"\n\nThis is a MIME-encapsulated message.\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n\nAn epilogue nobody reads.\n`,
  },
  {
    name: 'an attached text/html part beside the notice',
    raw: `Subject: Undeliverable\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: text/html\nContent-Disposition: attachment; filename="report.html"\n\n<p>attached page</p>\n--b--\n`,
  },
  {
    name: 'an attached text/html part as the only text',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/html\nContent-Disposition: attachment\n\n<p>attached page</p>\n${dsnPart('b')}--b--\n`,
  },
  {
    name: 'an inline text/html part beside a text/plain one',
    raw: `Subject: Undeliverable\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: text/html\n\n<p>More <b>words</b> here.</p>\n--b--\n`,
    declines: true,
  },
  {
    name: 'a folded Subject with a tab',
    raw: `Subject: Undelivered Mail Returned\n\tto Sender\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n`,
  },
  {
    name: 'a text/plain part whose charset lost its ";" (a folded type line unfolded)',
    raw: `Subject: Returned mail\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n   charset="iso-8859-1"\n\n550 5.1.1 <a@example.org>: utilisateur inconnu, d\u00e9sol\u00e9\n--b--\n`,
    bytes: true,
  },
  {
    name: 'a boundary that never occurs, over 8-bit and encoded text (the raw body is read)',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="x1"\n\n--x2\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n550 5.1.1 <r\u00c3\u00a9mi@example.fr>: unknown =C3=A9\n--x2--\n`,
    bytes: true,
  },
  {
    name: 'bare CR line ends',
    raw: `Subject: Undeliverable\nX-Failed-Recipients: a@example.org\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n`.replace(/\n/g, '\r'),
  },
  // A part's role (report, original) by its media type exactly, as parse/postal.ts reads it: the
  // fast path read 'message/global-delivery-status' (RFC 6533) as the original, since it starts
  // with 'message/global', and any type that starts like a role's as that role.
  {
    name: 'an RFC 6533 report: message/global-delivery-status and message/global-headers',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; report-type=global-delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: message/global-delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n--b\nContent-Type: message/global-headers\n\nFrom: s@example.com\nSubject: hi\n--b--\n`,
  },
  {
    name: 'a report part whose type only starts like one (words after it; joined to another word)',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: message/delivery-status x@example.org\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n--b\nContent-Type: message/delivery-statusx\n\nFinal-Recipient: rfc822; b@example.org\nAction: failed\n--b--\n`,
    declines: true,
  },
  // postal-mime reads a parameter from a ';' on: a boundary after other words is none to it (the
  // fast path split such a message, and read a delivery status postal-mime never gives).
  {
    name: 'a boundary after a word that is no parameter ("; junk" then a folded boundary=)',
    raw: `Subject: Undeliverable\nContent-Type: multipart/mixed; charset="iso-2022-jp"; junk\n\tboundary="b"\n\npreamble\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n`,
    declines: true,
  },
  {
    name: 'a boundary with no ";" before it ("multipart/mixed boundary=")',
    raw: `Subject: Undeliverable\nContent-Type: multipart/mixed boundary="b"\n\npreamble\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n`,
    declines: true,
  },
  {
    name: 'a boundary after an empty parameter (";;")',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report;; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n${dsnPart('b')}--b--\n`,
  },
  {
    name: 'a report part whose type holds a comment (postal-mime strips it)',
    raw: `Subject: Undeliverable\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed.\n--b\nContent-Type: message/delivery-status (status)\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n--b--\n`,
    declines: true,
  },
];

describe('needsCharset', () => {
  // The regex it stands for: a char above 0x7f, or ESC.
  // eslint-disable-next-line no-control-regex
  const regex = (s: string) => /[^\x00-\x1a\x1c-\x7f]/.test(s);
  it('answers as the regex on every corpus message, its header block and its body, read as latin1 and as UTF-8', () => {
    const texts: string[] = [];
    for (const folder of ['sisimai-dev/eml', 'not-bounce', 'malformed']) {
      for (const f of readdirSync(join(corpus, folder)).filter((x) => !x.endsWith('.md'))) {
        for (const enc of ['latin1', 'utf8'] as const) {
          const raw = readFileSync(join(corpus, folder, f), enc);
          const blank = raw.search(/\r?\n\r?\n/);
          texts.push(raw, blank < 0 ? raw : raw.slice(0, blank), blank < 0 ? '' : raw.slice(blank));
        }
      }
    }
    expect(texts.length).toBeGreaterThan(3000);
    expect(texts.filter((t) => needsCharset(t) !== regex(t))).toEqual([]);
    // Both answers occur.
    expect(texts.filter((t) => needsCharset(t)).length).toBeGreaterThan(100);
  });
  it('answers as the regex on random text: ESC, 0x7f and 0x80, 8-bit, two-byte and lone surrogate chars, around 64 Ki chars', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\u001a', '\u001b', '\u001c', '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u65e5', '\ud83d\ude00', '\ud800', '\udfff');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.constantFrom(0, 65535, 65536, 65537, 70000), fc.nat(40), (units, pad, at) => {
        const s = units.join('');
        const text = pad ? `${s.slice(0, at)}${'x'.repeat(pad)}${s.slice(at)}` : s;
        expect(needsCharset(text)).toBe(regex(text));
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });
});

describe('7-bit fast path on MIME shapes the corpus lacks', () => {
  for (const shape of shapes) {
    it(`reads ${shape.name} as postal-mime does`, async () => {
      const { fast, slow } = await both(shape.raw, shape.bytes);
      if (shape.declines) {
        expect(fast).toBeNull();
        return;
      }
      expect(fast).not.toBeNull();
      expect(fast).toEqual(slow);
      expect(`${slow.words} ${slow.deliveryStatus}`).toMatch(/\w/);
    });
  }
  it('reads the same for CRLF line ends', async () => {
    for (const shape of shapes) {
      const { fast, slow } = await both(shape.raw.replace(/\r?\n|\r/g, '\r\n'), shape.bytes);
      if (!shape.declines) expect([shape.name, fast]).toEqual([shape.name, slow]);
    }
  });
  it('reads a text/plain part attached without a file name, and skips one with a file name', async () => {
    const { fast, slow } = await both(shapes[0]!.raw);
    for (const r of [fast!, slow]) {
      expect(r.words).toContain('user unknown');
      expect(r.words).not.toContain('attached file');
    }
  });
});

// Senders and subjects as mail writes them: display names plain, quoted, 8-bit, or in RFC 2047
// words (UTF-8 and ISO-8859-1, B and Q, a character split between two words), before an address
// or in a comment after one.
const utf8Bytes = (s: string) => new TextEncoder().encode(s);
const bWord = (text: string, charset = 'utf-8') => `=?${charset}?B?${Buffer.from(charset === 'utf-8' ? utf8Bytes(text) : Buffer.from(text, 'latin1')).toString('base64')}?=`;
const qWord = (text: string) => `=?UTF-8?Q?${[...utf8Bytes(text)].map((b) => (b === 32 ? '_' : /[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`;
/** `text` in two B words cut inside its UTF-8 bytes (after byte `at`): joined, they decode; alone, not. */
const splitWords = (text: string, at: number) => {
  const b = utf8Bytes(text);
  const cut = Math.max(1, Math.min(b.length - 1, at));
  return `=?utf-8?B?${Buffer.from(b.subarray(0, cut)).toString('base64')}?= =?utf-8?B?${Buffer.from(b.subarray(cut)).toString('base64')}?=`;
};
const plainWord = fc.stringMatching(/^[A-Za-z0-9.\-'é日ü]{1,8}$/);
const nameWord = fc.oneof(
  plainWord,
  plainWord.map((w) => bWord(w)),
  plainWord.map((w) => qWord(`${w} x`)),
  plainWord.map((w) => bWord(w.replace(/[^\x00-\xff]/g, 'e'), 'iso-8859-1')),
  fc.tuple(plainWord, fc.nat(6)).map(([w, at]) => splitWords(`${w}日本`, at)),
  fc.constant('Mail'),
  fc.constant('=?US-ASCII?Q??='),
);
const displayName = fc.array(nameWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const address = fc.constantFrom('postmaster@example.org', 'MAILER-DAEMON@mx.example.jp', 'a.b@example.co.jp', 'MAILER-DAEMON', 'r\u00e9mi@example.fr');
const sender = fc.oneof(
  fc.tuple(displayName, address).map(([n, a]) => `${n} <${a}>`),
  fc.tuple(displayName, address).map(([n, a]) => `"${n}" <${a}>`),
  fc.tuple(displayName, address, fc.constantFrom('', '  ')).map(([n, a, sp]) => `${n}${sp}<${a}>`),
  fc.tuple(displayName, address).map(([n, a]) => `${a} (${n})`),
  fc.tuple(displayName, address).map(([n, a]) => `<${a}> (${n})`),
  fc.tuple(address, address).map(([a, b]) => `${a} (${b})`),
  address.map((a) => `<${a}>`),
  address,
  displayName.map((n) => `${n} <>`),
  displayName,
);
const subject = fc.array(fc.oneof(nameWord, fc.constant('Undeliverable:'), fc.constant('\t')), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

describe('7-bit fast path: senders and subjects postal-mime was needed for', () => {
  it('reads each sender and subject it accepts as postal-mime does, as a string and as bytes', async () => {
    let read = 0;
    await fc.assert(
      fc.asyncProperty(sender, subject, fc.boolean(), async (from, subj, asBytes) => {
        const text = `From: ${from}\nSubject: ${subj}\nContent-Type: text/plain\n\nUser unknown\n`;
        // As bytes, the header's characters are written as UTF-8 and read one per byte (latin1).
        const raw = asBytes ? String.fromCharCode(...utf8Bytes(text)) : text;
        const fast = readSevenBit(raw, asBytes);
        if (!fast) return;
        read++;
        const slow = await parseMessage(asBytes ? latin1Bytes(raw) : raw, readWithPostalMime, { fastPath: false });
        expect([from, subj, fast.from, fast.subject]).toEqual([from, subj, slow.from, slow.subject]);
      }),
      { numRuns: 600, seed: 20261205 },
    );
    // Most are read: encoded words, 8-bit names and a comment holding the address among them.
    expect(read).toBeGreaterThan(400);
  });
});

describe('7-bit fast path: an attached message under an 8-bit header', () => {
  const notice = (original: string) =>
    `Subject: Nicht zustellbar: \u00c3\u00bcberf\u00c3\u00bcllt\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelivery failed: mailbox full.\n--b\nContent-Type: message/rfc822\n${original}--b--\n`;
  it('reads it as postal-mime does: its bytes as UTF-8', async () => {
    const raw = notice(`\nFrom: J\u00c3\u00b6rg <j@example.org>\nSubject: Gr\u00c3\u00bc\u00c3\u009fe\n\nHallo\n`);
    const fast = readSevenBit(raw, true);
    const slow = await parseMessage(latin1Bytes(raw), readWithPostalMime, { fastPath: false });
    expect(fast?.original).toContain('J\u00f6rg');
    expect(fast!.original.trimEnd()).toBe(slow.original.trimEnd());
  });
  it('leaves an encoded one, and one postal-mime is given cut (trimOriginal), to postal-mime', () => {
    expect(readSevenBit(notice(`Content-Transfer-Encoding: base64\n\n${b64('From: a@example.org\n\nhi\n')}`), true)).toBeNull();
    expect(readSevenBit(notice(`\nFrom: a@example.org\n\n${'x'.repeat(100)}\n`.repeat(200)), true)).toBeNull();
    expect(readSevenBit(notice(`\nFrom: a@example.org\n\n${'x'.repeat(100)}\n`), true)).not.toBeNull();
  });
});

describe('postal-mime input', () => {
  it('reads bare CR line ends, 8-bit bytes kept as they are', async () => {
    const text = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\rSubject: Mail delivery failed\rX-Failed-Recipients: a@example.org\rContent-Type: text/plain; charset=iso-8859-1\r\rThis message was created automatically.\rCaf\u00e9: 550 5.1.1 <a@example.org>: user unknown\r';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(readSevenBit(text)).toBeNull();
    const parts = await parseMessage(bytes, readWithPostalMime);
    expect(parts.subject).toBe('Mail delivery failed');
    expect(parts.headers.find((h) => h.key === 'x-failed-recipients')?.value).toBe('a@example.org');
    expect(parts.body).toContain('Caf\u00e9: 550 5.1.1');
    expect(parts.body).not.toContain('Subject');
  });
});

describe('withCrlf', () => {
  it('makes bare CR into CRLF and leaves every other byte as it is', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const out = withCrlf(Uint8Array.of(...all, 13, 10, 13));
    expect([...out]).toEqual([...all.slice(0, 14), 10, ...all.slice(14), 13, 10, 13, 10]);
    const plain = Uint8Array.of(65, 13, 10, 200);
    expect(withCrlf(plain)).toBe(plain);
    expect(withCrlf('a\rb\r\nc\r')).toBe('a\r\nb\r\nc\r\n');
  });
});

describe('trimOriginal', () => {
  const head = 'Content-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\n\nfailed\n';
  const dsn = '--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\n';
  const original = `--b\nContent-Type: message/rfc822\n\nFrom: s@example.com\n\n${'x'.repeat(100_000)}\n--b--\n`;
  it('reads the returned original only up to maxOriginalBytes', () => {
    const raw = head + dsn + original;
    const cut = trimOriginal(raw, raw);
    expect(cut.length).toBe(raw.indexOf('Content-Type: message/rfc822') + maxOriginalBytes);
    const bytes = new TextEncoder().encode(raw);
    expect(trimOriginal(bytes, raw).length).toBe(cut.length);
  });
  it('keeps everything when a report part follows the original', () => {
    const raw = head + original.replace('--b--\n', '') + dsn;
    expect(trimOriginal(raw, raw)).toBe(raw);
  });
  it('leaves a message without an original alone', () => {
    const raw = head + dsn + 'x'.repeat(50_000);
    expect(trimOriginal(raw, raw)).toBe(raw);
  });
});

describe('splitPlain', () => {
  // The reading splitPlain had when it split lines into arrays (a copy made LF, split on LF, the
  // folded lines joined): the index-based reading must give the same fields and body.
  const reference = (raw: string) => {
    const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    const end = text.indexOf('\n\n');
    const fields: string[] = [];
    for (const line of (end >= 0 ? text.slice(0, end) : text).split('\n')) {
      if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length) fields[fields.length - 1] += line;
      else fields.push(line);
    }
    const trim = (s: string) => s.replace(/^[ \t]+|[ \t]+$/g, '');
    const headers = fields.filter((f) => f.indexOf(':') > 0).map((f) => ({ key: trim(f.slice(0, f.indexOf(':'))).toLowerCase(), value: trim(f.slice(f.indexOf(':') + 1)) }));
    return { headers, body: end >= 0 ? text.slice(end + 2) : '' };
  };
  // Names in every case, and chars whose lowercase is ASCII (the Kelvin sign's is 'k') or longer (U+0130's).
  const pieces = ['A', 'b', ':', ' ', '\t', '\n', '\r', '\r\n', 'Subject', 'X-Y', ': v', '\n ', '\r\n\t', '\n\n', '\r\n\r\n', '\n\r\n',
    'SUBJECT', 'sUbJeCt', 'To', 'tO', 'Content-Type', 'content-TYPE', 'Message-ID', 'Received', 'Re', 'ceived', '\u212a', '\u0130', 'List-Id', 'List\rId', 'Da', 'te'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
  it('reads every corpus message\'s fields as the line-array reading did', () => {
    let n = 0;
    for (const f of ['sisimai-dev/eml', 'not-bounce', 'malformed'].flatMap((d) => readdirSync(join(corpus, d)).map((name) => join(corpus, d, name)))) {
      const t = new TextDecoder('latin1').decode(readFileSync(f));
      expect(splitPlain(t).headers).toEqual(reference(t).headers);
      n++;
    }
    expect(n).toBeGreaterThan(500);
  });
  it('reads fields and body as the line-array reading did, for every mix of line ends', () => {
    fc.assert(
      fc.property(text, (t) => {
        const got = splitPlain(t);
        expect({ headers: got.headers, body: got.body }).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });
});
