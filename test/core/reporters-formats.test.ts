/**
 * One small notice per format module, written in that server's shape with addresses and hosts
 * of its own (not the corpus's): the module must claim it and read each recipient's address,
 * status, reply, the server's words, the remote host and the SMTP command.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { findAddresses } from '../../src/core/parse/address.js';
import { parseDsn } from '../../src/core/parse/dsn.js';
import { header, parseMessage } from '../../src/core/parse/message.js';
import { readWithPostalMime } from '../../src/core/parse/postal.js';
import { collectRecipients } from '../../src/core/reporters/collect.js';
import { fold } from '../../src/core/rules/decide.js';

function message(headers: Record<string, string>, body: string): string {
  const h = { From: 'Mail Delivery System <MAILER-DAEMON@relay.example.com>', To: 'writer@example.com', Subject: 'Undelivered Mail', ...headers };
  return `${Object.entries(h).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`;
}

/** The reporter's own reading (with the SMTP command, which the verdict does not carry). */
async function read(raw: string) {
  const parts = await parseMessage(raw, readWithPostalMime);
  const body = parts.body.replace(/\r\n?/g, '\n');
  const senders = new Set<string>(findAddresses(header(parts, 'to')));
  const dsn = parts.deliveryStatus.length ? parseDsn(parts.deliveryStatus[0]!) : null;
  return collectRecipients({
    headers: parts.headers, subject: parts.subject, from: parts.from, notice: body, noticeLower: fold(body), body, dsn, original: parts.original, senders,
  });
}

interface Want {
  address: string;
  status?: string;
  reply?: string;
  host?: string;
  command?: string;
  /** Words the diagnostic must hold. */
  says?: string;
  action?: string;
}

