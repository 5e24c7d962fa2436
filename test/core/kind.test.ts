/**
 * What is a bounce and what is not: ordinary mail that uses bounce-like words must stay
 * not-a-bounce (a banner on it would be a false alarm in the user's inbox), and short bounce
 * notices, with or without headers, must be recognised. Each row is checked as a raw message
 * and as pasted text (From/Subject lines and the body, as a webmail shows it).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';

interface Row {
  readonly name: string;
  readonly from: string;
  readonly subject: string;
  readonly body: string;
  readonly kind: string;
  /** Extra header lines for the raw-message reading. */
  readonly headers?: readonly string[];
  /** The kind expected from pasted text when it differs (the headers that decided are not pasted). */
  readonly textKind?: string;
}

const ordinary: Row[] = [
  { name: 'invoice error reply', from: 'Marco Rossi <marco@example.it>', subject: 'Re: Error in invoice', body: 'Marco said: the total is wrong.\nCan you check it and send it again?\n', kind: 'not-a-bounce' },
  { name: 'payment rejected', from: 'Billing <billing@shop.example>', subject: 'Payment rejected', body: 'Your card payment was rejected by the bank.\nWe will retry the charge tomorrow.\n', kind: 'not-a-bounce' },
  { name: 'backup failed', from: 'NAS <backup@nas.example>', subject: 'Backup failed', body: 'The nightly job could not reach the server.\nError code 550 from the storage API. Unable to deliver the archive.\n', kind: 'not-a-bounce' },
  { name: 'newsletter from a bounce@ sender', from: 'Deals <bounce@news.example.com>', subject: 'Our November deals', body: 'Big savings this week.\nUnsubscribe: https://news.example.com/u\n', kind: 'not-a-bounce' },
  { name: 'developer mail quoting SES JSON', from: 'dev@example.com', subject: 'SES webhook payload', body: 'This is what our endpoint receives:\n\n{"notificationType":"Bounce","bounce":{"bounceType":"Permanent"}}\n\nCan we parse it?\n', kind: 'not-a-bounce' },
  { name: 'absence request', from: 'hr@example.com', subject: 'Absence request for Friday', body: 'Please approve my absence request for Friday.\n', kind: 'not-a-bounce' },
  { name: 'parcel not delivered', from: 'Courier <info@parcels.example>', subject: 'Delivery failed', body: 'We could not deliver your parcel today.\nWe will try again tomorrow.\n', kind: 'not-a-bounce' },
  { name: 'postmaster announcement', from: 'Postmaster <postmaster@example.org>', subject: 'Mailbox migration this weekend', body: 'We will move all mailboxes on Saturday; mail may arrive late.\n', kind: 'not-a-bounce' },
  { name: 'office party', from: 'anna@example.com', subject: 'Out of office party on Friday', body: 'Drinks at six, everyone welcome!\n', kind: 'not-a-bounce' },
  { name: 'reply about an undeliverable message', from: 'Anna <anna@example.com>', subject: 'Re: Undeliverable: Meeting', body: 'I got an undeliverable message when I wrote to Paul.\nThe message could not be delivered, it said. Can you check his address?\n', kind: 'not-a-bounce' },
  { name: 'project notification quoting an SMTP reply', from: 'notifications@github.example', subject: '[acme/api] Email delivery failed with 550 5.7.26 (#12)', body: 'Our sender gets:\n\n550 5.7.26 Unauthenticated email from example.com is not accepted due to domain DMARC policy\n\nThe message was not delivered.\n', kind: 'not-a-bounce', headers: ['List-Id: <api.acme.github.example>'] },
  { name: 'helpdesk auto-acknowledgement of a delivery ticket', from: 'Support <support@helpdesk.example>', subject: 'Re: [#123] Delivery failed', body: 'We received your request and will answer within 24 hours.\n', kind: 'auto-reply', headers: ['Auto-Submitted: auto-replied'], textKind: 'not-a-bounce' },
  { name: 'postmaster-noreply report', from: 'postmaster-noreply@google.example', subject: 'Delivery failure rate report', body: 'Your delivery failure rate increased this week: messages could not be delivered to 2% of recipients.\n', kind: 'not-a-bounce' },
  { name: 'mail delivery team of a courier', from: 'Mail delivery team <team@courier.example>', subject: 'Your parcel delivery failed', body: 'We could not deliver your parcel; delivery failed at the door.\n', kind: 'not-a-bounce' },
  { name: 'undeliverable shipment', from: 'Shipping <news@shipping.example>', subject: 'Undeliverable shipment', body: 'Your shipment could not be delivered. It is undeliverable to the following address: Via Roma 1.\n', kind: 'not-a-bounce' },
  { name: 'list post quoting DSN fields', from: 'dev@example.com', subject: 'How do I parse this?', body: 'Our parser chokes on:\n\nFinal-Recipient: rfc822; x@example.org\nAction: failed\nStatus: 5.1.1\n\nAny idea?\n', kind: 'not-a-bounce', headers: ['List-Id: <parsers.lists.example>'] },
  { name: 'a committee letter in a template-like sentence', from: 'Board <board@club.example>', subject: 'Your proposal', body: "I'm sorry to have to inform you that your message was not approved by the committee, because the address couldn't be found in our register.\n", kind: 'not-a-bounce' },
  { name: 'newsletter titled AUTO:', from: 'Cars <news@cars.example>', subject: 'AUTO: Spring sale', body: 'Spring sale on all models, 30% off.\n', kind: 'not-a-bounce' },
  { name: 'reply to an out-of-office', from: 'bob@example.com', subject: 'Re: Out of Office: Alice', body: 'Thanks, I will wait for her return.\n', kind: 'not-a-bounce' },
  { name: 'spam report newsletter', from: 'research@example.com', subject: 'Spam Report: Q3 trends', body: 'Spam volumes fell in Q3.\n', kind: 'not-a-bounce' },
  { name: 'a person pasting SES JSON', from: 'ops@example.com', subject: 'payload', body: '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent"}}\n', kind: 'not-a-bounce' },
  { name: 'support thread about a bounce', from: 'support@example.net', subject: 'Re: my emails bounce', body: 'Hi, which error did you get? Please forward us the returned message.\n', kind: 'not-a-bounce' },
];

