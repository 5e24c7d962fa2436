/**
 * Notices in the shapes the held-out sets hold (other servers' test corpora, other Sisimai files,
 * text as a webmail shows it), written here with addresses, hosts and wording variants of their
 * own: none is a copy of a corpus file. Each row asserts the verdict a bounce parser's labels
 * would give (kind, recipients, status, reason, category, severity); a failing row names the
 * case and every field that differed.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { differences, eml as emlAt, postfixIntro as postfixHostIntro, type Row } from './support/notices.js';

const eml = (headers: Record<string, string>, body: string) => emlAt(headers, body, 'Tue, 4 Mar 2025 09:12:44 +0100');

/** A multipart/report: the human-readable notice, the DSN fields, the original's headers. */
function report(headers: Record<string, string>, notice: string, dsn: string, original = 'From: writer@sender.test\nTo: someone@dest.test\nSubject: quarterly figures\n'): string {
  const b = 'b0undary-9f3e';
  return eml(
    { ...headers, 'Content-Type': `multipart/report; report-type=delivery-status; boundary="${b}"` },
    `--${b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${notice}\n--${b}\nContent-Type: message/delivery-status\n\n${dsn}\n--${b}\nContent-Type: text/rfc822-headers\n\n${original}\n--${b}--\n`,
  );
}

/** What a webmail shows: From and Subject lines, a blank line, the readable body. */
function shown(from: string, subject: string, body: string): string {
  return `From: ${from}\nSubject: ${subject}\n\n${body}`;
}


const postfixIntro = postfixHostIntro('smtp-out.sender.test');
const postfixHeaders = { From: 'MAILER-DAEMON@smtp-out.sender.test (Mail Delivery System)', To: 'writer@sender.test', Subject: 'Undelivered Mail Returned to Sender', 'Auto-Submitted': 'auto-replied' };
const postfixDsn = (rcpt: string, action: string, status: string, mta: string, diag: string) =>
  `Reporting-MTA: dns; smtp-out.sender.test\nX-Postfix-Queue-ID: 4XyZ1k2Lmnz3\nArrival-Date: Tue,  4 Mar 2025 09:10:02 +0100 (CET)\n\nFinal-Recipient: rfc822; ${rcpt}\nOriginal-Recipient: rfc822;${rcpt}\nAction: ${action}\nStatus: ${status}\n${mta ? `Remote-MTA: dns; ${mta}\n` : ''}Diagnostic-Code: ${diag}\n`;

const o365Headers = (subject: string) => ({
  From: 'Microsoft Outlook <postmaster@contoso.onmicrosoft.com>', To: 'writer@contoso.example', Subject: subject,
  'X-MS-Exchange-Message-Is-Ndr': '', 'Auto-Submitted': 'auto-replied',
});

/** A Postfix notice about one recipient, as a webmail shows it: the remote reply wrapped as Postfix wraps it. */
function postfixText(rcpt: string, host: string, ip: string, reply: string, command: string): string {
  const said = `<${rcpt}>: host ${host}[${ip}] said: ${reply} (in reply to ${command} command)`;
  const wrapped: string[] = [];
  let line = '';
  for (const w of said.split(' ')) {
    if (line && line.length + w.length + 1 > 76) {
      wrapped.push(line);
      line = `    ${w}`;
    } else line = line ? `${line} ${w}` : w;
  }
  wrapped.push(line);
  return shown('Mail Delivery System <MAILER-DAEMON@smtp-out.sender.test>', 'Undelivered Mail Returned to Sender', `${postfixIntro}\n${wrapped.join('\n')}\n`);
}

