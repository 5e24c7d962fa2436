/**
 * Hostile inputs for the classifier, generated on demand (never committed as big files). Each is
 * something a stranger can put in a message that arrives looking like a bounce: the hardening
 * tests and `npm run fuzz` feed them to classify() and classifyText().
 */

export interface HostileInput {
  readonly name: string;
  /** Builds the input; called once per test so tens of megabytes are not held for the whole run. */
  readonly make: () => string | Uint8Array | ArrayBuffer;
  /** True when the input is larger than the classifier's input limit, so the verdict must say truncated. */
  readonly oversize?: boolean;
}

const MB = 1 << 20;
const encoder = new TextEncoder();

/** Deterministic bytes (xorshift32), so a failure reproduces. */
export function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const bounceHead = (boundary: string, extra = '') =>
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n' +
  'To: sender@example.com\r\n' +
  'Subject: Undelivered Mail Returned to Sender\r\n' +
  'Auto-Submitted: auto-replied\r\n' +
  'MIME-Version: 1.0\r\n' +
  `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"\r\n` +
  extra +
  '\r\n';

/** A well-formed Postfix-style bounce whose DSN fields hold `value` (the attack goes there). */
export function bounceWith(diagnostic: string, finalRecipient = 'rfc822; user@example.net'): string {
  return (
    bounceHead('B') +
    '--B\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n' +
    'This is the mail system at host mx.example.org.\r\n\r\n' +
    "I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n" +
    `<user@example.net>: host mx.example.net said: ${diagnostic}\r\n\r\n` +
    '--B\r\nContent-Type: message/delivery-status\r\n\r\n' +
    'Reporting-MTA: dns; mx.example.org\r\n\r\n' +
    `Final-Recipient: ${finalRecipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n` +
    `Diagnostic-Code: smtp; ${diagnostic}\r\n\r\n` +
    '--B--\r\n'
  );
}

/** `count` parts of `part` in one multipart/mixed message. */
function manyParts(count: number, part: string): string {
  let s = bounceHead('P');
  for (let i = 0; i < count; i++) s += `--P\r\n${part}`;
  return `${s}--P--\r\n`;
}