const cases: [string, string, Want[]][] = [
  ['Postfix', message({ Subject: 'Undelivered Mail Returned to Sender' }, `This is the mail system at host out1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<ana@example.net>: host mx2.example.net[198.51.100.7] said: 550 5.1.1 <ana@example.net>:
    Recipient address rejected: User unknown in local recipient table (in reply to
    RCPT TO command)

<ben@example.org> (expanded from <team@example.com>): host in.example.org[198.51.100.9] said:
    552 5.2.2 Mailbox over quota (in reply to end of DATA command)
`), [
    { address: 'ana@example.net', status: '5.1.1', reply: '550', host: 'mx2.example.net', command: 'RCPT', says: 'User unknown in local recipient table' },
    { address: 'ben@example.org', status: '5.2.2', reply: '552', host: 'in.example.org', command: 'DATA' },
  ]],
  ['Postfix delay, lost connection', message({ Subject: 'Delayed Mail (still being retried)' }, `This is the mail system at host out1.example.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

<cy@example.info>: lost connection with mx.example.info[203.0.113.40] while
    performing the EHLO handshake
`), [{ address: 'cy@example.info', host: 'mx.example.info', command: 'HELO', action: 'delayed' }]],
  ['Yandex', message({ From: 'mailer-daemon@yandex.ru' }, `Это письмо отправлено почтовым сервером yandex.ru.

This is the mail system at host forward1.yandex.ru.

<dora@example.pl>: host mx.example.pl[192.0.2.77] said: 550 5.7.1 Relaying denied
    (in reply to RCPT TO command)
`), [{ address: 'dora@example.pl', status: '5.7.1', reply: '550', host: 'mx.example.pl', command: 'RCPT' }]],
  ['Courier', message({ Subject: 'NOTICE: mail delivery status.', From: 'postmaster@relay.example.com' }, `This is a delivery status notification from relay.example.com,
running the Courier mail server, version 1.1.

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<eli@example.biz>:
    mail.example.biz [203.0.113.5]:
>>> RCPT TO:<eli@example.biz>
<<< 550 5.1.1 <eli@example.biz>: No such mailbox

---------------------------------------------------------------------------
`), [{ address: 'eli@example.biz', status: '5.1.1', reply: '550', host: 'mail.example.biz', command: 'RCPT', says: 'No such mailbox' }]],
  ['Exchange 2003', message({ Subject: 'Undeliverable: report', 'X-Mailer': 'Internet Mail Service (5.5.2653.19)', From: 'System Administrator <postmaster@example.org>' }, `Your message

  To:      fay@example.org
  Subject: report
  Sent:    Mon, 3 Mar 2003 10:00:00 +0100

did not reach the following recipient(s):

fay@example.org on Mon, 3 Mar 2003 10:00:05 +0100
    The recipient name is not recognized
	The MTS-ID of the original message is: c=us;a= ;p=example;l=HOST01
    MSEXCH:IMS:EXAMPLE:SITE:HOST01 0 (000C05A6) Unknown Recipient
`), [{ address: 'fay@example.org', says: 'recipient name is not recognized' }]],
  ['Exchange 2007', message({ Subject: 'Undeliverable: report', From: 'postmaster@example.edu' }, `Delivery has failed to these recipients or distribution lists:

Gus<mailto:gus@example.edu>
The recipient's mailbox is full and can't accept messages now.

Sent by Microsoft Exchange Server 2007

Diagnostic information for administrators:

Generating server: hub1.example.edu

gus@example.edu
#550 5.2.2 STOREDRV.Deliver: mailbox full ##

Original message headers:
`), [{ address: 'gus@example.edu', status: '5.2.2', reply: '550', says: 'mailbox full' }]],
  ['Office 365, a remote refusal', message({ Subject: 'Undeliverable: report', From: 'Microsoft Outlook <postmaster@outlook.com>' }, `mx.example.de rejected your message to the following email addresses:

Hans (hans@example.de)<mailto:hans@example.de>

mx.example.de gave this error:
Mailbox unavailable

Diagnostic information for administrators:

Generating server: AB1PR01MB0001.eurprd01.prod.outlook.com

hans@example.de
mx.example.de
Remote Server returned '550 5.1.1 <hans@example.de>: Mailbox unavailable'

Original message headers:
`), [{ address: 'hans@example.de', status: '5.1.1', reply: '550', host: 'mx.example.de', says: 'Mailbox unavailable' }]],
  ['Outlook.com', message({ Subject: 'Delivery Status Notification (Failure)', From: 'postmaster@hotmail.com' }, `This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       ida@example.net
`), [{ address: 'ida@example.net' }]],
  ['Gmail (older notice)', message({ Subject: 'Delivery Status Notification (Failure)', From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }, `Delivery to the following recipient failed permanently:

     jon@example.nl

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain example.nl by mx.example.nl. [192.0.2.61].

The error that the other server returned was:
550 5.1.1 <jon@example.nl>: Recipient address rejected: User unknown

----- Original message -----
`), [{ address: 'jon@example.nl', status: '5.1.1', reply: '550', says: 'Recipient address rejected' }]],
  ['Google Workspace', message({ Subject: 'Delivery Status Notification (Failure)', From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }, `** Address not found **

Your message wasn't delivered to kai@example.se because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <kai@example.se>: Recipient address rejected: User unknown
`), [{ address: 'kai@example.se', status: '5.1.1', reply: '550', says: 'User unknown' }]],
  ['Google Workspace delay', message({ Subject: 'Delivery Status Notification (Delay)', From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>' }, `** Delivery incomplete **

There was a temporary problem delivering your message to lia@example.fi. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect.
[mx.example.fi 203.0.113.88: timed out]
`), [{ address: 'lia@example.fi', host: 'mx.example.fi', action: 'delayed' }]],
  ['Yahoo', message({ Subject: 'Failure Notice', From: 'MAILER-DAEMON@yahoo.com' }, `Sorry, we were unable to deliver your message to the following address.

<max@example.cz>:
Remote host said: 552 5.2.2 <max@example.cz>: Mailbox full [RCPT_TO]

--- Below this line is a copy of the message.
`), [{ address: 'max@example.cz', status: '5.2.2', reply: '552', command: 'RCPT' }]],
  ['AOL', message({ Subject: 'Undeliverable: hi', From: 'Postmaster <Postmaster@AOL.com>' }, `Email Returned

Something went wrong.

We were unable to deliver your message to the following address
                          nia@example.ca
because: Mailbox is full
`), [{ address: 'nia@example.ca', says: 'Mailbox is full' }]],
  ['Amazon WorkMail', message({ Subject: 'Delivery Status Notification (Failure)', 'X-Mailer': 'Amazon WorkMail', From: 'MAILER-DAEMON@eu-west-1.amazonses.com' }, `An error occurred while trying to deliver the mail to the following recipients:
oto@example.es

Technical report:

Reporting-MTA: dsn; a1-2.smtp-out.eu-west-1.amazonses.com
Action: failed
Final-Recipient: rfc822; oto@example.es
Diagnostic-Code: smtp; 550 5.1.1 <oto@example.es>... Unknown user
Status: 5.1.1
`), [{ address: 'oto@example.es', status: '5.1.1', reply: '550', says: 'Unknown user' }]],
  ['SendGrid', message({ Subject: 'Undelivered Mail Returned to Sender' }, `This is an automatically generated message from SendGrid.

I'm sorry to have to tell you that your message was not able to be
delivered to one of its intended recipients.

pia:12345:<pia@example.it> : 198.51.100.2 : mx.example.it:[203.0.113.9] : 550 5.1.1 <pia@example.it>: unknown user
`), [{ address: 'pia@example.it', status: '5.1.1', reply: '550', host: 'mx.example.it' }]],
  ['OpenSMTPD', message({ Subject: 'Delivery status notification: error', From: 'Mailer Daemon <MAILER-DAEMON@smtpd.example.com>' }, `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

quin@example.pt: 550 5.2.2 <quin@example.pt>: Mailbox full
rui@example.pt: Domain does not exist

    Below is a copy of the original message:
`), [{ address: 'quin@example.pt', status: '5.2.2', reply: '550' }, { address: 'rui@example.pt', says: 'Domain does not exist' }]],
  ['Messaging Server', message({ Subject: 'Delivery Notification: Delivery has failed', From: 'postmaster@ms.example.com' }, `This report relates to a message you sent with the following header fields:

  Message-id: <abc@ms.example.com>
  To: sam@example.at

Your message cannot be delivered to the following recipients:

  Recipient address: sam@example.at
  Reason: Server rejected MAIL FROM address
  Diagnostic code: smtp;553 5.1.8 Sender domain does not exist
  Remote system: dns;mx.example.at (TCP|192.0.2.1|4444|192.0.2.2|25) (mx.example.at ESMTP)
`), [{ address: 'sam@example.at', status: '5.1.8', reply: '553', command: 'MAIL' }]],
  ['mail.ru', message({ From: 'mailer-daemon@corp.mail.ru', Subject: 'Mail failure.' }, `Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tom@example.ru
    SMTP error from remote mail server after RCPT TO:<tom@example.ru>:
    host mx.example.ru [192.0.2.31]: 550 5.1.1 <tom@example.ru>: user unknown
`), [{ address: 'tom@example.ru', status: '5.1.1', reply: '550', host: 'mx.example.ru', command: 'RCPT' }]],
  ['GMX', message({ From: 'MAILER-DAEMON@mail.gmx.net', Subject: 'Mail delivery failed: returning message to sender' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address
failed:

"uma@example.ch":
SMTP error from remote server after RCPT command:
host: mx.example.ch
5.1.1 <uma@example.ch>: Recipient unknown

--- The header of the original message is following. ---
`), [{ address: 'uma@example.ch', status: '5.1.1', host: 'mx.example.ch', command: 'RCPT' }]],
  ['1&1', message({ From: '"Mail Delivery System" <mailer-daemon@kundenserver.de>', Subject: 'Mail delivery failed: returning message to sender' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

The following address failed:

vic@example.be

For the following reason:

Mail size limit exceeded. For explanation visit
http://postmaster.1and1.com/en/error-messages?ip=%1s

--- The header of the original message is following. ---
`), [{ address: 'vic@example.be', says: 'Mail size limit exceeded' }]],
  ['KDDI au one net', message({ From: 'no-reply@ml.example.dion.ne.jp', Subject: 'メールエラー通知' }, `Your mail sent on: Mon, 1 Jul 2013 10:00:00 +0900
     Could not be delivered to: <wen@example.dion.ne.jp>
     As their mailbox is full.
`), [{ address: 'wen@example.dion.ne.jp', says: 'mailbox is full' }]],
  ['EZweb', message({ From: 'Postmaster@ezweb.ne.jp', Subject: 'Mail System Error - Returned Mail' }, `Each of the following recipients was rejected by a remote
mail server.

    Recipient: <xia@example.ne.jp>
    >>> RCPT TO:<xia@example.ne.jp>
    <<< 550 <xia@example.ne.jp>: User unknown
`), [{ address: 'xia@example.ne.jp', reply: '550', command: 'RCPT', says: 'User unknown' }]],
  ['McAfee', message({ Subject: 'Delivery Status' }, `    --- The following addresses had delivery problems ---

<yan@example.kr>   (550 5.1.1 <yan@example.kr>... User unknown)
`), [{ address: 'yan@example.kr', status: '5.1.1', reply: '550' }]],
  ['m-FILTER', message({ 'X-Mailer': 'm-FILTER', Subject: 'failure notice', From: 'POSTMASTER <postmaster@example.com>' }, `以下のメールアドレスへの送信に失敗しました。
zed@example.co.kr

-------server message
550 5.1.1 <zed@example.co.kr>: Recipient address rejected

-------SMTP command
RCPT

-------original message
`), [{ address: 'zed@example.co.kr', status: '5.1.1', reply: '550', command: 'RCPT' }]],
  ['InterScan MSS', message({ From: 'postmaster@gw.example.com ("InterScan Notification")', Subject: 'Mail could not be delivered' }, `*************************************************************
Message from InterScan Messaging Security Suite

Sent <<< RCPT TO:<abe@example.tw>
Received >>> 550 5.1.1 <abe@example.tw>... User unknown

Unable to deliver message to <abe@example.tw>.
*************************************************************
`), [{ address: 'abe@example.tw', status: '5.1.1', reply: '550', command: 'RCPT' }]],
  ['MX Logic', message({ From: '"Mail Delivery System" <MAILER-DAEMON@in2.mxlogic.net>', Subject: 'Mail delivery failed' }, `This message was created automatically by mail delivery software.

A message that you have sent could not be delivered to one or more
recipients.  This is a permanent error.  The following address failed:

  <bea@example.us>: 550 5.1.1 unknown user

Included is a copy of the message header:
`), [{ address: 'bea@example.us', status: '5.1.1', reply: '550' }]],
  ['SurfControl', message({ 'X-Mailer': 'SurfControl E-mail Filter', From: '<>', Subject: 'report' }, `Your message could not be sent.
A transcript of the attempts to send the message follows.
The number of attempts made: 2
Addressed To: cal@example.mx

Mon, 2 Mar 2009 10:00:00 +0100
Failed to send to identified host,
cal@example.mx: [203.0.113.44], 550 5.1.1 No such user
--- Message non-deliverable.
`), [{ address: 'cal@example.mx', status: '5.1.1', reply: '550', host: '203.0.113.44' }]],
  ['Lotus Notes', message({ From: 'POSTMASTER@gw.example.com', Subject: 'Undeliverable message' }, `------- Failure Reasons  --------

User not listed in public Name & Address Book
dan@example.com.au

------- Returned Message --------
`), [{ address: 'dan@example.com.au', says: 'not listed' }]],
  ['amavis', message({ From: '"Content-filter at mx.example.com" <postmaster@mx.example.com>', Subject: 'Undeliverable mail, MTA-BLOCKED' }, `The message WAS NOT relayed to:
<eve@example.ie>:
   554 5.7.1 Rejected, id=12345-01, message looks like spam

This nondelivery report was generated by the program amavisd-new at host
mx.example.com.
`), [{ address: 'eve@example.ie', status: '5.7.1', reply: '554' }]],
  ['Barracuda', message({ From: 'MAILER-DAEMON <>', Subject: '**Message you sent blocked by our bulk email filter**' }, `Your message to: flo@example.lu
was blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:

Subject: offer
`), [{ address: 'flo@example.lu', says: 'Spam Firewall' }]],
  ['X1', message({ From: '"Mail Deliver System" <MAILER-DAEMON@mx.example.jp>', Subject: 'Returned Mail: User unknown' }, `The original message was received at Mon, 1 Mar 2010 10:00:00 +0900 (JST)
from writer@example.com

---The following addresses had delivery errors---

gil@example.jp [User unknown]
`), [{ address: 'gil@example.jp', says: 'User unknown' }]],
  ['X2', message({ From: 'MAILER-DAEMON@example.net', Subject: 'Delivery failure' }, `Message from example.net.
Unable to deliver message to the following address(es).

<hal@example.net>:
Sorry, your message to hal@example.net cannot be delivered.  This account is over quota.

--- Original message follows.
`), [{ address: 'hal@example.net', says: 'over quota' }]],
  ['X3', message({ From: 'Mail Delivery System <Mail.Delivery.System@mx.example.com>', Subject: 'Delivery status notification' }, `============================================================================
      This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed permanently:

   * ivo@example.hu

============================================================================
                             Technical details:

SMTP:RCPT host 198.51.100.3: 550 5.1.1 <ivo@example.hu>... No such user

============================================================================
`), [{ address: 'ivo@example.hu', status: '5.1.1', reply: '550', host: '198.51.100.3', command: 'RCPT' }]],
  ['X4', message({ From: 'MAILER-DAEMON@smtp.example.net', Subject: 'failure notice' }, `Your mail message to the following address(es) could not be delivered. This
is a permanent error. Please verify the addresses and try again.

<jay@example.net>:
child status 100...The e-mail message could not be delivered because the user's mailfolder is full.

--- Below this line is a copy of the message.
`), [{ address: 'jay@example.net', says: 'mailfolder is full' }]],
  ['Apache James', message({ From: 'post_master@james.example.com', Subject: 'Re:report' }, `Error: Invalid user address

Error message below:
550 - Requested action not taken: no such user here

Message details:
  Subject: report
  MAIL FROM: writer@example.com
  RCPT TO: kim@james.example.com
  Size (in bytes): 120
`), [{ address: 'kim@james.example.com', reply: '550', says: 'no such user here' }]],
];

// Formats whose module takes the recipients from their DSN part.
const withDsn = (text: string, dsn: string, headers: Record<string, string>) => message({
  'MIME-Version': '1.0', 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="b1"', ...headers,
}, `--b1
Content-Type: text/plain

${text}

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.com

${dsn}
--b1--
`);

const dsnCases: [string, string, string, Want[]][] = [
  ['ReceivingSES', 'ReceivingSES', withDsn('This message could not be delivered.', 'Final-Recipient: rfc822; lou@example.gr\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist\n', { 'X-SES-Outgoing': '2020.01.01-192.0.2.1', From: 'postmaster@in.example.gr' }),
    [{ address: 'lou@example.gr', status: '5.1.1', reply: '550' }]],
  ['MessageLabs', 'MessageLabs', withDsn('Delivery to the following recipient(s) failed.', 'Final-Recipient: rfc822; mia@example.no\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 <mia@example.no>: unknown\n', { From: 'MAILER-DAEMON@messagelabs.com', Subject: 'Mail Delivery Failure' }),
    [{ address: 'mia@example.no', reply: '550' }]],
  ['Facebook', 'Facebook', withDsn("This message was created automatically by Facebook.\n\nBased on the email preferences of the person you're trying to email, this message could not be delivered.", 'Final-Recipient: rfc822; ned@facebook.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 RCP-P2 Refused due to recipient preferences\n', { From: 'Facebook <mailer-daemon@mx.facebook.com>' }),
    [{ address: 'ned@facebook.com', status: '5.1.1', reply: '550' }]],
  ['PowerMTA', 'PowerMTA', withDsn(`Hello, this is the mail server on out.example.com.

I am sending you this message to inform you on the delivery status of a
message you previously sent.  Immediately below you will find a list of
the affected recipients;  also attached is a Delivery Status Notification
(DSN) report in standard format.

  <ole@example.dk>  delivery failed; will not continue trying`, 'Final-Recipient: rfc822; ole@example.dk\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n', { From: 'postmaster@out.example.com', Subject: 'Delivery report' }),
    [{ address: 'ole@example.dk', status: '5.1.1', reply: '550' }]],
  ['Bigfoot', 'Bigfoot', withDsn(`   ----- The following addresses had permanent fatal errors -----
<pat@example.org>

   ----- Transcript of session follows -----
>>> RCPT TO:<pat@example.org>
<<< 553 Invalid recipient pat@example.org (Mode: normal)`, 'Final-Recipient: RFC822; pat@example.org\nAction: failed\nStatus: 5.0.0\n', { From: 'Mail Delivery Subsystem <MAILER-DAEMON@bigfoot.com>', Subject: 'Returned mail: see transcript' }),
    [{ address: 'pat@example.org', reply: '553', command: 'RCPT' }]],
];

async function check(raw: string, reporter: string, want: Want[]) {
  const v = await classify(raw);
  expect(v.kind).toBe('bounce');
  expect(v.reporter).toBe(reporter);
  expect(v.recipients.map((r) => r.address)).toEqual(want.map((w) => w.address));
  const own = await read(raw);
  expect(own.reporter).toBe(reporter);
  want.forEach((w, i) => {
    const got = v.recipients[i]!;
    if (w.status !== undefined) expect(got.status, `${w.address} status`).toBe(w.status);
    if (w.reply !== undefined) expect(got.reply, `${w.address} reply`).toBe(w.reply);
    if (w.host !== undefined) expect(got.remoteHost, `${w.address} host`).toBe(w.host);
    if (w.action !== undefined) expect(got.action, `${w.address} action`).toBe(w.action);
    if (w.says !== undefined) expect(got.diagnostic.toLowerCase(), `${w.address} words`).toContain(w.says.toLowerCase());
    if (w.command !== undefined) expect(own.found.find((r) => r.address === w.address)?.command, `${w.address} command`).toBe(w.command);
  });
}

const names: Record<string, string> = {
  'Postfix delay, lost connection': 'Postfix', 'Exchange 2003': 'Exchange2003', 'Exchange 2007': 'Exchange2007', 'Office 365, a remote refusal': 'Office365',
  'Outlook.com': 'Outlook', 'Gmail (older notice)': 'Gmail', 'Google Workspace': 'GSuite', 'Google Workspace delay': 'GSuite', 'Amazon WorkMail': 'AmazonWorkMail',
  'Messaging Server': 'MessagingServer', 'mail.ru': 'MailRu', '1&1': 'EinsUndEins', 'KDDI au one net': 'KDDI', 'm-FILTER': 'mFILTER', 'InterScan MSS': 'InterScanMSS',
  'MX Logic': 'MXLogic', 'Lotus Notes': 'Notes', amavis: 'Amavis', 'Apache James': 'ApacheJames',
};

describe('format modules', () => {
  it.each(cases)('%s', async (name, raw, want) => {
    await check(raw, names[name] ?? name, want);
  });
  it.each(dsnCases)('%s (with a DSN part)', async (_name, reporter, raw, want) => {
    await check(raw, reporter, want);
  });
});