const rows: Row[] = [
  // ---- Postfix -------------------------------------------------------------------------------
  ['postfix: user unknown at RCPT', report(postfixHeaders, `${postfixIntro}
<paolo.rossi@dest-one.test>: host mx1.dest-one.test[198.51.100.21] said: 550
    5.1.1 <paolo.rossi@dest-one.test>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
`, postfixDsn('paolo.rossi@dest-one.test', 'failed', '5.1.1', 'mx1.dest-one.test', 'smtp; 550 5.1.1 <paolo.rossi@dest-one.test>: Recipient address\n    rejected: User unknown in virtual mailbox table')), 'message',
  { kind: 'bounce', recipients: ['paolo.rossi@dest-one.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['postfix: mailbox full after DATA', report(postfixHeaders, `${postfixIntro}
<g.bianchi@dest-two.test>: host mail.dest-two.test[203.0.113.80] said: 552
    5.2.2 <g.bianchi@dest-two.test>: Mailbox quota exceeded (in reply to end of
    DATA command)
`, postfixDsn('g.bianchi@dest-two.test', 'failed', '5.2.2', 'mail.dest-two.test', 'smtp; 552 5.2.2 <g.bianchi@dest-two.test>: Mailbox quota exceeded')), 'message',
  { kind: 'bounce', recipients: ['g.bianchi@dest-two.test'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['postfix: relay access denied', report(postfixHeaders, `${postfixIntro}
<orders@partner-shop.test>: host mx.partner-shop.test[192.0.2.140] said: 554
    5.7.1 <orders@partner-shop.test>: Relay access denied (in reply to RCPT TO
    command)
`, postfixDsn('orders@partner-shop.test', 'failed', '5.7.1', 'mx.partner-shop.test', 'smtp; 554 5.7.1 <orders@partner-shop.test>: Relay access denied')), 'message',
  { kind: 'bounce', recipients: ['orders@partner-shop.test'], status: '5.7.1', reason: 'norelaying', category: 'relaying-issues', severity: 'soft' }],

  ['postfix: Gmail DMARC 5.7.26', report(postfixHeaders, `${postfixIntro}
<kate.m@gmail.com>: host gmail-smtp-in.l.google.com[142.250.27.26] said:
    550-5.7.26 Unauthenticated email from sender.test is not accepted due to
    domain's DMARC policy. Please contact the administrator of sender.test
    domain if this was a legitimate mail. To learn about the DMARC initiative,
    go to  https://support.google.com/mail/?p=DmarcRejection
    a640c23a62f3a-abc123def45si6780666b.412 - gsmtp (in reply to end of DATA
    command)
`, postfixDsn('kate.m@gmail.com', 'failed', '5.7.26', 'gmail-smtp-in.l.google.com', 'smtp; 550-5.7.26 Unauthenticated email from sender.test is not accepted due to domain\'s DMARC policy. - gsmtp')), 'message',
  { kind: 'bounce', recipients: ['kate.m@gmail.com'], status: '5.7.26', reason: 'authfailure', category: 'invalid-sender', severity: 'soft' }],

  ['postfix: Gmail SPF/DKIM 5.7.26 (unauthenticated sender)', report(postfixHeaders, `${postfixIntro}
<tom.h@gmail.com>: host gmail-smtp-in.l.google.com[74.125.206.27] said:
    550-5.7.26 This mail has been blocked because the sender is
    unauthenticated. Gmail requires all senders to authenticate with either SPF
    or DKIM.  Authentication results:  DKIM = did not pass  SPF [sender.test]
    with ip: [203.0.113.9] = did not pass  For instructions on setting up
    authentication, go to  https://support.google.com/mail/answer/81126#authentication
    5b1f17b1804b1-43b0a1b2c3dsi123456f.99 - gsmtp (in reply to end of DATA command)
`, postfixDsn('tom.h@gmail.com', 'failed', '5.7.26', 'gmail-smtp-in.l.google.com', 'smtp; 550-5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp')), 'message',
  { kind: 'bounce', recipients: ['tom.h@gmail.com'], status: '5.7.26', reason: 'authfailure', category: 'invalid-sender', severity: 'soft' }],

  ['postfix: Spamhaus block at connect', report(postfixHeaders, `${postfixIntro}
<info@blocky-corp.test>: host mx.blocky-corp.test[198.51.100.66] refused to
    talk to me: 554 5.7.1 Service unavailable; Client host [203.0.113.9]
    blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9
`, postfixDsn('info@blocky-corp.test', 'failed', '5.7.1', 'mx.blocky-corp.test', 'smtp; 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org')), 'message',
  { kind: 'bounce', recipients: ['info@blocky-corp.test'], status: '5.7.1', reason: 'blocked', category: 'spam-related', severity: 'soft' }],

  ['postfix: connection timed out, still retrying', report({ ...postfixHeaders, Subject: 'Delayed Mail (still being retried)' }, `This is the mail system at host smtp-out.sender.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<hans@slow-host.test>: connect to mx.slow-host.test[192.0.2.33]:25: Connection
    timed out
`, postfixDsn('hans@slow-host.test', 'delayed', '4.4.1', '', 'X-Postfix; connect to mx.slow-host.test[192.0.2.33]:25: Connection timed out')), 'message',
  { kind: 'bounce', recipients: ['hans@slow-host.test'], status: '4.4.1', reason: 'expired', category: 'message-expired', severity: 'soft', action: 'delayed' }],

  ['postfix: connection timed out, given up', report(postfixHeaders, `${postfixIntro}
<hans@slow-host.test>: connect to mx.slow-host.test[192.0.2.33]:25: Connection
    timed out
`, postfixDsn('hans@slow-host.test', 'failed', '4.4.1', '', 'X-Postfix; connect to mx.slow-host.test[192.0.2.33]:25: Connection timed out')), 'message',
  { kind: 'bounce', recipients: ['hans@slow-host.test'], status: '4.4.1', reason: 'expired', category: 'message-expired', severity: 'soft' }],

  ['postfix: Outlook.com 550 5.5.0 mailbox unavailable', report(postfixHeaders, `${postfixIntro}
<ghost.writer77@hotmail.com>: host hotmail-com.olc.protection.outlook.com[52.101.68.10]
    said: 550 5.5.0 Requested action not taken: mailbox unavailable
    (S2017062302). [AM4PEPF00027A5C.eurprd04.prod.outlook.com 2025-03-04T08:11:20.123Z
    08DD5A1B2C3D4E5F] (in reply to RCPT TO command)
`, postfixDsn('ghost.writer77@hotmail.com', 'failed', '5.5.0', 'hotmail-com.olc.protection.outlook.com', 'smtp; 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).')), 'message',
  { kind: 'bounce', recipients: ['ghost.writer77@hotmail.com'], status: '5.5.0', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['postfix: user unknown, pasted as text', shown('Mail Delivery System <MAILER-DAEMON@smtp-out.sender.test>', 'Undelivered Mail Returned to Sender', `${postfixIntro}
<lucia@dest-three.test>: host smtp.dest-three.test[192.0.2.77] said: 550 5.1.1
    <lucia@dest-three.test>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)
`), 'text', { kind: 'bounce', recipients: ['lucia@dest-three.test'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  // ---- Exim ----------------------------------------------------------------------------------
  ['exim: user unknown after RCPT', eml({ From: 'Mail Delivery System <Mailer-Daemon@mx1.sender.test>', To: 'writer@sender.test', Subject: 'Mail delivery failed: returning message to sender', 'X-Failed-Recipients': 'robert@dest-four.test', 'Auto-Submitted': 'auto-replied', 'Content-Type': 'text/plain; charset=us-ascii' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  robert@dest-four.test
    host mail.dest-four.test [198.51.100.33]
    SMTP error from remote mail server after RCPT TO:<robert@dest-four.test>:
    550 5.1.1 <robert@dest-four.test>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <writer@sender.test>
From: writer@sender.test
To: robert@dest-four.test
Subject: invoice
`), 'message', { kind: 'bounce', recipients: ['robert@dest-four.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['exim: mailbox full after end of data', eml({ From: 'Mail Delivery System <Mailer-Daemon@mx1.sender.test>', To: 'writer@sender.test', Subject: 'Mail delivery failed: returning message to sender', 'X-Failed-Recipients': 'amelie@dest-five.test', 'Content-Type': 'text/plain; charset=us-ascii' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  amelie@dest-five.test
    host in1.dest-five.test [203.0.113.12]
    SMTP error from remote mail server after end of data:
    552 5.2.2 Sorry, the mailbox of amelie@dest-five.test is full

------ This is a copy of the message, including all the headers. ------
`), 'message', { kind: 'bounce', recipients: ['amelie@dest-five.test'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['exim: retry timeout exceeded', eml({ From: 'Mail Delivery System <Mailer-Daemon@mx1.sender.test>', To: 'writer@sender.test', Subject: 'Mail delivery failed: returning message to sender', 'X-Failed-Recipients': 'rui@gone-away.test', 'Content-Type': 'text/plain; charset=us-ascii' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rui@gone-away.test
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------
`), 'message', { kind: 'bounce', recipients: ['rui@gone-away.test'], reason: 'expired', category: 'message-expired', severity: 'soft' }],

  // ---- Sendmail ------------------------------------------------------------------------------
  ['sendmail: user unknown in transcript', report({ From: 'Mail Delivery Subsystem <MAILER-DAEMON@relay.sender.test>', To: 'writer@sender.test', Subject: 'Returned mail: see transcript for details', 'Auto-Submitted': 'auto-generated (failure)' }, `The original message was received at Tue, 4 Mar 2025 09:10:02 +0100
from host-203-0-113-7.sender.test [203.0.113.7]

   ----- The following addresses had permanent fatal errors -----
<walter@dest-six.test>
    (reason: 550 5.1.1 <walter@dest-six.test>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.dest-six.test.:
>>> RCPT To:<walter@dest-six.test>
<<< 550 5.1.1 <walter@dest-six.test>... User unknown
550 5.1.1 <walter@dest-six.test>... User unknown
`, `Reporting-MTA: dns; relay.sender.test
Received-From-MTA: DNS; host-203-0-113-7.sender.test
Arrival-Date: Tue, 4 Mar 2025 09:10:02 +0100

Final-Recipient: RFC822; walter@dest-six.test
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.dest-six.test
Diagnostic-Code: SMTP; 550 5.1.1 <walter@dest-six.test>... User unknown
Last-Attempt-Date: Tue, 4 Mar 2025 09:10:04 +0100
`), 'message', { kind: 'bounce', recipients: ['walter@dest-six.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['sendmail: greeting refused (CONN)', report({ From: 'Mail Delivery Subsystem <MAILER-DAEMON@relay.sender.test>', To: 'writer@sender.test', Subject: 'Returned mail: see transcript for details' }, `The original message was received at Tue, 4 Mar 2025 09:10:02 +0100
from host-203-0-113-7.sender.test [203.0.113.7]

   ----- The following addresses had permanent fatal errors -----
<sales@strict-mx.test>
    (reason: 554 mx.strict-mx.test ESMTP Service unavailable)

   ----- Transcript of session follows -----
... while talking to mx.strict-mx.test.:
<<< 554 mx.strict-mx.test ESMTP Service unavailable
554 5.0.0 Service unavailable
`, `Reporting-MTA: dns; relay.sender.test

Final-Recipient: RFC822; sales@strict-mx.test
Action: failed
Status: 5.0.0
Remote-MTA: DNS; mx.strict-mx.test
Diagnostic-Code: SMTP; 554 mx.strict-mx.test ESMTP Service unavailable
`), 'message', { kind: 'bounce', recipients: ['sales@strict-mx.test'], reason: 'blocked', category: 'spam-related', severity: 'soft' }],

  ['sendmail: host unknown', report({ From: 'Mail Delivery Subsystem <MAILER-DAEMON@relay.sender.test>', To: 'writer@sender.test', Subject: 'Returned mail: see transcript for details' }, `The original message was received at Tue, 4 Mar 2025 09:10:02 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<mia@no-such-domain-xyz.test>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <mia@no-such-domain-xyz.test>... Host unknown (Name server: no-such-domain-xyz.test: host not found)
`, `Reporting-MTA: dns; relay.sender.test

Final-Recipient: RFC822; mia@no-such-domain-xyz.test
Action: failed
Status: 5.1.2
Remote-MTA: DNS; no-such-domain-xyz.test
Diagnostic-Code: SMTP; 550 Host unknown
`), 'message', { kind: 'bounce', recipients: ['mia@no-such-domain-xyz.test'], status: '5.1.2', reason: 'hostunknown', category: 'bad-domain', severity: 'hard' }],

  // ---- qmail ---------------------------------------------------------------------------------
  ['qmail: remote user unknown', eml({ From: 'MAILER-DAEMON@mail.sender.test', To: 'writer@sender.test', Subject: 'failure notice' }, `Hi. This is the qmail-send program at mail.sender.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<nadia@dest-seven.test>:
198.51.100.44 does not like recipient.
Remote host said: 550 5.1.1 <nadia@dest-seven.test>: Recipient address rejected: User unknown in local recipient table
Giving up on 198.51.100.44.

--- Below this line is a copy of the message.

Return-Path: <writer@sender.test>
`), 'message', { kind: 'bounce', recipients: ['nadia@dest-seven.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['qmail: local no mailbox', eml({ From: 'MAILER-DAEMON@mail.sender.test', To: 'writer@sender.test', Subject: 'failure notice' }, `Hi. This is the qmail-send program at mail.dest-eight.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<olga@dest-eight.test>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.
`), 'message', { kind: 'bounce', recipients: ['olga@dest-eight.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['qmail/vpopmail: over quota', eml({ From: 'MAILER-DAEMON@mail.sender.test', To: 'writer@sender.test', Subject: 'failure notice' }, `Hi. This is the qmail-send program at mail.dest-nine.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<pedro@dest-nine.test>:
user is over quota

--- Below this line is a copy of the message.
`), 'message', { kind: 'bounce', recipients: ['pedro@dest-nine.test'], reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  // ---- Exchange / Office 365 -----------------------------------------------------------------
  ['office365: recipient not found (en)', report(o365Headers('Undeliverable: project plan'), `Delivery has failed to these recipients or groups:

lena.fischer@fabrikam.test
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM6PR04MB5123.eurprd04.prod.outlook.com

lena.fischer@fabrikam.test
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
`, `Reporting-MTA: dns;AM6PR04MB5123.eurprd04.prod.outlook.com
Received-From-MTA: dns;AM6PR04MB5999.eurprd04.prod.outlook.com
Arrival-Date: Tue, 4 Mar 2025 08:10:02 +0000

Final-Recipient: rfc822;lena.fischer@fabrikam.test
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
`), 'message', { kind: 'bounce', recipients: ['lena.fischer@fabrikam.test'], status: '5.1.10', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['office365: recipient not found (fr, Échec de la remise)', report(o365Headers('Non remis : Réunion de lundi'), `Échec de la remise à ces destinataires ou groupes :

julien.martin@entreprise-fr.test
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR3P192MB0777.EURP192.PROD.OUTLOOK.COM

julien.martin@entreprise-fr.test
Le serveur distant a retourné '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

En-têtes de message d'origine :
`, `Reporting-MTA: dns;PR3P192MB0777.EURP192.PROD.OUTLOOK.COM

Final-Recipient: rfc822;julien.martin@entreprise-fr.test
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
`), 'message', { kind: 'bounce', recipients: ['julien.martin@entreprise-fr.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['office365: mailbox full (de, Unzustellbar), as text', shown('Microsoft Outlook <postmaster@firma-de.test>', 'Unzustellbar: Angebot März', `Fehler bei der Zustellung an folgende Empfänger oder Gruppen:

Klaus.Wagner@firma-de.test
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: FR2P281MB1234.DEUP281.PROD.OUTLOOK.COM

Klaus.Wagner@firma-de.test
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben

Ursprüngliche Nachrichtenkopfzeilen:
`), 'text', { kind: 'bounce', recipients: ['klaus.wagner@firma-de.test'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['office365: recipient not found (it, Recapito non riuscito), as text', shown('Microsoft Outlook <postmaster@azienda-it.test>', 'Non recapitabile: preventivo', `Recapito non riuscito per questi destinatari o gruppi:

marco.verdi@azienda-it.test
Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare l'assistenza tecnica.

Informazioni di diagnostica per gli amministratori:

Server di generazione: DB9PR10MB4321.EURPRD10.PROD.OUTLOOK.COM

marco.verdi@azienda-it.test
Il server remoto ha restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Intestazioni messaggio originale:
`), 'text', { kind: 'bounce', recipients: ['marco.verdi@azienda-it.test'], status: '5.1.10', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['office365: new-style NDR, recipient not found, as text', shown('Microsoft Outlook <postmaster@tailspin.test>', 'Undeliverable: roadmap', `Your message to sam.lee@tailspin.test couldn't be delivered.
sam.lee wasn't found at tailspin.test.

writer        Office 365        sam.lee
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address couldn't be found in the recipient's email system.

Original Message Details
Created Date: 3/4/2025 8:10:02 AM
Sender Address: writer@contoso.example
Recipient Address: sam.lee@tailspin.test

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: SN6PR11MB2222.namprd11.prod.outlook.com
`), 'text', { kind: 'bounce', recipients: ['sam.lee@tailspin.test'], status: '5.1.10', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['exchange: access denied at edge (DBEB), as text', shown('Microsoft Outlook <postmaster@contoso.example>', 'Undeliverable: hello', `Delivery has failed to these recipients or groups:

nobody.here@northwind.test
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: BN8PR12MB3456.namprd12.prod.outlook.com

nobody.here@northwind.test
northwind-test.mail.protection.outlook.com
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com 2025-03-04T08:10:05.000Z 08DD5A1B2C3D4E60]'
`), 'text', { kind: 'bounce', recipients: ['nobody.here@northwind.test'], status: '5.4.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  // ---- Gmail / Google Workspace --------------------------------------------------------------
  ['gmail: address not found, remote 5.1.1', report({ From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', To: 'writer@gmail.com', Subject: 'Delivery Status Notification (Failure)', 'X-Failed-Recipients': 'no.such.person@example-corp.test' }, `
** Address not found **

Your message wasn't delivered to no.such.person@example-corp.test because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <no.such.person@example-corp.test>: Recipient address rejected: User unknown in virtual mailbox table
`, `Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 04 Mar 2025 01:10:02 -0800 (PST)

Final-Recipient: rfc822; no.such.person@example-corp.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example-corp.test. (203.0.113.20, the server for the domain example-corp.test.)
Diagnostic-Code: smtp; 550 5.1.1 <no.such.person@example-corp.test>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 04 Mar 2025 01:10:03 -0800 (PST)
`), 'message', { kind: 'bounce', recipients: ['no.such.person@example-corp.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['gmail: no such Gmail account, as text (webmail heading without asterisks)', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `Address not found

Your message wasn't delivered to jane.doesnotexist42@gmail.com because the address couldn't be found, or is unable to receive mail.

LEARN MORE

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
`), 'text', { kind: 'bounce', recipients: ['jane.doesnotexist42@gmail.com'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['google workspace: address not found, no status line, as text', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `** Address not found **

Your message wasn't delivered to f.kowalski@workspace-co.test because the address couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/a/answer/3221692
`), 'text', { kind: 'bounce', recipients: ['f.kowalski@workspace-co.test'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['gmail: over quota at Gmail, as text', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `** Message not delivered **

Your message couldn't be delivered to busy.person@gmail.com because the remote server is misconfigured. See technical details below for more information.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp
`), 'text', { kind: 'bounce', recipients: ['busy.person@gmail.com'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  // ---- Yahoo ---------------------------------------------------------------------------------
  ['yahoo: remote user unknown', eml({ From: 'MAILER-DAEMON@yahoo.com', To: 'writer@yahoo.com', Subject: 'Failure Notice' }, `Sorry, we were unable to deliver your message to the following address.

<kevin@dest-ten.test>:
Remote host said: 550 5.1.1 <kevin@dest-ten.test>: Recipient address rejected: User unknown in local recipient table [RCPT_TO]

--- Below this line is a copy of the message.

Received: from [203.0.113.50] by sonic.mail.bf2.yahoo.com with HTTP; Tue, 04 Mar 2025 08:10:02 +0000
`), 'message', { kind: 'bounce', recipients: ['kevin@dest-ten.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['yahoo: no such Yahoo account (dd), Postfix relay', report(postfixHeaders, `${postfixIntro}
<missing.friend@yahoo.com>: host mta7.am0.yahoodns.net[67.195.228.94] said: 554
    delivery error: dd This user doesn't have a yahoo.com account
    (missing.friend@yahoo.com) [0] - mta4321.mail.gq1.yahoo.com (in reply to end of
    DATA command)
`, postfixDsn('missing.friend@yahoo.com', 'failed', '5.0.0', 'mta7.am0.yahoodns.net', 'smtp; 554 delivery error: dd This user doesn\'t have a yahoo.com account (missing.friend@yahoo.com) [0] - mta4321.mail.gq1.yahoo.com')), 'message',
  { kind: 'bounce', recipients: ['missing.friend@yahoo.com'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  // ---- Outlook.com (Hotmail) own DSN -----------------------------------------------------------
  ['outlook.com: mailbox unavailable', report({ From: 'postmaster@outlook.com', To: 'writer@outlook.com', Subject: 'Delivery Status Notification (Failure)' }, `This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       ghost.user42@outlook.com
`, `Reporting-MTA: dns;DM6PR02MB4444.namprd02.prod.outlook.com

Final-Recipient: rfc822;ghost.user42@outlook.com
Action: failed
Status: 5.5.0
Diagnostic-Code: smtp;550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302).
`), 'message', { kind: 'bounce', recipients: ['ghost.user42@outlook.com'], status: '5.5.0', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  // ---- Amazon SES (SNS JSON) -----------------------------------------------------------------
  ['amazon ses json: permanent general bounce', eml({ From: 'AWS Notifications <no-reply@sns.amazonaws.com>', To: 'ops@sender.test', Subject: 'AWS Notification Message', 'Content-Type': 'text/plain; charset=UTF-8' },
    `{"notificationType":"Bounce","bounce":{"feedbackId":"0102018f-aaaa-bbbb-cccc-000000000001-000000","bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"marta@dest-eleven.test","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 <marta@dest-eleven.test>: Recipient address rejected: User unknown in virtual alias table"}],"timestamp":"2025-03-04T08:10:05.000Z","remoteMtaIp":"198.51.100.5","reportingMTA":"dsn; a8-12.smtp-out.amazonses.com"},"mail":{"timestamp":"2025-03-04T08:10:02.000Z","source":"news@sender.test","messageId":"0102018f-1111-2222-3333-444444444444-000000","destination":["marta@dest-eleven.test"]}}
`), 'message', { kind: 'bounce', recipients: ['marta@dest-eleven.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['amazon ses json: mailbox full, transient', eml({ From: 'AWS Notifications <no-reply@sns.amazonaws.com>', To: 'ops@sender.test', Subject: 'AWS Notification Message', 'Content-Type': 'text/plain; charset=UTF-8' },
    `{"Type":"Notification","MessageId":"5b2c1d3e-0000-4000-8000-000000000002","TopicArn":"arn:aws:sns:eu-west-1:123456789012:ses-bounces","Message":"{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bounceType\\":\\"Transient\\",\\"bounceSubType\\":\\"MailboxFull\\",\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"ivo@dest-twelve.test\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.2.2\\",\\"diagnosticCode\\":\\"smtp; 552 5.2.2 Mailbox full\\"}],\\"timestamp\\":\\"2025-03-04T08:10:05.000Z\\",\\"reportingMTA\\":\\"dsn; a8-13.smtp-out.amazonses.com\\"},\\"mail\\":{\\"source\\":\\"news@sender.test\\",\\"destination\\":[\\"ivo@dest-twelve.test\\"]}}","Timestamp":"2025-03-04T08:10:06.000Z"}
`), 'message', { kind: 'bounce', recipients: ['ivo@dest-twelve.test'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  // ---- Text-only renderings whose words say the cause ------------------------------------------
  ['mailing list: not a member, as text', shown('list-admin@lists.club.test', 'You are not a member (hiking-club ML)', `You are not a member of this mailing list <hiking-club@lists.club.test>.

If you know the general guide of this list, please send mail with
the mail body
	guide
to the address
	hiking-club-ctl@lists.club.test
`), 'text', { kind: 'bounce', reason: 'rejected', category: 'invalid-sender', severity: 'soft' }],

  ['facebook: recipient preferences, as text', shown('Facebook <mailer-daemon@mx.facebook.com>', 'Sorry, your message could not be delivered', `This message was created automatically by Facebook.

Based on the email preferences of the person you're trying to email, this message could not be delivered.
`), 'text', { kind: 'bounce', reason: 'filtered', category: 'policy-related', severity: 'soft' }],

  ['imail: delivery failed N attempts, as text', shown('Postmaster <postmaster@imail.partner.test>', 'Undeliverable Mail', `Delivery failed 12 attempts: yuki@far-away.test


Original message follows.
`), 'text', { kind: 'bounce', recipients: ['yuki@far-away.test'], reason: 'expired', category: 'message-expired', severity: 'soft' }],

  // ---- More text renderings of common formats ---------------------------------------------------
  ['exchange 2003 / smtpsvc: cannot be reached, as text', shown('System Administrator <postmaster@old-exchange.test>', 'Undeliverable: budget 2025', `Your message did not reach some or all of the intended recipients.

      Subject:	budget 2025
      Sent:	04.03.2025 09:10

The following recipient(s) cannot be reached:

      'dieter@dest-old.test' on 04.03.2025 09:10
            The e-mail address could not be found.  Perhaps the recipient moved to a different e-mail organization, or there was a mistake in the address.  Check the address and try again.
            <mx.old-exchange.test #5.1.1 smtp;550 5.1.1 <dieter@dest-old.test>... User unknown>
`), 'text', { kind: 'bounce', recipients: ['dieter@dest-old.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['exchange 2003: recipient by display name, as text', shown('System Administrator <postmaster@old-exchange.test>', 'Undeliverable: budget 2025', `Your message did not reach some or all of the intended recipients.

      Subject:	budget 2025
      Sent:	3/4/2025 9:10 AM

The following recipient(s) cannot be reached:

      Greta Lindqvist on 3/4/2025 9:10 AM
            There was a SMTP communication problem with the recipient's email server.  Please contact your system administrator.
            <mx.old-exchange.test #5.2.2 smtp;552 5.2.2 <greta@dest-old3.test>... Mailbox full>
`), 'text', { kind: 'bounce', recipients: ['greta@dest-old3.test'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['postfix: domain does not resolve, as text', shown('Mail Delivery System <MAILER-DAEMON@smtp-out.sender.test>', 'Undelivered Mail Returned to Sender', `${postfixIntro}
<anna@typo-domain-xq.test>: Host or domain name not found. Name service error
    for name=typo-domain-xq.test type=A: Host not found
`), 'text', { kind: 'bounce', recipients: ['anna@typo-domain-xq.test'], reason: 'hostunknown', category: 'bad-domain', severity: 'hard' }],

  ['postfix: iCloud user does not exist, as text', shown('Mail Delivery System <MAILER-DAEMON@smtp-out.sender.test>', 'Undelivered Mail Returned to Sender', `${postfixIntro}
<old.friend@icloud.com>: host mx01.mail.icloud.com[17.57.154.6] said: 550 5.1.1
    <old.friend@icloud.com>: user does not exist (in reply to RCPT TO command)
`), 'text', { kind: 'bounce', recipients: ['old.friend@icloud.com'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['postfix: Gmail over quota, still retrying, as text', shown('Mail Delivery System <MAILER-DAEMON@smtp-out.sender.test>', 'Delayed Mail (still being retried)', `This is the mail system at host smtp-out.sender.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 3 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<full.box@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27] said:
    452-4.2.2 The recipient's inbox is out of storage space. Please direct the
    recipient to  https://support.google.com/mail/?p=OverQuotaTemp
    ffacd0b85a97d-38f2b1c3d4esi1234567f8f.321 - gsmtp (in reply to RCPT TO command)
`), 'text', { kind: 'bounce', recipients: ['full.box@gmail.com'], status: '4.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft', action: 'delayed' }],

  ['gmail: domain not found, as text', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `** Domain not found **

Your message wasn't delivered to bob@nosuchdomain-qq.test because the domain nosuchdomain-qq.test couldn't be found. Check for typos or unnecessary spaces and try again.
`), 'text', { kind: 'bounce', recipients: ['bob@nosuchdomain-qq.test'], reason: 'hostunknown', category: 'bad-domain', severity: 'hard' }],

  ['gmail: delivery incomplete, host timed out, as text', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Delay)', `** Delivery incomplete **

There was a temporary problem delivering your message to carla@sleepy-mx.test. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.sleepy-mx.test. 198.51.100.99: timed out]
`), 'text', { kind: 'bounce', recipients: ['carla@sleepy-mx.test'], reason: 'expired', category: 'message-expired', severity: 'soft', action: 'delayed' }],

  ['gmail: message blocked as spam by the remote server, as text', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `** Message blocked **

