/**
 * Each notice format's reader, on a small notice written in that server's own shape: which
 * recipients failed, with which status, reply, command and remote host.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';

function message(headers: Record<string, string>, body: string): string {
  const h = { From: 'Mail Delivery System <MAILER-DAEMON@mx.example.com>', To: 'sender@example.com', Subject: 'Undelivered Mail', ...headers };
  return `${Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
}

interface Want {
  reporter?: string;
  recipients: { address: string; status?: string; reply?: string; remoteHost?: string }[];
}

const cases: [string, string, Want][] = [
  ['Exim', message({ Subject: 'Mail delivery failed: returning message to sender' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  alice@example.net
    SMTP error from remote mail server after RCPT TO:<alice@example.net>:
    host mx.example.net [192.0.2.20]: 550 5.1.1 <alice@example.net>: User unknown

  bob
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

To: bob@example.org
Subject: hi
`), { reporter: 'Exim', recipients: [
    { address: 'alice@example.net', status: '5.1.1', reply: '550', remoteHost: 'mx.example.net' },
    { address: 'bob@example.org' },
  ] }],
  ['Exim, 1&1 unindented and wrapped', message({}, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

carol@example.fr:
SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.2.0 Mail rejected.

--- The header of the original message is following. ---
`), { reporter: 'Exim', recipients: [{ address: 'carol@example.fr', status: '5.2.0', reply: '550', remoteHost: 'smtp-in.example.fr' }] }],
  ['qmail, bounce sent back to the failed address itself', message({ To: 'dave@example.ad.jp', Subject: 'failure notice' }, `Hi. This is the qmail-send program at example.ad.jp.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dave@example.ad.jp>:
192.0.2.1 does not like recipient.
Remote host said: 552 Error: disk quota exceeded
Giving up on 192.0.2.1.

--- Below this line is a copy of the message.
`), { reporter: 'qmail', recipients: [{ address: 'dave@example.ad.jp', reply: '552', remoteHost: '192.0.2.1' }] }],
  ['V5 sendmail transcript', message({ Subject: 'Returned mail: Host unknown' }, `   ----- Transcript of session follows -----
While talking to mx.example.edu:
>>> MAIL From:<sender@example.com>
<<< 550 Insecure Mail Relay
554 <erin@example.edu>... Remote protocol error
550 example.org (smtp)... 550 Host unknown
554 <frank@example.org>... 550 Host unknown (Authoritative answer from name server)

   ----- Unsent message follows -----
To: erin@example.edu
`), { reporter: 'Sendmail', recipients: [{ address: 'erin@example.edu', reply: '550' }, { address: 'frank@example.org', reply: '554' }] }],
  ['DragonFly, recipient also in X-Original-To', message({ 'X-Original-To': '<gina@example.net>', Subject: 'Mail delivery failed' }, `This is the DragonFly Mail Agent v0.13 at df.example.jp.

There was an error delivering your mail to <gina@example.net>.

mx.example.net [192.0.2.25] did not like our RCPT TO:
552 5.2.2 <gina@example.net>: Recipient address rejected: Mailbox full

Message headers follow.
`), { reporter: 'DragonFly', recipients: [{ address: 'gina@example.net', status: '5.2.2', reply: '552', remoteHost: 'mx.example.net' }] }],
  ['IMail', message({ 'X-Mailer': '<SMTP32 v8.12>', Subject: 'Undeliverable Mail', From: '"Postmaster" <postmaster@example.org>' }, `Unknown user: hana@example.com


Original message follows.
`), { reporter: 'IMailServer', recipients: [{ address: 'hana@example.com' }] }],
  ['Zoho', message({ From: 'mailer-daemon@mail.zoho.com', 'X-Mailer': 'Zoho Mail' }, `This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

ivan@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable
`), { reporter: 'Zoho', recipients: [{ address: 'ivan@example.org', reply: '550' }] }],
  ['Amazon SES JSON in an SNS envelope', message({ From: 'SES <no-reply@sns.amazonaws.com>', Subject: 'AWS Notification Message' }, `{
  "Type" : "Notification",
  "Message" : "{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bounceType\\":\\"Permanent\\",\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"jo@example.com\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\",\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unknown\\"}]}}"
}
`), { reporter: 'AmazonSES', recipients: [{ address: 'jo@example.com', status: '5.1.1', reply: '550' }] }],
  ['X6 sentence list', message({}, `We had trouble delivering your message. Full details follow:

1 error(s):

The following recipients returned permanent errors: kim@example.org. Reason: SMTP Server <192.0.2.223> refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded - possible mail loop]
`), { reporter: 'X6', recipients: [{ address: 'kim@example.org', status: '5.4.6', reply: '554', remoteHost: '192.0.2.223' }] }],
  ['Domino', message({ Subject: 'DELIVERY FAILURE: User Lee (lee@example.jp) not listed in Domino Directory' }, `Your message

  Subject: hi

was not delivered to:

  lee@example.jp

because:

  User Lee (lee@example.jp) not listed in Domino Directory
`), { reporter: 'Domino', recipients: [{ address: 'lee@example.jp' }] }],
];

describe('reporters', () => {
  it.each(cases)('%s', async (_name, raw, want) => {
    const v = await classify(raw);
    expect(v.kind).toBe('bounce');
    if (want.reporter) expect(v.reporter).toBe(want.reporter);
    expect(v.recipients.map((r) => r.address)).toEqual(want.recipients.map((r) => r.address));
    want.recipients.forEach((w, i) => {
      const got = v.recipients[i]!;
      if (w.status !== undefined) expect(got.status, `${w.address} status`).toBe(w.status);
      if (w.reply !== undefined) expect(got.reply, `${w.address} reply`).toBe(w.reply);
      if (w.remoteHost !== undefined) expect(got.remoteHost, `${w.address} host`).toBe(w.remoteHost);
    });
  });

  it('never takes the sender of the original for a failed recipient in a sentence', async () => {
    const v = await classify(message({}, 'A message sent by\n\n  <sender@example.com>\n\ncould not be delivered. The following address(es) failed:\n\n  mo@example.net\n    all hosts have been failing for a long time\n'));
    expect(v.recipients.map((r) => r.address)).toEqual(['mo@example.net']);
  });
});