/** Multiparts nested `depth` deep, the innermost holding a text part. */
function nested(depth: number, eightBit: boolean): string {
  let s = bounceHead('b0');
  for (let i = 1; i < depth; i++) s += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`;
  s += `--b${depth - 1}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${eightBit ? 'caf\u00e9 ' : ''}550 5.1.1 user unknown\r\n`;
  for (let i = depth - 1; i >= 0; i--) s += `--b${i}--\r\n`;
  return s;
}

/** Long runs of the characters the parsers' patterns repeat, in the places those patterns read. */
function runs(n: number): Record<string, string> {
  return {
    spaces: ' '.repeat(n),
    tabs: '\t'.repeat(n),
    dots: '.'.repeat(n),
    dashes: '-'.repeat(n),
    commas: ','.repeat(n),
    lt: '<'.repeat(n),
    ltA: '<a '.repeat(n / 3),
    tagName: `<a${'a'.repeat(n)}`,
    digits: '5'.repeat(n),
    dottedDigits: '5.'.repeat(n / 2),
    at: '@'.repeat(n),
    addressish: 'a@b.'.repeat(n / 4),
    words: 'user unknown '.repeat(n / 13),
    newlines: '\n'.repeat(n),
    crs: '\r'.repeat(n),
    nbsp: '\u00a0'.repeat(n),
    // A non-ASCII character in a part declared us-ascii: decoded byte by byte it doubles, and the
    // alternation defeats run-collapsing regexes (found by measuring: 330 ms before maxBodyChars).
    altNbsp: 'a\u00a0'.repeat(n / 2),
    altSpace: 'a '.repeat(n / 2),
    lineSep: `${' '.repeat(n)}\u2028`,
    colonBlank: `a:${' '.repeat(n)}\u2028`,
  };
}

/** `runLength`: how long the pumped runs are (the normal suite uses 64 K; `npm run fuzz` more). */
export function hostileInputs(runLength = 64 * 1024): HostileInput[] {
  const list: HostileInput[] = [
    { name: 'empty string', make: () => '' },
    { name: 'empty bytes', make: () => new Uint8Array(0) },
    { name: 'empty ArrayBuffer', make: () => new ArrayBuffer(0) },
    { name: 'only CRLFs', make: () => '\r\n'.repeat(1000) },
    { name: 'binary garbage, 1 MB', make: () => pseudoRandomBytes(MB) },
    { name: 'binary garbage, 3 MB', make: () => pseudoRandomBytes(3 * MB), oversize: true },
    { name: 'binary garbage after bounce headers', make: () => concat(encoder.encode(bounceHead('B')), pseudoRandomBytes(MB - 400)) },
    { name: '10 MB single line (string)', make: () => 'a'.repeat(10 * MB), oversize: true },
    { name: '10 MB single line (bytes)', make: () => new Uint8Array(10 * MB).fill(0x61), oversize: true },
    { name: '10 MB single header line', make: () => `Subject: ${'x'.repeat(10 * MB)}\r\nFrom: a@b.c\r\n\r\nbody`, oversize: true },
    {
      name: '50 MB message (bytes)',
      make: () => {
        const head = encoder.encode(bounceWith('550 5.1.1 user unknown').replace('--B--\r\n', ''));
        const out = new Uint8Array(50 * MB).fill(0x41);
        out.set(head);
        for (let i = head.length + 76; i < out.length; i += 78) {
          out[i] = 0x0d;
          out[i + 1] = 0x0a;
        }
        return out;
      },
      oversize: true,
    },
    { name: '50 MB message (string)', make: () => bounceWith('550 5.1.1 user unknown') + 'A'.repeat(50 * MB), oversize: true },
    { name: '10,000 MIME parts (7-bit)', make: () => manyParts(10_000, 'Content-Type: text/plain\r\n\r\n550 5.1.1 user unknown\r\n') },
    { name: '10,000 MIME parts (8-bit, postal-mime)', make: () => manyParts(10_000, 'Content-Type: text/plain; charset=utf-8\r\n\r\ncaf\u00e9 550\r\n') },
    { name: '10,000 MIME parts (base64)', make: () => manyParts(10_000, 'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nNTUwIDUuMS4x\r\n') },
    { name: '10,000 delivery-status parts', make: () => manyParts(10_000, 'Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@b.c\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n') },
    { name: '10,000 empty parts', make: () => manyParts(10_000, '\r\n') },
    { name: '100,000 parts (oversize)', make: () => manyParts(100_000, 'Content-Type: text/plain\r\n\r\nx\r\n'), oversize: true },
    { name: '1,000-deep nesting (7-bit)', make: () => nested(1000, false) },
    { name: '1,000-deep nesting (8-bit, postal-mime)', make: () => nested(1000, true) },
    { name: '10,000-deep nesting', make: () => nested(10_000, true) },
    { name: '1,000 nested message/rfc822', make: () => `${bounceHead('r')}${'--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: a@b.c\r\nContent-Type: multipart/mixed; boundary="r"\r\n\r\n'.repeat(1000)}--r--\r\n` },
    { name: 'unknown charset', make: () => bounceWith('550 user unknown').replace('charset=us-ascii', 'charset="x-no-such-charset\u00ff"') + '\u00e9' },
    { name: 'charset with NUL and 10 KB name', make: () => bounceWith('550 user unknown').replace('charset=us-ascii', `charset=${'u\0'.repeat(5000)}`) + '\u00e9' },
    { name: 'broken base64', make: () => manyParts(3, 'Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!====####@@@@\r\n====\r\n') },
    { name: 'broken quoted-printable', make: () => manyParts(3, 'Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=ZZ=\r\n=0=\r\n=\r\n') },
    { name: 'unknown transfer encoding', make: () => manyParts(3, 'Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode-\u00ff\r\n\r\nbegin 644\r\n') },
    { name: 'broken RFC 2047 words', make: () => `Subject: =?bogus?Q?=ZZ?= =?utf-8?B?####?= =?utf-8?X?x?= ${'=?utf-8?B?'.repeat(20000)}\r\nFrom: =?\u00ff?Q?a?= <a@b.c>\r\nMIME-Version: 1.0\r\n\r\n550 5.1.1 user unknown` },
    { name: 'header injection: CR/LF and NUL in values', make: () => `From: MAILER-DAEMON@x\rContent-Type: text/html\r\nSubject: Undelivered\r\n\tContent-Type: multipart/mixed; boundary=x\r\nX-A: \0\0\0\r\n\r\n--x\r\n<script>alert(1)</script>` },
    { name: 'header injection: 100,000 headers', make: () => `${'X-H: v\r\n'.repeat(100_000)}From: a@b.c\r\n\r\nbody` },
    { name: 'header injection: 100,000 folded lines', make: () => `Subject: a\r\n${' b\r\n'.repeat(100_000)}From: a@b.c\r\n\r\nbody` },
    { name: 'bare CR line endings', make: () => bounceWith('550 5.1.1 user unknown').replace(/\r\n/g, '\r') },
    { name: 'NUL bytes everywhere', make: () => bounceWith('550 5.1.1 user unknown').replace(/(.)/gs, '$1\0') },
    { name: 'NUL bytes only, 1 MB', make: () => new Uint8Array(MB) },
    { name: 'lone surrogates', make: () => bounceWith(`550 ${'\ud800'.repeat(1000)} user unknown ${'\udfff'.repeat(1000)}`) },
    { name: 'lone surrogates only', make: () => '\ud800\udbff\udc00'.repeat(100_000) },
    { name: 'invalid UTF-8 bytes', make: () => concat(encoder.encode(bounceWith('550 user unknown').slice(0, 600)), new Uint8Array(100_000).fill(0xc3)) },
    { name: 'BOM and bidi overrides', make: () => `\ufeff${bounceWith('550 \u202euser unknown\u202c \u2066x\u2069')}` },
    { name: 'HTML-only notice with hostile markup', make: () => `From: MAILER-DAEMON@x\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<img src=x onerror=alert(1)><script>alert(1)</script><style>*{}</style>${'<a '.repeat(100_000)}` },
    { name: 'mbox From line only', make: () => 'From ' },
    { name: 'mbox From line without newline, 2 MB', make: () => `From ${'x'.repeat(2 * MB)}`, oversize: true },
  ];
  // Each run in the places the patterns read: diagnostic, Final-Recipient, pasted text, HTML.
  for (const [name, run] of Object.entries(runs(runLength))) {
    list.push({ name: `run of ${name} in the diagnostic`, make: () => bounceWith(`550 5.1.1 ${run}x`) });
    list.push({ name: `run of ${name} in Final-Recipient`, make: () => bounceWith('550 5.1.1 user unknown', `rfc822; ${run}x`) });
    list.push({ name: `run of ${name} as pasted text`, make: () => `Subject: Undelivered\n\n${run}x` });
    list.push({ name: `run of ${name} in an HTML notice`, make: () => `From: MAILER-DAEMON@x\r\nSubject: Undeliverable\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>${run}x\u00e9` });
  }
  return list;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