Your message to eva@strict-filter.test has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.1 Message rejected as spam by Content Filtering.
`), 'text', { kind: 'bounce', recipients: ['eva@strict-filter.test'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related', severity: 'soft' }],

  ['gmail (older): technical details of permanent failure, as text', shown('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', `Delivery to the following recipient failed permanently:

     frank@dest-old2.test

Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain dest-old2.test by mx.dest-old2.test. [192.0.2.45].

The error that the other server returned was:
550 5.1.1 <frank@dest-old2.test>... User unknown
`), 'text', { kind: 'bounce', recipients: ['frank@dest-old2.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['yahoo: mailbox disabled, as text', shown('MAILER-DAEMON@yahoo.com', 'Failure Notice', `Sorry, we were unable to deliver your message to the following address.

<sleepy.user@yahoo.com>:
554: delivery error: dd Sorry your message to sleepy.user@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4012.mail.gq1.yahoo.com

--- Below this line is a copy of the message.
`), 'text', { kind: 'bounce', recipients: ['sleepy.user@yahoo.com'], reason: 'suspend', category: 'inactive-mailbox', severity: 'hard' }],

  ['office365: blocked using Spamhaus, as text', shown('Microsoft Outlook <postmaster@contoso.example>', 'Undeliverable: newsletter', `Delivery has failed to these recipients or groups:

