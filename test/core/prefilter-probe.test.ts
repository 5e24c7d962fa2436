import { describe, expect, it, vi } from 'vitest';
import { classify } from '../../src/core/index.js';

const prefilter = vi.hoisted(() => ({ off: false }));
vi.mock('../../src/core/prefilter.js', async (load) => {
  const real = await load<typeof import('../../src/core/prefilter.js')>();
  return { ...real, ordinaryMail: (...a: Parameters<typeof real.ordinaryMail>) => (prefilter.off ? null : real.ordinaryMail(...a)) };
});
/** The verdict of the full reading (the prefilter off). */
async function full(input: string | Uint8Array) {
  prefilter.off = true;
  try {
    return await classify(input);
  } finally {
    prefilter.off = false;
  }
}

const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const cr = (s: string) => s.replace(/\n/g, '\r');
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\n');

const notices: Record<string, string> = {
  dsnSpecialBoundary: `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: ann@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 2 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="=_a+b(c)?*.[x]$^|{1}"

--=_a+b(c)?*.[x]$^|{1}
Content-Type: text/plain

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>:
    Recipient address rejected: User unknown in local recipient table

--=_a+b(c)?*.[x]$^|{1}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; bob@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--=_a+b(c)?*.[x]$^|{1}--
`,
  // A notice relayed by a gateway that rewrote the sender, HTML-only in base64 inside multipart/alternative.
  relayedHtmlB64: `From: "IT Helpdesk" <helpdesk@example.org>
To: ann@example.org
Subject: Message status
Date: Mon, 2 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

${b64('<html><body><p>Delivery has failed to these recipients or groups:</p><p>bob@example.com<br>The email address you entered couldn&#39;t be found.</p><p>Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&#39;</p></body></html>')}
--b1--
`,
  // Nested multipart: the text in an inner multipart/alternative, 8-bit UTF-8.
  nestedAutoReply: `From: Jörg Müller <joerg@example.de>
To: ann@example.org
Subject: Abwesenheitsnotiz: Ihre Anfrage
Date: Mon, 2 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht. Ich bin bis zum 10. März nicht im Büro.

--inner--
--outer--
`,
  // qmail's plain notice from a non-daemon address (a forwarder), 8-bit name.
  qmailPlain: `From: "Réception" <reception@example.fr>
To: ann@example.org
Subject: failure notice
Date: Mon, 2 Mar 2026 10:00:00 +0000

Hi. This is the qmail-send program at example.fr.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bob@example.fr>:
Sorry, no mailbox here by that name. (#5.1.1)
`,
  // Preamble holds the notice text (some MTAs write it there).
  preambleEpilogue: `From: postmaster@example.net
To: ann@example.org
Subject: Delivery report
Date: Mon, 2 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="zz"

This is a multi-part message in MIME format.
--zz
Content-Type: text/plain

Your message to bob@example.com could not be delivered.
550 5.1.1 bob@example.com: user unknown
--zz--
`,
  arfInBody: `From: abuse@isp.example
To: ann@example.org
Subject: Report
Date: Mon, 2 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="r"

--r
Content-Type: text/plain

This is an email abuse report for an email message received from IP 192.0.2.1.

Feedback-Type: abuse
User-Agent: SomeGenerator/1.0
Version: 1
--r--
`,
  exchangeEncodedSubject: `From: Microsoft Outlook <postmaster@contoso.example>
To: ann@example.org
Subject: =?utf-8?B?${Buffer.from('Unzustellbar: Angebot', 'utf8').toString('base64')}?=
Date: Mon, 2 Mar 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="q"

--q
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Die Nachricht konnte an folgende Empf=C3=A4nger oder Gruppen nicht =
zugestellt werden:

bob@contoso.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
--q--
`,
};

/**
 * Hand-written notices the corpora do not hold in this shape (a boundary of regex specials, an
 * HTML-only base64 NDR under a person's sender, nested 8-bit parts, a preamble, ARF fields in a
 * text, an encoded subject), each with LF, CRLF and bare CR line ends, as a string and as bytes:
 * the prefilter's answer must be the full reading's.
 */
describe('ordinaryMail never answers for a notice the full reading finds', () => {
  for (const [name, text] of Object.entries(notices)) {
    for (const [form, t] of [['LF', text], ['CRLF', crlf(text)], ['CR', cr(text)]] as const) {
      it(`${name} ${form}: never ordinary where the full reading finds a notice`, async () => {
        const bytes = new TextEncoder().encode(t);
        const kinds = [(await full(t)).kind, (await full(bytes)).kind];
        expect(kinds.every((k) => k !== 'not-a-bounce')).toBe(true);
        expect([(await classify(t)).kind, (await classify(bytes)).kind]).toEqual(kinds);
      });
    }
  }
});
