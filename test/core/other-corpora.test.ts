/**
 * Notices in the formats other bounce parsers keep in their test corpora (PHP and Node bounce
 * handlers, Java and Python parsers, newer Sisimai formats), and the text-only bodies some of
 * them store: old qmail-ldap, Exim and Postfix notices, T-Online's Smail banners, CommuniGate Pro,
 * GroupWise, XMail, MDaemon, hMailServer, Kerio, MailFoundry, Mimecast, Active!hunter, Chinese,
 * Japanese, Russian, German and French notices, autoresponders, feedback reports and success
 * notices. Every row is written here, with addresses, hosts and wordings of its own: the facts
 * (which server, which sentence, which structure) carry over, no corpus text does.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { differences, eml as emlAt, postfixIntro, type Row } from './support/notices.js';

const eml = (headers: Record<string, string>, body: string) => emlAt(headers, body, 'Wed, 12 Feb 2025 08:30:00 +0100');

/** A multipart message: the notice, then any further parts ([content-type, body]). */
function multipart(headers: Record<string, string>, type: string, parts: [string, string][]): string {
  const b = 'oc-7f21a9';
  return eml({ ...headers, 'Content-Type': `${type}; boundary="${b}"` }, `${parts.map(([t, body]) => `--${b}\nContent-Type: ${t}\n\n${body}\n`).join('')}--${b}--\n`);
}


// Postfix's own wrapper text, as text-only corpora store a notice (no header at all).
const postfixBody = (host: string, said: string) => `${postfixIntro(host)}\n${said}\n`;

const daemon = (host: string) => ({ From: `MAILER-DAEMON@${host}`, To: 'lists@news-sender.example', 'Return-Path': '<>' });