buyer@fabrikam.test
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: DM6PR11MB3333.namprd11.prod.outlook.com

buyer@fabrikam.test
fabrikam-test.mail.protection.outlook.com
Remote Server returned '550 5.7.1 Service unavailable, Client host [203.0.113.9] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.9 (AS3130). [BN3NAM04FT050.eop-NAM04.prod.protection.outlook.com 2025-03-04T08:10:05.000Z 08DD5A1B2C3D4E61]'
`), 'text', { kind: 'bounce', recipients: ['buyer@fabrikam.test'], status: '5.7.1', reason: 'blocked', category: 'spam-related', severity: 'soft' }],


  // ---- Receiving providers' own replies, relayed by Postfix, as text ---------------------------
  ['microsoft: network on block list (S3150)', postfixText('pat@hotmail.com', 'hotmail-com.olc.protection.outlook.com', '52.101.8.44',
    '550 5.7.1 Unfortunately, messages from [203.0.113.9] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5PEPF00014B8D.eurprd02.prod.outlook.com 2025-03-04T08:10:05.000Z 08DD5A1B2C3D4E62]', 'MAIL FROM'),
  'text', { kind: 'bounce', recipients: ['pat@hotmail.com'], status: '5.7.1', reason: 'blocked', category: 'spam-related', severity: 'soft' }],

  ['google: IP not authorized to send directly', postfixText('quinn@gmail.com', 'gmail-smtp-in.l.google.com', '142.250.110.26',
    '550-5.7.1 [203.0.113.9] The IP you\'re using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. For more information, go to https://support.google.com/mail/?p=NotAuthorizedError 5b1f17b1804b1-43bd2a1b2c3si1234567f9.88 - gsmtp', 'end of DATA'),
  'text', { kind: 'bounce', recipients: ['quinn@gmail.com'], status: '5.7.1', reason: 'blocked', category: 'spam-related', severity: 'soft' }],

  ['google: likely unsolicited mail', postfixText('rosa@gmail.com', 'gmail-smtp-in.l.google.com', '142.250.110.27',
    '550-5.7.1 [203.0.113.9 12] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError a640c23a62f3a-ab1234567si123456a.77 - gsmtp', 'end of DATA'),
  'text', { kind: 'bounce', recipients: ['rosa@gmail.com'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related', severity: 'soft' }],

  ['google: fails authentication checks', postfixText('sven@gmail.com', 'gmail-smtp-in.l.google.com', '142.250.110.28',
    '550-5.7.1 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/81126#authentication for more information. ffacd0b85a97d-39123abc4si1234f.5 - gsmtp', 'end of DATA'),
  'text', { kind: 'bounce', recipients: ['sven@gmail.com'], status: '5.7.1', reason: 'authfailure', category: 'invalid-sender', severity: 'soft' }],

  ['apple: blocked via Proofpoint dnsbl', postfixText('tina@icloud.com', 'mx02.mail.icloud.com', '17.57.155.23',
    '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=203.0.113.9', 'MAIL FROM'),
  'text', { kind: 'bounce', recipients: ['tina@icloud.com'], status: '5.7.0', reason: 'blocked', category: 'spam-related', severity: 'soft' }],

  ['mimecast: invalid recipient', postfixText('ulf@mimecast-customer.test', 'eu-smtp-inbound-1.mimecast.com', '195.130.217.31',
    '550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [aBcDeFgHiJkLmNoPqRsTuV.uk38]', 'RCPT TO'),
  'text', { kind: 'bounce', recipients: ['ulf@mimecast-customer.test'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['yandex: no such user', postfixText('vera@yandex.ru', 'mx.yandex.ru', '77.88.21.249',
    '550 5.7.1 No such user!', 'RCPT TO'),
  'text', { kind: 'bounce', recipients: ['vera@yandex.ru'], status: '5.7.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['gmx: mailbox unavailable at RCPT', postfixText('wim@gmx.de', 'mx00.emig.gmx.net', '212.227.15.9',
    '550 Requested action not taken: mailbox unavailable', 'RCPT TO'),
  'text', { kind: 'bounce', recipients: ['wim@gmx.de'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['exchange online: mailbox full', postfixText('xena@fabrikam.test', 'fabrikam-test.mail.protection.outlook.com', '52.101.9.10',
    '552 5.2.2 Mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', 'end of DATA'),
  'text', { kind: 'bounce', recipients: ['xena@fabrikam.test'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['greylisting, still retrying', shown('Mail Delivery System <MAILER-DAEMON@smtp-out.sender.test>', 'Delayed Mail (still being retried)', `This is the mail system at host smtp-out.sender.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<yann@grey-host.test>: host mx.grey-host.test[192.0.2.61] said: 450 4.7.1
    <yann@grey-host.test>: Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/grey-host.test.html (in reply to RCPT TO command)