const notices: Row[] = [
  { name: 'Postfix line pasted alone', from: '', subject: '', body: '<anna@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <anna@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n', kind: 'bounce' },
  { name: 'Gmail address not found', from: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)', body: "Address not found\n\nYour message wasn't delivered to anna@example.org because the address couldn't be found. Check for typos or unnecessary spaces and try again.\n", kind: 'bounce' },
  { name: 'Exim failure', from: 'Mail Delivery System <Mailer-Daemon@mx.example.net>', subject: 'Mail delivery failed: returning message to sender', body: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  anna@example.org\n    host mx.example.org [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<anna@example.org>:\n    550 5.1.1 User unknown\n', kind: 'bounce' },
  { name: 'Outlook NDR in Italian', from: 'postmaster@example.it', subject: 'Non recapitabile: Preventivo', body: 'Recapito non riuscito a questi destinatari o gruppi:\n\nanna@example.org\nImpossibile trovare l\'indirizzo di posta elettronica immesso.\n', kind: 'bounce' },
  { name: 'qmail', from: 'MAILER-DAEMON@mail.example.net', subject: 'failure notice', body: "Hi. This is the qmail-send program at mail.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<anna@example.org>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 <anna@example.org>... User unknown\n", kind: 'bounce' },
  { name: 'out of office reply', from: 'anna@example.org', subject: 'Automatic reply: Preventivo', body: 'I am out of the office until Monday with limited access to email.\n', kind: 'auto-reply', headers: ['Auto-Submitted: auto-replied'] },
  { name: 'away, confirmed by its words', from: 'anna@example.org', subject: 'Away until May 5', body: 'I am currently away, returning to the office on May 5th. I will have limited access to email.\n', kind: 'auto-reply' },
];

function raw(r: Row): string {
  const head = [...(r.from ? [`From: ${r.from}`] : []), 'To: me@example.com', ...(r.subject ? [`Subject: ${r.subject}`] : []), 'Date: Tue, 10 Nov 2026 09:00:00 +0100', 'Message-ID: <x@example.com>', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', ...(r.headers ?? [])];
  return `${head.join('\r\n')}\r\n\r\n${r.body.replace(/\n/g, '\r\n')}`;
}

function pasted(r: Row): string {
  const head = [r.from ? `From: ${r.from}` : '', r.subject ? `Subject: ${r.subject}` : ''].filter(Boolean);
  return head.length ? `${head.join('\n')}\n\n${r.body}` : r.body;
}

describe('kind', () => {
  it('a DSN decides over a complaint-like subject', async () => {
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(`${__dirname}/../../examples/bounce-mailbox-full.eml`, 'utf8').replace('Subject: Undelivered Mail Returned to Sender', 'Subject: Undeliverable: Abuse report #123');
    expect((await classify(raw)).kind).toBe('bounce');
  });

  for (const r of [...ordinary, ...notices]) {
    it(`${r.name}: ${r.kind}`, async () => {
      const asMessage = await classify(raw(r));
      expect(asMessage.kind, `raw message read as ${asMessage.kind} (${asMessage.evidence.map((e) => `${e.rule}: ${e.text}`).join(' | ')})`).toBe(r.kind);
      const asText = await classify(pasted(r), { mode: 'text' });
      expect(asText.kind, `pasted text read as ${asText.kind} (${asText.evidence.map((e) => `${e.rule}: ${e.text}`).join(' | ')})`).toBe(r.textKind ?? r.kind);
    });
  }
});
