/**
 * Per-format facts a bounce parser's labels rest on (which sentence of a mail server means which
 * reason, which words show the SMTP command), each exercised by a notice written here in that
 * server's shape, with addresses, hosts and wording of our own. A failing row names the case and
 * every field that differed.
 */
import type { SmtpCommand } from '../../src/core/rules/commands.js';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { decideReason } from '../../src/core/rules/decide.js';
import { differences, eml as emlAt, postfixIntro, type Row } from './support/notices.js';

const eml = (headers: Record<string, string>, body: string) => emlAt(headers, body, 'Wed, 12 Mar 2025 14:03:21 +0100');

/** qmail-send's notice about one recipient, with the lines qmail wrote under its address. */
function qmailNotice(rcpt: string, lines: string): string {
  return eml({ From: 'MAILER-DAEMON@mail.origin.test', To: 'clerk@origin.test', Subject: 'failure notice', Received: '(qmail 30211 invoked for bounce); 12 Mar 2025 13:03:21 -0000' }, `Hi. This is the qmail-send program at mail.origin.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<${rcpt}>:
${lines}

--- Below this line is a copy of the message.

Return-Path: <clerk@origin.test>
From: clerk@origin.test
To: ${rcpt}
Subject: invoice 2291
`);
}


/** Exim's "Mail delivery failed" notice about one recipient, with the lines Exim wrote under it. */
function eximNotice(rcpt: string, lines: string): string {
  return eml({ From: 'Mail Delivery System <Mailer-Daemon@relay.origin.test>', To: 'clerk@origin.test', Subject: 'Mail delivery failed: returning message to sender', 'Message-Id': '<E1tSx4q-0007Qe-2b@relay.origin.test>', 'X-Failed-Recipients': rcpt, 'Auto-Submitted': 'auto-replied' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ${rcpt}
${lines.split('\n').map((l) => `    ${l}`).join('\n')}

------ This is a copy of the message, including all the headers. ------

From: clerk@origin.test
To: ${rcpt}
Subject: invoice 2291
`);
}

/** Gmail's older notice ("Delivery to the following recipient failed permanently") with Google's words. */
function gmailNotice(rcpt: string, technical: string): string {
  return eml({ From: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', To: 'clerk@gmail.com', Subject: 'Delivery Status Notification (Failure)' }, `This is an automatically generated Delivery Status Notification

Delivery to the following recipient failed permanently:

     ${rcpt}

Technical details of permanent failure:
${technical}

----- Original message -----

From: clerk@gmail.com
To: ${rcpt}
Subject: invoice 2291
`);
}

/** An SNS-delivered Amazon SES bounce notification (JSON in the body). */
function sesNotice(rcpt: string, bounceType: string, subType: string, status: string, diagnostic: string): string {
  const obj = {
    notificationType: 'Bounce',
    bounce: { bounceType, bounceSubType: subType, bouncedRecipients: [{ emailAddress: rcpt, action: 'failed', status, diagnosticCode: diagnostic }], timestamp: '2025-03-12T13:03:21.000Z', feedbackId: '0102019587a1b2c3-aaaa', reportingMTA: 'dsn; a8-12.smtp-out.amazonses.com' },
    mail: { timestamp: '2025-03-12T13:03:19.000Z', source: 'clerk@origin.test', messageId: '0102019587a1b2c3-bbbb', destination: [rcpt] },
  };
  return eml({ From: 'AWS Notifications <no-reply@sns.amazonaws.com>', To: 'clerk@origin.test', Subject: 'AWS Notification Message', 'Content-Type': 'text/plain; charset=UTF-8' }, `${JSON.stringify(obj)}\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe.\n`);
}

/** A Microsoft 365 NDR (the Exchange 2007 layout) with the remote server's reply. */
function o365Notice(rcpt: string, reply: string, status: string): string {
  const b = 'o365-ndr-77a1';
  return eml({ From: 'Microsoft Outlook <postmaster@origin.onmicrosoft.com>', To: 'clerk@origin.test', Subject: 'Undeliverable: invoice 2291', 'X-MS-Exchange-Message-Is-Ndr': '', 'Content-Type': `multipart/report; report-type=delivery-status; boundary="${b}"` }, `--${b}
Content-Type: text/plain; charset=utf-8

Delivery has failed to these recipients or groups:

${rcpt}
Your message couldn't be delivered.

Diagnostic information for administrators:

Generating server: DB7PR02MB3110.eurprd02.prod.outlook.com

${rcpt}
Remote Server returned '${reply}'

Original message headers:

--${b}
Content-Type: message/delivery-status

Reporting-MTA: dns;DB7PR02MB3110.eurprd02.prod.outlook.com

Final-Recipient: rfc822;${rcpt}
Action: failed
Status: ${status}
Diagnostic-Code: smtp;${reply}

--${b}--
`);
}


/** Postfix's notice about one recipient: the remote host's reply and the command it answered. */
function postfixNotice(rcpt: string, host: string, reply: string, command: string, status: string): string {
  const b = 'pfx-report-31c9';
  return eml({ From: 'MAILER-DAEMON@smtp.origin.test (Mail Delivery System)', To: 'clerk@origin.test', Subject: 'Undelivered Mail Returned to Sender', 'Auto-Submitted': 'auto-replied', 'Content-Type': `multipart/report; report-type=delivery-status; boundary="${b}"` }, `--${b}
Content-Type: text/plain; charset=us-ascii

${postfixIntro('smtp.origin.test')}
<${rcpt}>: host ${host}[192.0.2.44] said: ${reply} (in reply to ${command} command)

--${b}
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.origin.test

Final-Recipient: rfc822; ${rcpt}
Action: failed
Status: ${status}
Remote-MTA: dns; ${host}
Diagnostic-Code: smtp; ${reply}

--${b}--
`);
}


/** On-premises Exchange 2007+ NDR text with the remote server's reply. */
function exchangeNotice(rcpt: string, reply: string): string {
  return eml({ From: 'postmaster@corp-exchange.test', To: 'clerk@corp-exchange.test', Subject: 'Undeliverable: invoice 2291', 'Content-Language': 'en-US' }, `Delivery has failed to these recipients or groups:

${rcpt}
The e-mail system had a problem processing this message.

Diagnostic information for administrators:

Generating server: EXCH01.corp-exchange.test

${rcpt}
#${reply} ##

Original message headers:

From: clerk@corp-exchange.test
To: ${rcpt}
Subject: invoice 2291
`);
}

/** OpenSMTPD's notice: "a@b: <failure string>" under its fixed text. */
function opensmtpdNotice(rcpt: string, failure: string): string {
  return eml({ From: 'Mailer Daemon <MAILER-DAEMON@bsd-box.origin.test>', To: 'clerk@origin.test', Subject: 'Delivery status notification: error', Received: 'from localhost (localhost [127.0.0.1]) by bsd-box.origin.test (OpenSMTPD) with ESMTP id 5d1e3c7a' }, `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

${rcpt}: ${failure}

    Below is a copy of the original message:

From: clerk@origin.test
To: ${rcpt}
Subject: invoice 2291
`);
}

/** Courier's "UNDELIVERABLE MAIL" notice with its own sentence under the address. */
function courierNotice(rcpt: string, sentence: string): string {
  return eml({ From: 'Courier mail server at relay.origin.test <@>', To: 'clerk@origin.test', Subject: 'NOTICE: mail delivery status.', 'Message-ID': '<courier.000000006791A2B3.00001234@relay.origin.test>' }, `This is a delivery status notification from relay.origin.test,
running the Courier mail server, version 1.1.4.

The original message was received on Wed, 12 Mar 2025 14:03:21 +0100
from localhost (localhost [127.0.0.1])

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<${rcpt}>:
    ${sentence}

---------------------------------------------------------------------------
`);
}

const rows: Row[] = [
  // ---- qmail: qmail-remote's, qmail-local's and qmail-ldap's own sentences -------------------------
  ['qmail: our HELO refused is our host refused', qmailNotice('rosa@far-away.test', `Connected to 198.51.100.7 but my name was rejected.
Remote host said: 501 5.5.2 Invalid HELO name, see RFC 2821 4.1.1.1`), 'message',
  { kind: 'bounce', recipients: ['rosa@far-away.test'], reason: 'blocked', category: 'spam-related', severity: 'soft' }],
  ['qmail: no free space on the remote system', qmailNotice('ivo@storage-low.test', `198.51.100.8 does not like recipient.
Remote host said: 550 Requested action not taken: mailbox unavailable (not enough free space)
Giving up on 198.51.100.8.`), 'message',
  { recipients: ['ivo@storage-low.test'], reason: 'systemfull', severity: 'soft' }],
  ['qmail-ldap: address administratively disabled', qmailNotice('old.account@ldap-site.test', 'Mailaddress is administrativley disabled. (#5.2.1)'), 'message',
  { recipients: ['old.account@ldap-site.test'], reason: 'suspend', category: 'inactive-mailbox' }],
  ['qmail-ldap: larger than the user accepts', qmailNotice('tiny@ldap-site.test', 'The message exeeded the maximum size the user accepts. (#5.2.3)'), 'message',
  { recipients: ['tiny@ldap-site.test'], reason: 'exceedlimit' }],
  ['qmail-ldap: LDAP trouble outlasting the queue stays a system error', qmailNotice('desk@ldap-site.test', `Temporary failure in LDAP lookup. (#4.4.3)
I'm not going to try again; this message has been in the queue too long.`), 'message',
  { recipients: ['desk@ldap-site.test'], reason: 'systemerror' }],
  ['qmail: no such host', qmailNotice('someone@no-such-domain.test', 'Sorry, I couldn\'t find any host named no-such-domain.test. (#5.1.2)'), 'message',
  { recipients: ['someone@no-such-domain.test'], reason: 'hostunknown', severity: 'hard' }],
  ['qmail: databytes limit', qmailNotice('big@far-away.test', `198.51.100.9 failed on DATA command.
Remote host said: 552 sorry, that message size exceeds my databytes limit (#5.3.4)`), 'message',
  { recipients: ['big@far-away.test'], reason: 'mesgtoobig' }],

  // ---- Exim: its router's and transport's own sentences ---------------------------------------
  ['exim: refused at EHLO is our host refused', eximNotice('mara@far-away.test', `SMTP error from remote mail server after EHLO relay.origin.test:
host mx.far-away.test [198.51.100.30]: 550 5.7.1 Unknown user`), 'message',
  { recipients: ['mara@far-away.test'], reason: 'blocked' }],
  ['exim: unrouteable address is the domain', eximNotice('info@nowhere-routed.test', 'Unrouteable address'), 'message',
  { recipients: ['info@nowhere-routed.test'], reason: 'hostunknown', severity: 'hard' }],
  ['exim: too many Received headers is the header block', eximNotice('loop@far-away.test', 'Too many "Received" headers - suspected mail loop'), 'message',
  { recipients: ['loop@far-away.test'], reason: 'contenterror' }],
  ['exim: no host for an existing connection', eximNotice('team@far-away.test', 'no host found for existing SMTP connection'), 'message',
  { recipients: ['team@far-away.test'], reason: 'notaccept' }],
  ['exim: local LMTP server failed', eximNotice('box@far-away.test', `LMTP error after end of data:
451 4.3.0 Temporary server failure. Please try again later.`), 'message',
  { recipients: ['box@far-away.test'], reason: 'systemerror' }],

  // ---- Gmail: Google's own words --------------------------------------------------------------
  ['gmail: remote TLS certificate trouble (state 9)', gmailNotice('nora@tls-broken.test', `Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 454 454 TLS missing certificate: error:0200100D:system library:fopen:Permission denied (state 9).`), 'message',
  { recipients: ['nora@tls-broken.test'], reason: 'systemerror' }],
  ['gmail: DNS answer with no data', gmailNotice('kai@empty-zone.test', 'DNS Error: DNS server returned answer with no data'), 'message',
  { recipients: ['kai@empty-zone.test'], reason: 'hostunknown' }],

  // ---- Amazon SES: its bounceSubType ----------------------------------------------------------
  ['amazon ses: MailboxFull subtype', sesNotice('lea@full-box.test', 'Transient', 'MailboxFull', '4.0.0', 'smtp; 452 4.0.0 Message rejected'), 'message',
  { recipients: ['lea@full-box.test'], reason: 'mailboxfull', category: 'quota-issues' }],
  ['amazon ses: MessageTooLarge subtype', sesNotice('max@small-limit.test', 'Transient', 'MessageTooLarge', '5.0.0', 'smtp; 552 rejected'), 'message',
  { recipients: ['max@small-limit.test'], reason: 'mesgtoobig' }],

  // ---- Microsoft 365: Microsoft's own status codes ---------------------------------------------
  ['office365: 5.7.1 delivery not authorized is the sender refused', o365Notice('board@fabrikam.test', '550 5.7.1 Delivery not authorized, message refused', '5.7.1'), 'message',
  { recipients: ['board@fabrikam.test'], status: '5.7.1', reason: 'rejected', category: 'invalid-sender' }],
  ['office365: 5.7.606 banned sending IP', o365Notice('sales@fabrikam.test', '550 5.7.606 Access denied, banned sending IP [203.0.113.9]', '5.7.606'), 'message',
  { recipients: ['sales@fabrikam.test'], reason: 'blocked' }],
  ['office365: 5.7.708 tenant threshold', o365Notice('ops@fabrikam.test', '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP', '5.7.708'), 'message',
  { recipients: ['ops@fabrikam.test'], reason: 'toomanyconn' }],
  ['office365: 5.7.501 spam abuse', o365Notice('hr@fabrikam.test', '550 5.7.501 Service unavailable. Spam abuse detected from IP range', '5.7.501'), 'message',
  { recipients: ['hr@fabrikam.test'], reason: 'spamdetected' }],
  ['office365: 5.4.316 expiry yields to DNS words', o365Notice('it@fabrikam.test', '550 5.4.316 Message expired, connection refused', '5.4.316'), 'message',
  { recipients: ['it@fabrikam.test'], reason: 'expired' }],

  // ---- Microsoft as the receiving side: its documented codes with their words ---------------------
  ['microsoft: 5.7.504 access denied is the recipient barred', postfixNotice('old.staff@contoso-mail.test', 'contoso-mail-test.mail.protection.outlook.com', '550 5.7.504 Recipient address rejected: Access denied', 'RCPT TO', '5.7.504'), 'message',
  { recipients: ['old.staff@contoso-mail.test'], reason: 'suspend' }],
  ['microsoft: tenant over its threshold is a rate', postfixNotice('sales@contoso-mail.test', 'contoso-mail-test.mail.protection.outlook.com', '550 5.7.705 Access denied, tenant has exceeded threshold', 'MAIL FROM', '5.7.705'), 'message',
  { recipients: ['sales@contoso-mail.test'], reason: 'speeding' }],
  ['microsoft: submission quota is the sender\'s rate, not a full mailbox', postfixNotice('desk@contoso-mail.test', 'contoso-mail-test.mail.protection.outlook.com', '554 5.2.2 Submission quota exceeded', 'DATA', '5.2.2'), 'message',
  { recipients: ['desk@contoso-mail.test'], reason: 'speeding' }],
  ['microsoft: hop count exceeded is a loop', postfixNotice('loop@contoso-mail.test', 'contoso-mail-test.mail.protection.outlook.com', '554 5.4.14 Hop count exceeded - possible mail loop ATTR34', 'end of DATA', '5.4.14'), 'message',
  { recipients: ['loop@contoso-mail.test'], reason: 'networkerror' }],
  ['microsoft: spam abuse detected bans the sending account', postfixNotice('ceo@contoso-mail.test', 'contoso-mail-test.mail.protection.outlook.com', '550 5.7.501 Access denied, spam abuse detected', 'MAIL FROM', '5.7.501'), 'message',
  { recipients: ['ceo@contoso-mail.test'], reason: 'rejected' }],

  // ---- Google as the receiving side: its documented replies ------------------------------------
  ['google: sending too fast to one user', postfixNotice('busy.person@gmail.com', 'gmail-smtp-in.l.google.com', '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. - gsmtp', 'RCPT TO', '4.2.1'), 'message',
  { recipients: ['busy.person@gmail.com'], reason: 'speeding', severity: 'soft' }],
  ['google: missing Message-ID is not RFC 5322', postfixNotice('inbox.owner@gmail.com', 'gmail-smtp-in.l.google.com', '550-5.7.1 Messages missing a valid Message-ID: header are not accepted. - gsmtp', 'end of DATA', '5.7.1'), 'message',
  { recipients: ['inbox.owner@gmail.com'], reason: 'notcompliantrfc' }],
  ['google: rate limited for unauthenticated mail', postfixNotice('bulk.reader@gmail.com', 'gmail-smtp-in.l.google.com', '421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp', 'end of DATA', '4.7.26'), 'message',
  { recipients: ['bulk.reader@gmail.com'], reason: 'authfailure' }],
  ['google: inbox out of storage space', postfixNotice('hoarder@gmail.com', 'gmail-smtp-in.l.google.com', '452-4.2.2 The recipient\'s inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp', 'RCPT TO', '4.2.2'), 'message',
  { recipients: ['hoarder@gmail.com'], reason: 'mailboxfull' }],

  // ---- Yahoo, Apple, Orange as the receiving side ---------------------------------------------
  ['yahoo: permanently deferred is the sender refused', postfixNotice('reader@yahoo.com', 'mta6.am0.yahoodns.net', '553 5.7.2 [TSS11] All messages from 203.0.113.40 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', 'MAIL FROM', '5.7.2'), 'message',
  { recipients: ['reader@yahoo.com'], reason: 'rejected' }],
  ['yahoo: max messages per connection', postfixNotice('fan@yahoo.com', 'mta5.am0.yahoodns.net', '421 Max message per connection reached, closing transmission channel', 'DATA', '4.0.0'), 'message',
  { recipients: ['fan@yahoo.com'], reason: 'toomanyconn', severity: 'soft' }],
  ['apple: recipient no longer on server has moved', postfixNotice('gone.away@icloud.com', 'mx01.mail.icloud.com', '550 5.1.6 recipient no longer on server: gone.away@icloud.com', 'RCPT TO', '5.1.6'), 'message',
  { recipients: ['gone.away@icloud.com'], reason: 'hasmoved' }],
  ['apple: excessive volume is a rate', postfixNotice('popular@icloud.com', 'mx02.mail.icloud.com', '421 4.7.1 Messages to popular@icloud.com deferred due to excessive volume. Try again later', 'RCPT TO', '4.7.1'), 'message',
  { recipients: ['popular@icloud.com'], reason: 'speeding' }],
  ['orange: the error number decides (archived mailbox)', postfixNotice('ancien@orange.fr', 'smtp-in.orange.fr', '550 5.2.1 Boite du destinataire archivee. Archived recipient. OFR205_420', 'RCPT TO', '5.2.1'), 'message',
  { recipients: ['ancien@orange.fr'], reason: 'suspend' }],
  ['la poste: the error number decides (overquota)', postfixNotice('plein@laposte.net', 'smtp-in.laposte.net', '552 5.1.1 Boite du destinataire pleine. Recipient overquota. LPN007_417', 'RCPT TO', '5.1.1'), 'message',
  { recipients: ['plein@laposte.net'], reason: 'mailboxfull' }],

  // ---- GoDaddy, Spectrum, Tencent: their numbered and documented refusals ----------------------
  ['godaddy: IB104 is a Spamhaus listing', postfixNotice('owner@shop-on-godaddy.test', 'smtp.secureserver.net', '554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104', 'CONNECT', '5.0.0'), 'message',
  { recipients: ['owner@shop-on-godaddy.test'], reason: 'blocked' }],
  ['godaddy: IB504 is too many messages this hour', postfixNotice('team@shop-on-godaddy.test', 'smtp.secureserver.net', '550 This IP has sent too many messages this hour. IB504', 'MAIL FROM', '5.0.0'), 'message',
  { recipients: ['team@shop-on-godaddy.test'], reason: 'speeding' }],
  ['spectrum: AUP#I-1260 is no IPv6', postfixNotice('user@charter.net', 'mx.charter.net', '550 5.7.1 IPv6 not supported. Connect with IPv4 and try again. AUP#I-1260', 'RCPT TO', '5.7.1'), 'message',
  { recipients: ['user@charter.net'], reason: 'networkerror' }],
  ['spectrum: AUP#I-1310 is too many connections', postfixNotice('user2@charter.net', 'mx.charter.net', '421 4.7.0 Too many concurrent connections from your IP. AUP#I-1310', 'CONNECT', '4.7.0'), 'message',
  { recipients: ['user2@charter.net'], reason: 'toomanyconn' }],
  ['tencent: suspected spam is the sender refused', postfixNotice('pengyou@qq.com', 'mx3.qq.com', '550 Suspected spam. http://service.mail.qq.com/detail/122/71', 'end of DATA', '5.0.0'), 'message',
  { recipients: ['pengyou@qq.com'], reason: 'rejected' }],
  ['tencent: deactivated mailbox', postfixNotice('old.friend@qq.com', 'mx3.qq.com', '550 old.friend@qq.com is a deactivated mailbox', 'RCPT TO', '5.0.0'), 'message',
  { recipients: ['old.friend@qq.com'], reason: 'suspend' }],

  // ---- Cox and Mimecast as the receiving side ---------------------------------------------------
  ['cox: AUP#CXSNDR is the sending domain failing authentication', postfixNotice('neighbor@cox.net', 'cxr.mx.a.cox.net', '550 5.7.1 <neighbor@cox.net> rejected - sender domain failed authentication. AUP#CXSNDR', 'RCPT TO', '5.7.1'), 'message',
  { recipients: ['neighbor@cox.net'], reason: 'authfailure' }],
  ['cox: too many sessions', postfixNotice('family@cox.net', 'cxr.mx.a.cox.net', '421 4.7.0 too many sessions from 203.0.113.70', 'CONNECT', '4.7.0'), 'message',
  { recipients: ['family@cox.net'], reason: 'toomanyconn' }],
  ['mimecast: envelope blocked is a blocked-senders policy', postfixNotice('buyer@firm-behind-mimecast.test', 'eu-smtp-inbound-1.mimecast.com', '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550', 'RCPT TO', '5.0.0'), 'message',
  { recipients: ['buyer@firm-behind-mimecast.test'], reason: 'rejected' }],
  ['mimecast: rejected due to security policies is the virus scanner', postfixNotice('legal@firm-behind-mimecast.test', 'eu-smtp-inbound-2.mimecast.com', '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554', 'end of DATA', '5.0.0'), 'message',
  { recipients: ['legal@firm-behind-mimecast.test'], reason: 'virusdetected' }],

  // ---- Exchange, OpenSMTPD, Courier, EZweb: their own words ----------------------------------------
  ['exchange: RESOLVER.RST.NotAuthorized is the sender refused', exchangeNotice('finance@corp-exchange.test', '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'), 'message',
  { recipients: ['finance@corp-exchange.test'], reason: 'rejected' }],
  ['exchange: RESOLVER.ADR.RecipLimit is too many recipients', exchangeNotice('all-staff@corp-exchange.test', '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients'), 'message',
  { recipients: ['all-staff@corp-exchange.test'], reason: 'toomanyconn' }],
  ['exchange: SMTPSEND.DNS.NonExistentDomain on premises is the domain', exchangeNotice('someone@gone-domain.test', '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'), 'message',
  { recipients: ['someone@gone-domain.test'], reason: 'hostunknown' }],
  ['opensmtpd: envelope expired', opensmtpdNotice('late@far-away.test', 'Envelope expired'), 'message',
  { recipients: ['late@far-away.test'], reason: 'expired' }],
  ['opensmtpd: no MX found', opensmtpdNotice('info@no-mx.test', 'No MX found for domain'), 'message',
  { recipients: ['info@no-mx.test'], reason: 'notaccept' }],
  ['opensmtpd: no route to the remote MX', opensmtpdNotice('ops@unroutable.test', 'No valid route to remote MX'), 'message',
  { recipients: ['ops@unroutable.test'], reason: 'networkerror' }],
  ['courier: no such domain', courierNotice('who@nowhere-at-all.test', 'No such domain.'), 'message',
  { recipients: ['who@nowhere-at-all.test'], reason: 'hostunknown' }],
  ['courier: DNS violating RFC 1035', courierNotice('who@broken-dns.test', 'This domain\'s DNS violates RFC 1035.'), 'message',
  { recipients: ['who@broken-dns.test'], reason: 'systemerror' }],

  ['ezweb: account disabled is a suspended line', eml({ From: 'Postmaster@ezweb.ne.jp', To: 'clerk@origin.test', Subject: 'Mail System Error - Returned Mail' }, `The user(s) account is disabled.

<keitai.user@ezweb.ne.jp>
`), 'message', { recipients: ['keitai.user@ezweb.ne.jp'], reason: 'suspend' }],
  ['ezweb: X-SPASIGN NG is its filter', eml({ From: 'Postmaster@ezweb.ne.jp', To: 'clerk@origin.test', Subject: 'Mail System Error - Returned Mail', 'X-SPASIGN': 'NG' }, `Each of the following recipients was rejected by a remote
mail server.

    Recipient: <keitai.other@ezweb.ne.jp>
    >>> RCPT TO:<keitai.other@ezweb.ne.jp>
    <<< 550 <keitai.other@ezweb.ne.jp>: User unknown
`), 'message', { recipients: ['keitai.other@ezweb.ne.jp'], reason: 'filtered' }],

  // ---- AOL's Postfix relays and Mail.Ru's Exim ----------------------------------------------------
  ['aol relay: MX lookup with a malformed reply is a domain that takes no mail', eml({ From: 'MAILER-DAEMON@AOL.com (Mail Delivery System)', To: 'clerk@aol.com', Subject: 'Undelivered Mail Returned to Sender', 'X-AOL-IP': '10.72.101.9' }, `${postfixIntro('omr-m05.mx.aol.com')}
<pal@broken-zone.test>: Name service error for name=broken-zone.test type=MX:
    Malformed or unexpected name server reply
`), 'message', { recipients: ['pal@broken-zone.test'], reason: 'notaccept' }],
  ['mail.ru: refused at MAIL FROM is the sender refused', eml({ From: 'Mail Delivery System <mailer-daemon@corp.mail.ru>', To: 'clerk@mail.ru', Subject: 'Mail delivery failed: returning message to sender', 'X-Failed-Recipients': 'drug@far-away.test' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  drug@far-away.test
    SMTP error from remote mail server after MAIL FROM:<clerk@mail.ru> SIZE=2210:
    host mx.far-away.test [198.51.100.61]: 553 5.7.1 Message refused

------ This is a copy of the message, including all the headers. ------
`), 'message', { recipients: ['drug@far-away.test'], reason: 'rejected' }],

  // ---- KDDI, BIGLOBE, GMX, 1&1: their own sentences ------------------------------------------------
  ['kddi: remote domain does not exist', eml({ From: 'no-reply@app.auone-net.jp', To: 'clerk@origin.test', Subject: 'メールエラー通知', 'Reply-To': 'no-reply@app.auone-net.jp' }, `Your mail sent on: Wed, 12 Mar 2025 22:03:21 +0900
    Could not be delivered to: <kenji@no-such-zone.test>
    As the remote domain doesnt exist.
`), 'message', { recipients: ['kenji@no-such-zone.test'], reason: 'hostunknown' }],
  ['biglobe: its filter says user unknown', eml({ From: 'postmaster@biglobe.ne.jp', To: 'clerk@biglobe.ne.jp', Subject: 'Returned mail: Delivery failed' }, `   ----- The following addresses had delivery problems -----
yuki@dest.biglobe.ne.jp

   ----- Non-delivered information -----
Mail Delivery Failed... User unknown
`), 'message', { recipients: ['yuki@dest.biglobe.ne.jp'], reason: 'filtered' }],
  ['gmx: delivery retry timeout exceeded', eml({ From: 'Mail Delivery System <mailer-daemon@gmx.net>', To: 'clerk@gmx.net', Subject: 'Mail delivery failed: returning message to sender', 'X-GMX-Antispam': '0 (Mail was not recognized as spam)' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address
failed:

"hans@slow-host.test":

Reason:
delivery retry timeout exceeded

--- The header of the original message is following. ---
`), 'message', { recipients: ['hans@slow-host.test'], reason: 'expired' }],
  ['1&1: mail size limit exceeded', eml({ From: '"Mail Delivery System" <mailer-daemon@kundenserver.de>', To: 'clerk@origin.test', Subject: 'Mail delivery failed: returning message to sender' }, `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address
failed:

general@small-box.test

For the following reason:

Mail size limit exceeded. For explanation visit
http://postmaster.1and1.com/en/error-messages?ip=%1s

--- The header of the original message is following. ---
`), 'message', { recipients: ['general@small-box.test'], reason: 'mesgtoobig' }],

  ['zoho: host not reachable after its retries', eml({ From: 'mailer-daemon@mail.zoho.com', To: 'clerk@zoho-user.test', Subject: 'Undelivered Mail Returned to Sender', 'X-ZohoMail': 'Si CHF_MF_NL SS_10 UW48 UB48' }, `This message was created automatically by mail delivery software.
A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.

shop@down-host.test Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.
`), 'message', { recipients: ['shop@down-host.test'], reason: 'expired' }],

  // ---- i.ua and NTT docomo ------------------------------------------------------------------------
  ['i.ua: error number 4 is a full mailbox', postfixNotice('olena@i.ua', 'mx.i.ua', '550 Mailbox is full. See http://mail.i.ua/err/4/', 'RCPT TO', '5.0.0'), 'message',
  { recipients: ['olena@i.ua'], reason: 'mailboxfull' }],
  ['i.ua: error number 9 is a blacklisted sending IP', postfixNotice('taras@i.ua', 'mx.i.ua', '550 Your IP is blacklisted. See http://mail.i.ua/err/9/', 'MAIL FROM', '5.0.0'), 'message',
  { recipients: ['taras@i.ua'], reason: 'blocked' }],
  ['docomo: too much mail data is a full mailbox', postfixNotice('keitai@docomo.ne.jp', 'mfsmax.docomo.ne.jp', '552 Too much mail data', 'end of DATA', '5.0.0'), 'message',
  { recipients: ['keitai@docomo.ne.jp'], reason: 'mailboxfull' }],
  ['docomo: unknown user answered to RCPT is a missing mailbox', postfixNotice('nobody@docomo.ne.jp', 'mfsmax.docomo.ne.jp', '550 Unknown user nobody@docomo.ne.jp', 'RCPT TO', '5.0.0'), 'message',
  { recipients: ['nobody@docomo.ne.jp'], reason: 'userunknown' }],
];

describe('per-format facts', () => {
  it.each(rows)('%s', async (name, input, mode, want) => {
    const v = await classify(input, { mode });
    expect(differences(v, want), name).toEqual([]);
  });
});

/** The status code alone, when the server's words say nothing a rule knows. */
describe('status codes read as their registry meaning', () => {
  const decide = (status: string, diagnostic = 'delivery refused', action = 'failed') =>
    decideReason({ diagnostic, context: '', status, reply: '', action, remoteHost: '' }).reason;
  it.each([
    ['5.1.4', 'filtered'], ['5.2.4', 'filtered'], ['4.2.1', 'blocked'], ['4.3.2', 'notaccept'], ['4.4.5', 'systemfull'],
    ['5.5.3', 'toomanyconn'], ['5.5.4', 'systemerror'], ['5.6.9', 'contenterror'], ['5.7.16', 'mesgtoobig'],
    ['5.7.17', 'hasmoved'], ['5.7.28', 'spamdetected'], ['4.7.25', 'requireptr'], ['4.1.8', 'rejected'],
  ] as const)('%s -> %s', (status, reason) => {
    expect(decide(status)).toBe(reason);
  });
  it.each([['5.7.1', 'securityerror'], ['5.7.0', 'securityerror'], ['4.7.0', 'securityerror'], ['5.6.4', 'contenterror']] as const)(
    '%s with words no rule knows falls to its class: %s', (status, reason) => {
      expect(decide(status, '550 Nope')).toBe(reason);
    });
  it('spam words answered before DATA that also refuse the host are a host refused', () => {
    const d = (command: SmtpCommand) => decideReason({ diagnostic: '554 Message rejected as spam: your IP is on our list', context: '', status: '5.0.0', reply: '554', action: 'failed', remoteHost: '', command }).reason;
    expect(d('RCPT')).toBe('blocked');
    expect(d('DATA')).toBe('spamdetected');
  });
  it('words that name the cause beat a network-trouble code', () => {
    expect(decide('4.4.2', '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>')).toBe('expired');
  });
});