`), 'text', { kind: 'bounce', recipients: ['yann@grey-host.test'], status: '4.7.1', severity: 'soft', action: 'delayed' }],

  // ---- Other shapes a person pastes ----------------------------------------------------------
  ['exim: forwarded by the user, quoted, as text', shown('Writer <writer@sender.test>', 'Fwd: Mail delivery failed: returning message to sender', `---------- Forwarded message ---------
From: Mail Delivery System <Mailer-Daemon@mx1.sender.test>
Date: Tue, 4 Mar 2025 at 09:12
Subject: Mail delivery failed: returning message to sender
To: <writer@sender.test>

> This message was created automatically by mail delivery software.
>
> A message that you sent could not be delivered to one or more of its
> recipients. This is a permanent error. The following address(es) failed:
>
>   abel@dest-13.test
>     host mx.dest-13.test [198.51.100.13]
>     SMTP error from remote mail server after RCPT TO:<abel@dest-13.test>:
>     550 5.1.1 <abel@dest-13.test>: Recipient address rejected: User unknown in local recipient table
`), 'text', { kind: 'bounce', recipients: ['abel@dest-13.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['opensmtpd: user unknown, as text', shown('Mailer Daemon <MAILER-DAEMON@relay.sender.test>', 'Delivery status notification: error', `Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