const rows: Row[] = [
  // ---- text-only bodies (Node and PHP parsers' fixtures keep only the body) ----------------
  ['text: Postfix, qmail chkuser 511 without an enhanced code', postfixBody('out2.news-sender.example', `<milo.r@webhost-b.example>: host mx1.webhost-b.example[198.51.100.71] said: 511 sorry, no
    mailbox here by that name (#5.1.1 - chkuser) (in reply to RCPT TO command)`), 'text',
  { kind: 'bounce', recipients: ['milo.r@webhost-b.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['text: Postfix, 450 4.2.1 mailbox inactive and disabled', postfixBody('out2.news-sender.example', `<odile.f@poste-fr.example>: host smtp3.poste-fr.example[203.0.113.40] said: 450
    4.2.1 <odile.f@poste-fr.example>: Recipient address rejected: this mailbox
    is inactive and has been disabled (in reply to RCPT TO command)`), 'text',
  { kind: 'bounce', recipients: ['odile.f@poste-fr.example'], status: '4.2.1', reason: 'suspend', category: 'inactive-mailbox', severity: 'soft', action: 'delayed' }],

  ['text: Postfix, 554 5.4.0 too many hops', postfixBody('relay.news-sender.example', `<rui@loop-isp.example>: host
    lb-pool.mail.loop-isp.example[192.0.2.91] said: 554 5.4.0 Error:
    too many hops (in reply to end of DATA command)`), 'text',
  { kind: 'bounce', recipients: ['rui@loop-isp.example'], status: '5.4.0', reason: 'networkerror', category: 'routing-errors', severity: 'soft' }],

  ['text: Postfix, Yahoo TSS04 deferral at MAIL FROM', postfixBody('out2.news-sender.example', `<hal.e77@yahoo.com>: host mta7.am0.yahoodns.net[67.195.228.94] said: 421
    4.7.0 [TSS04] Messages from 198.51.100.250 temporarily deferred due to
    unexpected volume or user complaints - 4.16.55.1; see
    https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)`), 'text',
  { kind: 'bounce', recipients: ['hal.e77@yahoo.com'], status: '4.7.0', reason: 'badreputation', category: 'spam-related', severity: 'soft', action: 'delayed' }],

  ['text: Postfix, Sendmail "Addressee unknown" under 5.2.1', postfixBody('out2.news-sender.example', `<vic@telco-fr.example>: host mx-in2.telco-fr.example[192.0.2.133] said: 550
    5.2.1 <vic@telco-fr.example>... Addressee unknown, relay=[198.51.100.250] (in
    reply to RCPT TO command)`), 'text',
  { kind: 'bounce', recipients: ['vic@telco-fr.example'], status: '5.2.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['text: Postfix, "Your host is not allowed to connect" at RCPT', postfixBody('out2.news-sender.example', `<desk@chat-y.example>: host chat-y.example[192.0.2.190]
    said: 550 Your host is not allowed to connect to this server. (in reply to
    RCPT TO command)`), 'text',
  { kind: 'bounce', recipients: ['desk@chat-y.example'], reason: 'blocked', category: 'spam-related', severity: 'soft' }],

  ['text: Postfix, Exchange SenderFilterAgent refuses the sender', postfixBody('out2.news-sender.example', `<mia@aeolia-x.example>: host mxplan9.mail.hostfr.example[192.0.2.62]
    said: 554 5.7.105 SenderFilterAgent; Sender denied as sender's email
    address is on SenderFilterConfig list (in reply to end of DATA command)`), 'text',
  { kind: 'bounce', recipients: ['mia@aeolia-x.example'], status: '5.7.105', reason: 'rejected', category: 'invalid-sender', severity: 'soft' }],

  ['text: Postfix, T-Online greeting refusal for bad reputation', postfixBody('out2.news-sender.example', `<wera@t-online.de>: host mx02.t-online.de[194.25.134.9] refused to talk to
    me: 554 IP=198.51.100.67 - None/bad reputation. Ask your postmaster for help
    or to contact the postmaster desk for reset. (NOWL)`), 'text',
  { kind: 'bounce', recipients: ['wera@t-online.de'], reason: 'badreputation', category: 'spam-related', severity: 'soft' }],

  ['text: Exchange Online, 5.4.310 DNS domain does not exist', `Delivery has failed to these recipients or groups:

ugo@nodomain-left.example (ugo@nodomain-left.example)<mailto:ugo@nodomain-left.example>
Your message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.

Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it appears that their domain isn't properly registered at their domain registrar.

Diagnostic information for administrators:

Generating server: VI1PR07MB4411.eurprd07.prod.outlook.com

ugo@nodomain-left.example
Remote server returned '550 5.4.310 DNS domain nodomain-left.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=nodomain-left.example] [HE1EUR04FT031.eop-eur04.prod.protection.outlook.com]'

Original message headers:
`, 'text', { kind: 'bounce', recipients: ['ugo@nodomain-left.example'], status: '5.4.310', reason: 'hostunknown', category: 'bad-domain', severity: 'hard' }],

  ['text: Exchange Online, 5.7.129 sender not on the accept list', `Delivery has failed to these recipients or groups:

board@closed-group.example<mailto:board@closed-group.example>
Your message couldn't be delivered to the recipient because you don't have permission to send to it.

Ask the recipient's email admin to add you to the accept list for the recipient.

Diagnostic information for administrators:

Generating server: DB8PR03MB5120.eurprd03.prod.outlook.com

board@closed-group.example
Remote server returned '550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from'
`, 'text', { kind: 'bounce', recipients: ['board@closed-group.example'], status: '5.7.129', reason: 'filtered', category: 'policy-related', severity: 'soft' }],

  // ---- qmail and qmail-ldap -----------------------------------------------------------------
  ['qmail-ldap: trilingual intro, no mailbox by that name', eml({ ...daemon('mx9.isp-sur.example'), Subject: 'failure notice', 'Content-Type': 'text/plain' }, `(mx9.isp-sur.example)
Su mensaje no pudo ser entregado - Sua mensagem nao pode ser enviada - Your message could not be delivered.

<paula.g@isp-sur.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Mensaje original adjunto.
`), 'message', { kind: 'bounce', recipients: ['paula.g@isp-sur.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['qmail-ldap: Spanish "casilla ha expirado por falta de uso"', eml({ ...daemon('mx9.isp-sur.example'), Subject: 'failure notice', 'Content-Type': 'text/plain' }, `(mx9.isp-sur.example)
Su mensaje no pudo ser entregado - Sua mensagem nao pode ser enviada - Your message could not be delivered.

<tito.b@isp-sur.example>:
Esta casilla ha expirado por falta de uso.

--- Mensaje original adjunto.
`), 'message', { kind: 'bounce', recipients: ['tito.b@isp-sur.example'], reason: 'suspend', category: 'inactive-mailbox' }],

  ['qmail: user is over quota', eml({ ...daemon('mail4.hostfarm.example'), Subject: 'failure notice' }, `Hi. This is the qmail-send program at mail4.hostfarm.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ditte@shop-dk.example>:
user is over quota


--- Enclosed are the original headers of the message.
`), 'message', { kind: 'bounce', recipients: ['ditte@shop-dk.example'], reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  // ---- Exim, Smail and their relatives -------------------------------------------------------
  ['exim: Hotmail "mailbox unavailable" after RCPT', eml({ From: 'Mail Delivery System <Mailer-Daemon@mta2.news-sender.example>', To: 'lists@news-sender.example', Subject: 'Mail delivery failed: returning message to sender', 'X-Failed-Recipients': 'gone.fan88@hotmail.com', 'Auto-Submitted': 'auto-replied' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  gone.fan88@hotmail.com
    SMTP error from remote mail server after RCPT TO:<gone.fan88@hotmail.com>:
    host mx3.hotmail.com [65.54.188.72]: 550 Requested action not taken:
    mailbox unavailable

------ This is a copy of the message, including all the headers. ------
`), 'message', { kind: 'bounce', recipients: ['gone.fan88@hotmail.com'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['exim: "delayed 24 hours" warning', eml({ From: 'Mail Delivery System <Mailer-Daemon@mta2.news-sender.example>', To: 'lists@news-sender.example', Subject: 'Warning: message 1sXq2B-0007Zk-3C delayed 24 hours', 'Auto-Submitted': 'auto-replied' }, `This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mta2.news-sender.example.

The message identifier is:     1sXq2B-0007Zk-3C
The subject of the message is: Weekly digest
The date of the message is:    Tue, 11 Feb 2025 08:00:00 +0100

The address to which the message has not yet been delivered is:

  bert@sleepy-mx.example

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
`), 'message', { kind: 'bounce', recipients: ['bert@sleepy-mx.example'], reason: 'expired', category: 'message-expired', severity: 'soft', action: 'delayed' }],

  ['Deutsche Telekom (Smail banners): quota exceeded', eml({ From: 'Mail Delivery System <Mailer-Daemon@t-online.de>', To: 'bounce@news-sender.example', Subject: 'Mail delivery failed: returning message to sender', 'X-Failed-Recipients': 'jonas.h@t-online.de' }, `|------------------------- Failed addresses follow: ---------------------|
 <jonas.h@t-online.de>
   552 5.2.2 <jonas.h@t-online.de> Quota exceeded (mailbox for user is full)

|------------------------- Message header follows: ----------------------|
From: News <lists@news-sender.example>
To: Jonas <jonas.h@t-online.de>
Subject: Februar
`), 'message', { kind: 'bounce', recipients: ['jonas.h@t-online.de'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['Deutsche Telekom (Smail banners): "Teilnehmer existiert nicht"', eml({ From: 'Mail Delivery System <Mailer-Daemon@t-online.de>', To: 'bounce@news-sender.example', Subject: 'Mail delivery failed: returning message to sender' }, `|------------------------- Failed addresses follow: ---------------------|
 <greta.w@t-online.de> ... unknown user / Teilnehmer existiert nicht

|------------------------- Message header follows: ----------------------|
From: News <lists@news-sender.example>
To: Greta <greta.w@t-online.de>
`), 'message', { kind: 'bounce', recipients: ['greta.w@t-online.de'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['Smail 3: address and error on one line', eml({ From: 'Mail Delivery Subsystem <MAILER-DAEMON@gw.oldsite.example>', To: 'ops@news-sender.example', Subject: 'mail failed, returning to sender' }, `|------------------------- Failed addresses follow: ---------------------|
 nora@typo-domain.example ... failed: unknown host
|------------------------- Message text follows: ------------------------|
From: ops@news-sender.example
To: nora@typo-domain.example
`), 'message', { kind: 'bounce', recipients: ['nora@typo-domain.example'], reason: 'hostunknown', category: 'bad-domain', severity: 'hard' }],

  ['1&1 / IONOS: no valid MX hosts found', eml({ From: '"Mail Delivery System" <mailer-daemon@kundenserver.de>', To: 'bounces@agency-dk.example', Subject: 'Mail delivery failed: returning message to sender', 'Auto-Submitted': 'auto-replied', 'Content-Type': 'text/plain' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error.

The following address failed:

    kai@tenant-nomx.example:
        no valid MX hosts found

--- The header of the original message is following. ---

From: Agency <news@agency-dk.example>
To: kai@tenant-nomx.example
`), 'message', { kind: 'bounce', recipients: ['kai@tenant-nomx.example'], reason: 'hostunknown', category: 'bad-domain', severity: 'hard' }],

  // ---- Sendmail and Google's older notices ----------------------------------------------------
  ['sendmail: "message still undelivered after 4 hours" warning', eml({ From: 'Mail Delivery Subsystem <MAILER-DAEMON@smtp.news-sender.example>', To: 'ops@news-sender.example', Subject: 'Warning: could not send message for past 4 hours', 'Auto-Submitted': 'auto-generated (warning-timeout)' }, `    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Wed, 12 Feb 2025 04:10:00 +0100
from localhost [127.0.0.1]

   ----- Transcript of session follows -----
<ines@tardy-host.example>... Deferred: Connection timed out with mx.tardy-host.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
`), 'message', { kind: 'bounce', recipients: ['ines@tardy-host.example'], category: 'message-expired', severity: 'soft', action: 'delayed' }],

  ['gmail (old): failed permanently after TEMP_FAILURE timeouts', eml({ From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', To: 'writer.x@gmail.com', Subject: 'Delivery Status Notification (Failure)' }, `This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     liv@gmial-typo.example

Technical details of permanent failure:
TEMP_FAILURE: Could not initiate SMTP conversation with any hosts:
[gmial-typo.example (1): Connection timed out]

   ----- Original message -----
`), 'message', { kind: 'bounce', recipients: ['liv@gmial-typo.example'], severity: 'soft', action: 'failed' }],

  ['gmail: "Delivery incomplete" delay, host refused connections', eml({ From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', To: 'news@agency-dk.example', Subject: 'Delivery Status Notification (Delay)', 'Auto-Submitted': 'auto-replied', 'Content-Type': 'text/plain; charset=UTF-8' }, `
** Delivery incomplete **

There was a temporary problem delivering your message to aksel@paper-dk.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720
[192.0.2.17 192.0.2.17: generic::failed_precondition: connect error (0): error]
`), 'message', { kind: 'bounce', recipients: ['aksel@paper-dk.example'], reason: 'expired', category: 'message-expired', severity: 'soft', action: 'delayed' }],

  // ---- Windows and groupware servers --------------------------------------------------------
  ['MDaemon: session transcript', eml({ From: 'MDaemon@mail.firm-a.example', To: 'sales@firm-a.example', Subject: 'Permanent Delivery Failure', 'Content-Type': 'text/plain' }, `The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.

YOU DO NOT NEED TO RESEND THE MESSAGE.  DELIVERY IS NOT POSSIBLE.

--- Session Transcript ---
 Wed 2025-02-12 08:29:58: Parsing message <pd50000004321.msg>
 Wed 2025-02-12 08:29:58: *  From: sales@firm-a.example
 Wed 2025-02-12 08:29:58: *  To: rolf@client-b.example
 Wed 2025-02-12 08:29:58: Attempting SMTP connection to [mx.client-b.example]
 Wed 2025-02-12 08:29:59: --> MAIL From:<sales@firm-a.example>
 Wed 2025-02-12 08:29:59: <-- 250 2.1.0 Ok
 Wed 2025-02-12 08:29:59: --> RCPT To:<rolf@client-b.example>
 Wed 2025-02-12 08:29:59: <-- 550 5.1.1 <rolf@client-b.example>: Recipient address rejected: User unknown
--- End Transcript ---
`), 'message', { kind: 'bounce', recipients: ['rolf@client-b.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['hMailServer: "Remote server replied"', eml({ From: 'mailer-daemon@mail.office-c.example', To: 'anna@office-c.example', Subject: 'Message undeliverable: Offer 118', 'Content-Type': 'text/plain' }, `Your message did not reach some or all of the intended recipients.

   Sent: Wed, 12 Feb 2025 08:29:40 +0100
   Subject: Offer 118

The following recipient(s) could not be reached:

pieter@supplier-d.example
   Error Type: SMTP
   Remote server (203.0.113.18) issued an error.
   hMailServer sent: RCPT TO:<pieter@supplier-d.example>
   Remote server replied: 550 5.1.1 <pieter@supplier-d.example>: Recipient address rejected: User unknown in local recipient table

hMailServer
`), 'message', { kind: 'bounce', recipients: ['pieter@supplier-d.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['Kerio-style "could not be reached" with a full mailbox', eml({ From: 'postmaster@kerio.office-e.example', To: 'tim@office-e.example', Subject: 'Undelivered mail: Invoice 77', 'Content-Type': 'text/plain' }, `Your message did not reach some or all of the intended recipients.

   Subject: Invoice 77
   Sent: Wed, 12 Feb 2025 08:29:40 +0100

The following recipient(s) could not be reached:

   eva.k@customer-f.example
      Error Type: SMTP
      Remote server replied: 552 5.2.2 Mailbox full
`), 'message', { kind: 'bounce', recipients: ['eva.k@customer-f.example'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['CommuniGate Pro: SMTP module reports user unknown', eml({ From: 'MAILER-DAEMON@cgp.hoster-g.example', To: 'shop@shop-g.example', Subject: 'Undeliverable mail: Your order 5521', 'Content-Type': 'text/plain' }, `Failed to deliver to '<lotte@far-h.example>'
SMTP module(domain far-h.example) reports:
 host mx2.far-h.example says:
 550 5.1.1 <lotte@far-h.example>: User unknown
`), 'message', { kind: 'bounce', recipients: ['lotte@far-h.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['CommuniGate Pro: LOCAL module, account full', eml({ From: 'MAILER-DAEMON@cgp.hoster-g.example', To: 'shop@shop-g.example', Subject: 'Undeliverable mail: Your order 5522', 'Content-Type': 'text/plain' }, `Failed to deliver to '<bram@hoster-g.example>'
LOCAL module(account bram@hoster-g.example) reports:
 account is full (quota exceeded)
`), 'message', { kind: 'bounce', recipients: ['bram@hoster-g.example'], reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['GroupWise: local user not found, domain from the original', eml({ From: 'Mail Delivery System <postmaster@gw.county-i.example>', To: 'clerk@town-j.example', Subject: 'Undeliverable mail', 'Content-Type': 'text/plain' }, `The message that you sent was undeliverable to the following:
	mhayes (user not found)

Possibly truncated original message follows:

From: clerk@town-j.example
To: mhayes@gw.county-i.example
Subject: Permit
`), 'message', { kind: 'bounce', recipients: ['mhayes@gw.county-i.example'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['XMail: "XMail bounce: Rcpt=[...];Error=[...]"', eml({ From: 'XMail Daemon <xmail-daemon@relay.small-k.example>', To: 'me@small-k.example', Subject: 'Message delivery failure', 'Content-Type': 'text/plain' }, `[<00>] XMail bounce: Rcpt=[sven@remote-l.example];Error=[550 5.1.1 <sven@remote-l.example>... User unknown]

[<05>] Here is listed the initial part of the message:
`), 'message', { kind: 'bounce', recipients: ['sven@remote-l.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['Exchange 5.5: "did not reach the following recipient(s)", (000C05A6)', eml({ From: 'System Administrator <postmaster@corp-m.example>', To: 'jim@partner-n.example', Subject: 'Undeliverable: Board meeting', 'Content-Type': 'text/plain' }, `Your message

  To:      Sara Cole
  Subject: Board meeting
  Sent:    Wed, 12 Feb 2025 08:20:00 +0100

did not reach the following recipient(s):

sara.cole@corp-m.example on Wed, 12 Feb 2025 08:29:00 +0100
            The recipient name is not recognized
	The MTS-ID of the original message is: c=US;a= ;p=CorpM;l=SRV2250212072900ABCD
            MSEXCH:IMS:CorpM:Main:SRV2 0 (000C05A6) Unknown Recipient
`), 'message', { kind: 'bounce', recipients: ['sara.cole@corp-m.example'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  // ---- gateways and filtering services ------------------------------------------------------
  ['MailFoundry: full mailbox', eml({ From: 'MAILER-DAEMON@mf.isp-o.example', To: 'news@news-sender.example', Subject: 'Message delivery has failed', Received: 'From localhost (127.0.0.1) by smtp4.mf.isp-o.example (MAILFOUNDRY) id 3e6b0d1a-e8f1-11ef-9a2b-001a4a0b7c11', 'Content-Type': 'text/plain' }, `Unable to deliver message to: <keiko@isp-o.example>
Delivery failed for the following reason:
Server mx5.isp-o.example[192.0.2.55] failed with: 552 <keiko@isp-o.example> Mailbox is full

This has been a permanent failure.  No further delivery attempts will be made.
`), 'message', { kind: 'bounce', recipients: ['keiko@isp-o.example'], reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['Mimecast: "-- " lines, 5.4.1 access denied', eml({ From: 'Postmaster <postmaster@eu.mimecast-p.example>', To: 'news@news-sender.example', Subject: '[Postmaster] Email Delivery Failure', 'Message-Id': '<1739345400-88112@eu-mta-31.eu.mimecast.lan>', 'Content-Type': 'text/plain' }, `An email that you attempted to send to the following address could not be delivered:
-- hugo.p@client-q.example
The problem appears to be :
-- Recipient email address is possibly incorrect
Additional information follows :
-- 5.4.1 Recipient address rejected: Access denied.
This condition occurred after 1 attempt(s) to deliver over a period of 0 hour(s).
`), 'message', { kind: 'bounce', recipients: ['hugo.p@client-q.example'], status: '5.4.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['Active!hunter: ">>> address" and a qmail chkusr reply', eml({ From: 'Mail Delivery Subsystem <MAILER-DAEMON@ah.corp-r.example>', To: 'news@news-sender.example', Subject: 'Returned mail: see transcript for details', 'X-AHMailID': '000012345678', 'Content-Type': 'text/plain' }, `  ----- The following addresses had permanent fatal errors -----

>>> yuki@corp-s.example <yuki@corp-s.example>

  ----- Transcript of session follows -----
550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
`), 'message', { kind: 'bounce', recipients: ['yuki@corp-s.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['Barracuda: DSN with a base64 notice, UBE refusal', multipart({ From: 'MAILER-DAEMON <>', To: 'news@news-sender.example', Subject: '**Message you sent blocked by our bulk email filter**' }, 'multipart/report; report-type=delivery-status', [
    ['text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64', Buffer.from('Your message to: rosa@interlink-t.example\nwas blocked by our Spam Firewall.\n').toString('base64')],
    ['message/delivery-status', 'Reporting-MTA: dns; barracuda.interlink-t.example\n\nFinal-Recipient: rfc822; rosa@interlink-t.example\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=04411-02-17'],
  ]), 'message', { kind: 'bounce', recipients: ['rosa@interlink-t.example'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related', severity: 'soft' }],

  // ---- notices in other languages ---------------------------------------------------------
  ['Chinese (qq.com style): 对方邮箱空间已满', eml({ From: '"Postmaster" <postmaster@mail-cn-u.example>', To: 'li.wei@news-sender.example', Subject: '=?UTF-8?B?6YKu5Lu25oqV6YCS5aSx6LSl?=', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, `此邮件是由系统自动发送的退信通知。
您发送的邮件无法送达以下收件人：
chen.jie@dest-cn-v.example
原因：对方邮箱空间已满
`), 'message', { kind: 'bounce', recipients: ['chen.jie@dest-cn-v.example'], reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  ['Chinese (163.com style): 收件人：address, 系统退信', eml({ From: 'postmaster@mail-cn-w.example', To: 'li.wei@news-sender.example', Subject: '=?UTF-8?B?57O757uf6YCA5L+h?=', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, `很抱歉您的邮件没有发送成功。
收件人：zhou.min@dest-cn-x.example
退信原因：收件人邮箱不存在
`), 'message', { kind: 'bounce', recipients: ['zhou.min@dest-cn-x.example'] }],

  ['Japanese: 宛先 and 理由 lines', eml({ ...daemon('mail.jp-isp-y.example'), Subject: '=?UTF-8?B?6YWN5L+h5LiN6IO944Gu44GK55+l44KJ44Gb?=', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, `以下の宛先へのメール配信に失敗しました。

宛先: sakura@jp-dest-z.example
理由: 550 5.1.1 <sakura@jp-dest-z.example>... User unknown
`), 'message', { kind: 'bounce', recipients: ['sakura@jp-dest-z.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['Russian: "не может быть доставлено", пользователь не найден', eml({ ...daemon('mx.ru-host-a.example'), Subject: '=?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?=', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, `Ваше сообщение не может быть доставлено одному или нескольким получателям:

pavel@ru-dest-b.example
Сообщение отклонено: пользователь не найден (550 5.1.1 User unknown)
`), 'message', { kind: 'bounce', recipients: ['pavel@ru-dest-b.example'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['German Exchange NDR: "Remoteserver hat ... zurückgegeben"', eml({ From: 'postmaster@firma-c.example', To: 'klaus@news-sender.example', Subject: 'Unzustellbar: Angebot', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, `Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

lena.voss@firma-c.example
Die eingegebene E-Mail-Adresse wurde nicht gefunden.

Diagnoseinformationen für Administratoren:

Generierender Server: EXSRV01.firma-c.example

lena.voss@firma-c.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
`), 'message', { kind: 'bounce', recipients: ['lena.voss@firma-c.example'], status: '5.1.10', reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],

  ['French Exchange NDR: "Le serveur distant a retourné" a full mailbox', eml({ From: 'postmaster@entreprise-d.example', To: 'luc@news-sender.example', Subject: 'Non remis : Devis', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, `Échec de la remise pour ces destinataires ou groupes :

claire.roy@entreprise-d.example
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l’instant.

Informations de diagnostic pour les administrateurs :

claire.roy@entreprise-d.example
Le serveur distant a retourné '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
`), 'message', { kind: 'bounce', recipients: ['claire.roy@entreprise-d.example'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues', severity: 'soft' }],

  // ---- autoresponders --------------------------------------------------------------------------
  ['auto-reply: Exchange 2003 "Out of Office AutoReply:"', eml({ From: 'Paul Gray <paul@corp-e.example>', To: 'news@news-sender.example', Subject: 'Out of Office AutoReply: Weekly digest', 'Content-Type': 'text/plain' }, 'I am on holiday until 24 February and will have no access to e-mail.\n'), 'message', { kind: 'auto-reply', category: 'auto-reply' }],
  ['auto-reply: X-Autoreply header, neutral words', eml({ From: 'ines@firm-f.example', To: 'news@news-sender.example', Subject: 'Re: Weekly digest', 'X-Autoreply': 'yes', 'Content-Type': 'text/plain' }, 'Thanks for your mail. I will answer as soon as I can.\n'), 'message', { kind: 'auto-reply' }],
  ['auto-reply: vacation(1) "away from my mail"', eml({ From: 'kurt@uni-g.example', To: 'news@news-sender.example', Subject: 'away from my mail', Precedence: 'bulk', 'Content-Type': 'text/plain' }, 'I will not be reading my mail for a while. Your mail regarding\n"Weekly digest" will be read when I return.\n'), 'message', { kind: 'auto-reply' }],
  ['auto-reply: German "Abwesenheitsnotiz:"', eml({ From: 'buero@kanzlei-h.example', To: 'news@news-sender.example', Subject: 'Abwesenheitsnotiz: Weekly digest', 'Auto-Submitted': 'auto-replied', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, 'Ich bin bis zum 24.02. nicht im Büro.\n'), 'message', { kind: 'auto-reply' }],
  ['auto-reply: French absence, Auto-Submitted', eml({ From: 'julie@societe-i.example', To: 'news@news-sender.example', Subject: 'Absence du bureau : Weekly digest', 'Auto-Submitted': 'auto-replied', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, 'Je suis absente du bureau jusqu’au 24 février.\n'), 'message', { kind: 'auto-reply' }],

  // ---- feedback reports ----------------------------------------------------------------------
  ['complaint: Hotmail JMRP (original attached, X-HmXmrOriginalRecipient)', eml({ From: 'staff@hotmail.com', To: 'fbl@news-sender.example', Subject: 'complaint about message from 198.51.100.250', 'X-HmXmrOriginalRecipient': '<dora.k@hotmail.com>', 'Content-Type': 'message/rfc822' }, 'From: lists@news-sender.example\nTo: dora.k@hotmail.com\nSubject: Weekly digest\n\nNews.\n'), 'message', { kind: 'complaint', category: 'complaint' }],
  ['complaint: AOL-style "email abuse report"', multipart({ From: 'scomp@aol.net', To: 'fbl@news-sender.example', Subject: 'Email Feedback Report for IP 198.51.100.250' }, 'multipart/mixed', [
    ['text/plain', 'This is an email abuse report for an email message received from IP 198.51.100.250 on Wed, 12 Feb 2025 08:00:00 +0100.'],
    ['message/rfc822', 'From: lists@news-sender.example\nTo: ola.n@aol.com\nSubject: Weekly digest\n\nNews.'],
  ]), 'message', { kind: 'complaint', category: 'complaint' }],
  ['complaint: Yahoo ARF', multipart({ From: 'feedbackloop@yahoo-inc.com', To: 'fbl@news-sender.example', Subject: 'FW: Weekly digest' }, 'multipart/report; report-type=feedback-report', [
    ['text/plain', 'This is an email abuse report for an email message received from IP 198.51.100.250.'],
    ['message/feedback-report', 'Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/1.0\nVersion: 0.1\nOriginal-Mail-From: <lists@news-sender.example>\nOriginal-Rcpt-To: per.o@yahoo.com'],
    ['message/rfc822', 'From: lists@news-sender.example\nTo: per.o@yahoo.com\nSubject: Weekly digest\n\nNews.'],
  ]), 'message', { kind: 'complaint', recipients: ['per.o@yahoo.com'], category: 'complaint' }],

  // ---- success notices -----------------------------------------------------------------------
  ['delivered: DSN "(Relay)", Action: relayed', multipart({ From: 'postmaster@mx.partner-j.example', To: 'buyer@shop-k.example', Subject: 'Delivery Status Notification (Relay)' }, 'multipart/report; report-type=delivery-status', [
    ['text/plain', 'This is an automatically generated Delivery Status Notification.\n\nYour message has been successfully relayed to the following recipients, but the requested delivery status notifications may not be generated by the destination.\n\n       sam@far-l.example'],
    ['message/delivery-status', 'Reporting-MTA: dns;mx.partner-j.example\n\nFinal-Recipient: rfc822;sam@far-l.example\nAction: relayed\nStatus: 2.0.0'],
  ]), 'message', { kind: 'delivered', category: 'delivered' }],
  ['delivered: Postfix "Successful Mail Delivery Report"', multipart({ From: 'MAILER-DAEMON@mail.shop-k.example (Mail Delivery System)', To: 'buyer@shop-k.example', Subject: 'Successful Mail Delivery Report' }, 'multipart/report; report-type=delivery-status', [
    ['text/plain', 'This is the mail system at host mail.shop-k.example.\n\nYour message was successfully delivered to the destination(s)\nlisted below.\n\n                   The mail system\n\n<tina@client-m.example>: delivery via mx.client-m.example[192.0.2.1]:25: 250 2.0.0 Ok: queued as 4XbC'],
    ['message/delivery-status', 'Reporting-MTA: dns; mail.shop-k.example\n\nFinal-Recipient: rfc822; tina@client-m.example\nAction: delivered\nStatus: 2.0.0\nDiagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4XbC'],
  ]), 'message', { kind: 'delivered', category: 'delivered' }],
  ['delivered: Exchange "Delivered:" notice', eml({ From: 'Microsoft Outlook <postmaster@corp-e.example>', To: 'boss@corp-e.example', Subject: 'Delivered: Budget 2025', 'Content-Type': 'text/plain' }, 'Your message has been delivered to the following recipients:\n\nAnn Lee (ann.lee@corp-e.example)\n\nSubject: Budget 2025\n'), 'message', { kind: 'delivered' }],

  // ---- ordinary mail that talks about bounces stays ordinary ---------------------------------
  ['not a bounce: a person asking about a 退信 in Chinese', eml({ From: 'Wang Fang <wang.fang@friend-n.example>', To: 'li.wei@news-sender.example', Subject: '=?UTF-8?B?5YWz5LqO6YCA5L+h55qE6Zeu6aKY?=', 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, '我昨天收到了一封退信，你知道是怎么回事吗？\n'), 'message', { kind: 'not-a-bounce' }],
  ['not a bounce: a helpdesk forwarding a "Failed to deliver" log line', eml({ From: 'helpdesk@firm-o.example', To: 'it@firm-o.example', Subject: 'Log from the printer', 'Content-Type': 'text/plain' }, 'The scanner log says: Failed to deliver scan to the share, retrying.\nCan you look at it?\n'), 'message', { kind: 'not-a-bounce' }],
];

describe('notices in other parsers\' corpus formats', () => {
  it.each(rows)('%s', async (name, input, mode, want) => {
    const v = await classify(input, { mode });
    expect(differences(v, want), name).toEqual([]);
  });
});