An error has occurred while attempting to deliver a message for
the following list of recipients:

zoe@dest-14.test: 550 5.1.1 <zoe@dest-14.test>: Recipient address rejected: User unknown in local recipient table

Below is a copy of the original message:
`), 'text', { kind: 'bounce', recipients: ['zoe@dest-14.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['office365: recipient not found (es), as text', shown('Microsoft Outlook <postmaster@empresa-es.test>', 'No se puede entregar: presupuesto', `No se pudo entregar a estos destinatarios o grupos:

lucia.gomez@empresa-es.test
No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje.

Información de diagnóstico para administradores:

Servidor de generación: MRZP264MB1234.FRAP264.PROD.OUTLOOK.COM

lucia.gomez@empresa-es.test
El servidor remoto devolvió '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
`), 'text', { kind: 'bounce', recipients: ['lucia.gomez@empresa-es.test'], status: '5.1.10', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['courier: transcript, as text', shown('Courier mail server at relay.sender.test <@>', 'NOTICE: mail delivery status.', `This is a delivery status notification from relay.sender.test,
running the Courier mail server, version 1.3.

The original message was received on Tue, 04 Mar 2025 09:10:02 +0100
from localhost (localhost [127.0.0.1])

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<bea@dest-15.test>:
    mx.dest-15.test [198.51.100.15]:
>>> RCPT TO:<bea@dest-15.test>
<<< 550 5.1.1 <bea@dest-15.test>... User unknown

---------------------------------------------------------------------------
`), 'text', { kind: 'bounce', recipients: ['bea@dest-15.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],
];

describe('held-out style notices', () => {
  it.each(rows)('%s', async (name, input, mode, want) => {
    const v = await classify(input, { mode });
    expect(differences(v, want), name).toEqual([]);
  });
});
