/**
 * Text-only bounce bodies, as some parsers' corpora keep them (a Node bounce parser's fixtures hold
 * about a hundred: the readable body only, no header at all, no delivery-status part): Postfix's
 * bounce(5) text around one remote reply, Exchange Online / Office 365 reports in English and
 * Dutch, Gmail's "Delivery incomplete", Exim, Symantec Email Security.cloud and a relay's "The
 * following message to <a@b> was undeliverable". Every row is written here with addresses, hosts,
 * ids and wording variants of its own; none is a copy of a fixture. Classified as pasted text
 * (mode 'text'), some also as a webmail shows them (From and Subject lines first).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { differences, postfixIntro, type Row } from './support/notices.js';

/** Postfix's report of one recipient, headerless: its wrapper text, then the remote reply as wrapped. */
const pf = (said: string, host = 'out3.bulk-sender.example') => `${postfixIntro(host)}\n${said}\n`;

/** As a webmail shows a Postfix notice: From and Subject lines, a blank line, the body. */
const pfShown = (said: string) => `From: Mail Delivery System <MAILER-DAEMON@out3.bulk-sender.example>\nSubject: Undelivered Mail Returned to Sender\n\n${pf(said)}`;

/**
 * As text copied from a webmail's page comes: each run of spaces (an indent, the gap after a
 * colon) written as no-break spaces, as HTML keeps them (&nbsp;).
 */
const copied = (text: string) => text.replace(/ {2,}|(?<=:) /g, (run) => '\u00a0'.repeat(run.length));

const hard = { kind: 'bounce', severity: 'hard' } as const;
const soft = { kind: 'bounce', severity: 'soft' } as const;
const unknown = { ...hard, reason: 'userunknown', category: 'bad-mailbox' } as const;

const rows: Row[] = [
  // ---- Postfix: the address does not exist --------------------------------------------------
  ['postfix: Gmail NoSuchUser, reply continued over "550-5.1.1" lines', pf(`<ines.w@gmail.com>: host gmail-smtp-in.l.google.com[142.250.110.27] said: 550-5.1.1
    The email account that you tried to reach does not exist. Please try
    550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser
    a7-20020a170906aaaa00b00a1b2c3d4e5si1234567ejb.101 - gsmtp (in reply to
    RCPT TO command)`), 'text', { ...unknown, recipients: ['ines.w@gmail.com'], status: '5.1.1' }],

  ['postfix: Gmail NoSuchUser, shown with From and Subject', pfShown(`<otto.b@gmail.com>: host alt3.gmail-smtp-in.l.google.com[142.250.4.26]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser
    b8-20020a05aaaa.55 - gsmtp (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['otto.b@gmail.com'], status: '5.1.1' }],

  ['postfix: a relay passing on a Dovecot LMTP "User doesn\'t exist"', pf(`<sales@kiosk-t1.example>: host mx.kiosk-t1.example[198.51.100.44] said: 550
    5.1.1 <sales@kiosk-t1.example>: Recipient address rejected: undeliverable
    address: host store.kiosk-t1.example[private/dovecot-lmtp] said: 550 5.1.1
    <sales@kiosk-t1.example> User doesn't exist: sales@kiosk-t1.example (in
    reply to RCPT TO command) (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['sales@kiosk-t1.example'], status: '5.1.1' }],

  ['postfix: a relay passing on cPanel\'s "No Such User Here" under 554 5.1.1', pf(`<hello@studio-t2.example>: host filter1.relay-t2.example[192.0.2.232]
    said: 554 5.1.1 <hello@studio-t2.example>: Recipient address rejected:
    undeliverable address: host server12.webhost-t2.example[192.0.2.214] said:
    550 No Such User Here (in reply to RCPT TO command) (in reply to RCPT TO
    command)`), 'text', { ...unknown, recipients: ['hello@studio-t2.example'], status: '5.1.1' }],

  ['postfix: Cloudflare Email Routing "Address does not exist"', pf(`<alias@parked-t3.example>: host route3.mx.cloudflare.net[198.51.100.82] said:
    550 5.1.1 Address does not exist. Zq81LmNopQ2 (in reply to RCPT TO
    command)`), 'text', { ...unknown, recipients: ['alias@parked-t3.example'], status: '5.1.1' }],

  ['postfix: "User unknown in local recipient table" wrapped after "User"', pf(`<r.ortiz@muni-t4.example>: host correo.muni-t4.example[203.0.113.7] said:
    550 5.1.1 <r.ortiz@muni-t4.example>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['r.ortiz@muni-t4.example'], status: '5.1.1' }],

  ['postfix: "Recipient address rejected:" followed only by a domain, 5.1.1', pf(`<buyer@agro-t5.example>: host mail.agro-t5.example[203.0.113.203] said: 550
    5.1.1 <buyer@agro-t5.example>: Recipient address rejected: agro-t5.example
    (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['buyer@agro-t5.example'], status: '5.1.1' }],

  ['postfix: Amazon SES inbound "mailbox unavailable" with 5.1.1', pf(`<desk@helpapp-t6.example>: host
    inbound-smtp.eu-west-1.amazonaws.com[198.51.100.161] said: 550 5.1.1
    Requested action not taken: mailbox unavailable (in reply to RCPT TO
    command)`), 'text', { ...unknown, recipients: ['desk@helpapp-t6.example'], status: '5.1.1' }],

  ['postfix: Outlook.com "mailbox unavailable (S2017062302)" under 5.5.0', pf(`<kim.dale@outlook.com>: host
    outlook-com.olc.protection.outlook.com[52.101.8.33] said: 550 5.5.0
    Requested action not taken: mailbox unavailable (S2017062302). (in reply to
    RCPT TO command)`), 'text', { ...unknown, recipients: ['kim.dale@outlook.com'], status: '5.5.0' }],

  ['postfix: mail.com "mailbox unavailable" with no enhanced code', pf(`<tolga.e@mail.com>: host mx01.mail.com[198.51.100.2] said: 550 Requested
    action not taken: mailbox unavailable (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['tolga.e@mail.com'] }],

  ['postfix: "mailbox <address> unavailable" followed by garbled bytes', pf(`<lin.h@webmail-t7.example>: host mx1.webmail-t7.example[203.0.113.89] said: 550
    mailbox lin.h@webmail-t7.example unavailable (???\u00e4\u00b2\u00bb???) (in reply to
    RCPT TO command)`), 'text', { ...unknown, recipients: ['lin.h@webmail-t7.example'] }],

  ['postfix: NetEase "User not found: <address>" with no enhanced code', pf(`<mei1988@163.com>: host 163mx03.mxmail.netease.com[192.0.2.35] said: 550
    User not found: mei1988@163.com (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['mei1988@163.com'] }],

  ['postfix: China Mobile "<id> User not found:<address>"', pf(`<qiang77@139.com>: host mx2.mail.139.com[192.0.2.11] said: 550
    3a9d71c0e4b2f81-b7c20 User not found:qiang77@139.com (in reply to RCPT TO
    command)`), 'text', { ...unknown, recipients: ['qiang77@139.com'] }],

  ['postfix: "550 invalid recipient"', pf(`<anon7@privbox-t8.example>: host mx2.privbox-t8.example[192.0.2.116] said:
    550 invalid recipient (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['anon7@privbox-t8.example'] }],

  ['postfix: "550 invalid mailbox (call fwd)"', pf(`<catchme@forward-t9.example>: host mx.mailanyone.net[192.0.2.5] said: 550
    invalid mailbox (call fwd) (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['catchme@forward-t9.example'] }],

  ['postfix: GoDaddy "Recipient not found." with a help link', pf(`<orders@candles-u1.example>: host smtp.secureserver.net[192.0.2.12] said:
    550 5.1.1 <orders@candles-u1.example> Recipient not found.
    <https://www.secureserver.net/help/fix-rejected-email-with-a-bounce-error-40685?pl_id=1>
    (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['orders@candles-u1.example'], status: '5.1.1' }],

  ['postfix: "550 No Such User Here"', pf(`<pablo@taller-u2.example>: host
    mail.taller-u2.example[192.0.2.96] said: 550 No Such User Here (in
    reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['pablo@taller-u2.example'] }],

  ['postfix: "550 No such recipient here"', pf(`<office@dune-u3.example>: host mail.dune-u3.example[192.0.2.155] said: 550
    No such recipient here (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['office@dune-u3.example'] }],

  ['postfix: "no mailbox by that name is currently available"', pf(`<thiha@golden-u4.example>: host mx.relayhost-u4.example[192.0.2.161] said: 550 no
    mailbox by that name is currently available (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['thiha@golden-u4.example'] }],

  ['postfix: Mailgun "550 5.0.1 Recipient rejected"', pf(`<dmarc-rua@reports-u5.example>: host mxa.mailgun.org[192.0.2.25] said:
    550 5.0.1 Recipient rejected (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['dmarc-rua@reports-u5.example'], status: '5.0.1' }],

  ['postfix: Cisco Secure Email "550 #5.1.0 Address rejected."', pf(`<compras@fabrica-u6.example>: host mx2.hc9876-54.iphmx.com[192.0.2.149] said:
    550 #5.1.0 Address rejected. (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['compras@fabrica-u6.example'], status: '5.1.0' }],

  ['postfix: Proton "Address is not configured to receive emails"', pf(`<nora.v@protonmail.com>: host mailsec.protonmail.ch[192.0.2.183]
    said: 550 5.1.1 <nora.v@protonmail.com>: Recipient address
    rejected: Address is not configured to receive emails (in reply to RCPT TO
    command)`), 'text', { ...unknown, recipients: ['nora.v@protonmail.com'], status: '5.1.1' }],

  ['postfix: Orange bilingual "destinataire invalide. Invalid recipient." OFR_416', pf(`<lucie.m@orange.fr>: host smtp-in.orange.fr[192.0.2.24] said: 550 5.1.1
    8HfFsDtIeBhOg Adresse d au moins un destinataire invalide. Invalid
    recipient. OFR_416 [416] (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['lucie.m@orange.fr'], status: '5.1.1' }],

  ['postfix: iCloud "<address>: user does not exist"', pf(`<noah.p@icloud.com>: host mx02.mail.icloud.com[192.0.2.4] said: 550
    5.1.1 <noah.p@icloud.com>: user does not exist (in reply to RCPT TO
    command)`), 'text', { ...unknown, recipients: ['noah.p@icloud.com'], status: '5.1.1' }],

  ['postfix: Zoho "<address> User unknown"', pf(`<admin@ledger-u7.example>: host mx.zoho.com[192.0.2.45] said: 550 5.1.1
    <admin@ledger-u7.example> User unknown (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['admin@ledger-u7.example'], status: '5.1.1' }],

  ['postfix: "user ... does not exist" refused under 554 5.7.1', pf(`<contact@harbor-u8.example>: host
    mx.harbor-u8.example.cust.b.hostedemail.com[192.0.2.5] said: 554 5.7.1
    <contact@harbor-u8.example>: Recipient address rejected: user
    contact@harbor-u8.example does not exist (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['contact@harbor-u8.example'], status: '5.7.1' }],

  ['postfix: Exchange Online directory-based blocking, 5.4.1 Access denied', pf(`<grace.l@college-u9.example>: host
    college-u9-example.mail.protection.outlook.com[52.101.68.3] said: 550 5.4.1
    Recipient address rejected: Access denied.
    [DB1PEPF000509EA.eurprd03.prod.outlook.com 2024-06-11T08:00:00.000Z
    08DC8A1B2C3D4E5F] (in reply to RCPT TO command)`), 'text', { ...unknown, recipients: ['grace.l@college-u9.example'], status: '5.4.1' }],

  // ---- Postfix: the mailbox is disabled or full ----------------------------------------------
  ['postfix: Gmail DisabledUser 5.2.1 "is inactive"', pf(`<theo.r@gmail.com>: host aspmx.l.google.com[142.250.102.27] said: 550-5.2.1 The
    email account that you tried to reach is inactive. For more information, go to 550 5.2.1
    https://support.google.com/mail/?p=DisabledUser
    9-20020a50aaaa000000b00c1d2e3f4a5si1234567edx.7 - gsmtp (in reply to RCPT
    TO command)`), 'text', { kind: 'bounce', recipients: ['theo.r@gmail.com'], status: '5.2.1', reason: 'suspend', category: 'inactive-mailbox' }],

  ['postfix: Mail.ru "invalid mailbox ... account is disabled" after DATA', pf(`<oleg.t@mail.ru>: host mxs.mail.ru[192.0.2.14] said: 550 Message was not
    accepted -- invalid mailbox.  Local mailbox oleg.t@mail.ru is
    unavailable: account is disabled (in reply to end of DATA command)`), 'text', { kind: 'bounce', recipients: ['oleg.t@mail.ru'], reason: 'suspend', category: 'inactive-mailbox' }],

  ['postfix: Gmail OverQuotaPerm 552 5.2.2 "out of storage space and inactive"', pf(`<lara.n@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.26] said:
    552-5.2.2 The recipient's inbox is out of storage space and inactive.
    Please 552-5.2.2 direct the recipient to 552 5.2.2
    https://support.google.com/mail/?p=OverQuotaPerm
    c3-20020a17aaaa.12 - gsmtp (in reply to
    RCPT TO command)`), 'text', { ...soft, recipients: ['lara.n@gmail.com'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['postfix: Gmail OverQuotaTemp 452 4.2.2, still retried', pf(`<yusuf.a@gmail.com>: host alt2.gmail-smtp-in.l.google.com[142.250.9.27]
    said: 452-4.2.2 The recipient's inbox is out of storage space. Please
    direct the 452-4.2.2 recipient to 452 4.2.2
    https://support.google.com/mail/?p=OverQuotaTemp
    d4-20020a50aaaa.9 - gsmtp (in reply to RCPT
    TO command)`), 'text', { ...soft, recipients: ['yusuf.a@gmail.com'], status: '4.2.2', reason: 'mailboxfull', category: 'quota-issues', action: 'delayed' }],

  ['postfix: iCloud "user is over quota" 552 5.2.2', pf(`<mila.s@icloud.com>: host mx03.mail.icloud.com[192.0.2.6] said: 552 5.2.2
    <mila.s@icloud.com>: user is over quota (in reply to RCPT TO command)`), 'text', { ...soft, recipients: ['mila.s@icloud.com'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['postfix: Proton "Mailbox quota exceeded" wrapped after "rejected:"', pf(`<evan.c@protonmail.com>: host mail.protonmail.ch[192.0.2.184] said:
    552 5.2.2 <evan.c@protonmail.com>: Recipient address rejected:
    Mailbox quota exceeded (in reply to RCPT TO command)`), 'text', { ...soft, recipients: ['evan.c@protonmail.com'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['postfix: "Mailbox is full / Blocks limit exceeded / Inode limit exceeded"', pf(`<ana.r@shopcart-v1.example>: host mail.shopcart-v1.example[192.0.2.112] said: 550 Mailbox
    is full / Blocks limit exceeded / Inode limit exceeded (in reply to RCPT TO
    command)`), 'text', { ...soft, recipients: ['ana.r@shopcart-v1.example'], reason: 'mailboxfull', category: 'quota-issues' }],

  // ---- Postfix: the sender, its IP or its content refused ------------------------------------
  ['postfix: Gmail DMARC 5.7.26, code repeated mid-sentence', pf(`<pia.k@clinic-v2.example>: host aspmx.l.google.com[142.250.102.27] said:
    550-5.7.26 Unauthenticated email from bulk-sender.example is not accepted due to
    domain's 550-5.7.26 DMARC policy. Please contact the administrator of
    bulk-sender.example domain 550-5.7.26 if this was a legitimate mail. Please visit
    550-5.7.26  https://support.google.com/mail/answer/2451690 to learn about
    the 550 5.7.26 DMARC initiative.
    e5-20020a170906aaaa.756 - gsmtp (in reply to
    end of DATA command)`), 'text', { ...soft, recipients: ['pia.k@clinic-v2.example'], status: '5.7.26', reason: 'authfailure', category: 'invalid-sender' }],

  ['postfix: Gmail low sending-domain reputation, 550-5.7.1', pf(`<felix.d@gmail.com>: host
    gmail-smtp-in.l.google.com[142.250.102.26] said: 550-5.7.1 [198.51.100.181
    19] Gmail has detected that this message is likely 550-5.7.1 suspicious due
    to the very low reputation of the sending domain. To 550-5.7.1 best protect
    our users from spam, the message has been blocked. 550-5.7.1 Please visit
    550 5.7.1  https://support.google.com/mail/answer/188131 for more
    information. f6-20020a05640aaaa.356 - gsmtp (in
    reply to end of DATA command)`), 'text', { ...soft, recipients: ['felix.d@gmail.com'], status: '5.7.1', reason: 'badreputation', category: 'spam-related' }],

  ['postfix: Gmail "likely unsolicited mail", 550-5.7.1', pf(`<ruth.m@clinic-v3.example>: host aspmx.l.google.com[142.250.102.26] said: 550-5.7.1
    [198.51.100.58      12] Gmail has detected that this message is likely
    550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail,
    this 550-5.7.1 message has been blocked. For more information, go to 550
    5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError
    g7-20020a1709070aaaa.893 - gsmtp (in reply to end of DATA command)`), 'text', { ...soft, recipients: ['ruth.m@clinic-v3.example'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: Outlook.com S3140 "part of their network is on our block list"', pf(`<lucas.b@hotmail.com>: host
    hotmail-com.olc.protection.outlook.com[52.101.40.29] said: 550 5.7.1
    Unfortunately, messages from [198.51.100.204] weren't sent. Please contact
    your Internet service provider since part of their network is on our block
    list (S3140). You can also refer your provider to
    http://mail.live.com/mail/troubleshooting.aspx#errors.
    [BL02EPF0001A0FC.namprd03.prod.outlook.com
    2024-06-11T08:00:00.001Z 08DC8A1B2C3D4E60] (in reply to MAIL FROM command)`), 'text', { ...soft, recipients: ['lucas.b@hotmail.com'], status: '5.7.1', reason: 'blocked', category: 'spam-related' }],

  ['postfix: SFR "rejected per SPAM policy"', pf(`<paul.g@sfr.fr>: host smtp-in.sfr.fr[192.0.2.157] said: 550 5.7.1 Email
    5TcoeF64Rp3aMLd rejected per SPAM policy (in reply to end of DATA
    command)`), 'text', { ...soft, recipients: ['paul.g@sfr.fr'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: Proton "Rejected by spam filter"', pf(`<ola@fjord-v4.example>: host mail.protonmail.ch[192.0.2.185] said: 550 5.7.1
    Rejected by spam filter (in reply to end of DATA command)`), 'text', { ...soft, recipients: ['ola@fjord-v4.example'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: a quoted "detected your message as spam"', pf(`<bob@ports-v5.example>: host mail.ports-v5.example[192.0.2.87] said: 550 "The
    mail server detected your message as spam and has prevented delivery." (in
    reply to end of DATA command)`), 'text', { ...soft, recipients: ['bob@ports-v5.example'], reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: "Rejected due to high probability of spam" 554 5.7.1', pf(`<agent@autos-v6.example>: host mx4.privatemail-v6.example[192.0.2.241] said: 554
    5.7.1 Rejected due to high probability of spam (in reply to end of DATA
    command)`), 'text', { ...soft, recipients: ['agent@autos-v6.example'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: Locaweb "Spam message rejected"', pf(`<diretoria@obra-v7.example>: host mx.core.locaweb.com.br[192.0.2.215] said:
    554 5.7.1 Spam message rejected (in reply to end of DATA command)`), 'text', { ...soft, recipients: ['diretoria@obra-v7.example'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: Zoho "Email flagged as Spam" at RCPT', pf(`<ayuda@tienda-v8.example>: host mx.zoho.com[192.0.2.46] said: 554 5.7.1 Email
    cannot be delivered. Reason: Email flagged as Spam.  (in reply to RCPT TO
    command)`), 'text', { ...soft, recipients: ['ayuda@tienda-v8.example'], status: '5.7.1', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: iCloud "[CS01] Message rejected due to local policy"', pf(`<zoe.f@icloud.com>: host mx01.mail.icloud.com[192.0.2.44] said: 554
    5.7.1 [CS01] Message rejected due to local policy. Please visit
    https://support.apple.com/en-us/HT204137 (in reply to end of DATA command)`), 'text', { ...soft, recipients: ['zoe.f@icloud.com'], status: '5.7.1', reason: 'policyviolation', category: 'policy-related' }],

  ['postfix: Zoho "MailPolicy violation" under 554 5.2.3', pf(`<billing@datasafe-v9.example>: host mx2.zoho.eu[192.0.2.167] said: 554 5.2.3
    MailPolicy violation Error delivering to mailboxes (in reply to end of DATA
    command)`), 'text', { ...soft, recipients: ['billing@datasafe-v9.example'], status: '5.2.3', category: 'policy-related' }],

  ['postfix: OVH Exchange SenderFilterAgent after DATA', pf(`<hugo@aeolia-w1.example>: host mxplan5.mail.ovh.net[192.0.2.63]
    said: 554 5.7.105 SenderFilterAgent; Sender denied as sender's email
    address is on SenderFilterConfig list (in reply to end of DATA command)`, 'out12.mail.ovh.net'), 'text', { ...soft, recipients: ['hugo@aeolia-w1.example'], status: '5.7.105', reason: 'rejected', category: 'invalid-sender' }],

  ['postfix: Orange "Mail rejete. Mail rejected." OFR_506 under 5.2.0', pf(`<marc.d@orange.fr>: host smtp-in.orange.fr[192.0.2.24] said: 550
    5.2.0 9JgHtEuKfCpPh Mail rejete. Mail rejected. OFR_506 [506] (in reply to
    end of DATA command)`), 'text', { ...soft, recipients: ['marc.d@orange.fr'], status: '5.2.0', reason: 'spamdetected', category: 'spam-related' }],

  ['postfix: La Poste "Service refuse ... service refused, please try later"', pf(`<accueil@laposte.net>: host smtpz4.laposte.net[192.0.2.67] said: 550 5.7.1
    Service refuse. Veuillez essayer plus tard. service refused, please try
    later. LPN007_510 (in reply to end of DATA command)`), 'text', { ...soft, recipients: ['accueil@laposte.net'], status: '5.7.1', reason: 'blocked', category: 'spam-related' }],

  ['postfix: Yahoo "unresolvable RFC.5321 from domain", 451 with no enhanced code', pf(`<sara.o@yahoo.com>: host mta7.am0.yahoodns.net[192.0.2.20] said:
    451 Message temporarily deferred due to unresolvable RFC.5321 from domain;
    see https://postmaster.yahooinc.com/error-codes (in reply to end of DATA
    command)`), 'text', { ...soft, recipients: ['sara.o@yahoo.com'], reason: 'rejected', category: 'invalid-sender' }],

  // ---- Postfix: rate limits, reputation, connections ----------------------------------------
  ['postfix: Gmail ReceivingRate 450-4.2.1', pf(`<dev.ops@gmail.com>: host alt1.gmail-smtp-in.l.google.com[142.250.9.63] said:
    450-4.2.1 The user you are trying to contact is receiving mail at a rate
    that 450-4.2.1 prevents additional messages from being delivered. Please
    resend your 450-4.2.1 message at a later time. If the user is able to
    receive mail at that 450-4.2.1 time, your message will be delivered. For
    more information, please 450-4.2.1 visit 450 4.2.1
    https://support.google.com/mail/?p=ReceivingRate
    h8-20020a0564aaaa.614 - gsmtp (in reply to
    RCPT TO command)`), 'text', { ...soft, recipients: ['dev.ops@gmail.com'], status: '4.2.1', reason: 'speeding', action: 'delayed' }],

  ['postfix: Yahoo "User is receiving mail too quickly" 450', pf(`<kai.w@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.28] said: 450 User is
    receiving mail too quickly tnmpmscs (in reply to RCPT TO command)`), 'text', { ...soft, recipients: ['kai.w@yahoo.com'], reason: 'speeding' }],

  ['postfix: Rackspace "too many messages from a new or untrusted IP" 451 4.7.1', pf(`<info@bistro-w2.example>: host mx1.emailsrvr.com[192.0.2.3] said: 451 4.7.1
    Received too many messages from a new or untrusted IP: 198.51.100.61
    (Z27/6DC2420) (G28) (in reply to RCPT TO command)`), 'text', { ...soft, recipients: ['info@bistro-w2.example'], status: '4.7.1', reason: 'speeding', action: 'delayed' }],

  ['postfix: Outlook.com 451 4.7.650 rate limited due to IP reputation', pf(`<amy.t@outlook.com>: host
    outlook-com.olc.protection.outlook.com[52.101.40.30] said: 451 4.7.650 The
    mail server [198.51.100.16] has been temporarily rate limited due to IP
    reputation. For e-mail delivery information, see
    https://postmaster.live.com (S843) (in reply to RCPT TO command)`), 'text', { ...soft, recipients: ['amy.t@outlook.com'], status: '4.7.650', reason: 'badreputation', category: 'spam-related', action: 'delayed' }],

  ['postfix: Exchange Online 451 4.7.500 "Server busy. Please try again later"', pf(`<hr@firma-w3.example>: host
    firma-w3-example.mail.protection.outlook.com[52.101.73.63] said: 451 4.7.500
    Server busy. Please try again later from [198.51.100.16]. (S77714)
    [FR2P281CA0001.DEUP281.PROD.OUTLOOK.COM
    2024-06-11T18:53:22.058Z 08DC8A1B2C3D4E61] (in reply to end of DATA
    command)`), 'text', { ...soft, recipients: ['hr@firma-w3.example'], status: '4.7.500', action: 'delayed' }],

  ['postfix: Gmail 421-4.7.28 unusual rate of unsolicited mail', pf(`<nils.a@gmail.com>: host alt4.gmail-smtp-in.l.google.com[142.250.9.28]
    said: 421-4.7.28 Gmail has detected an unusual rate of unsolicited mail
    originating 421-4.7.28 from your SPF domain [bulk-sender.example
    15]. To protect 421-4.7.28 our users from spam, mail sent from your domain
    has been temporarily 421-4.7.28 rate limited. For more information, go to 421 4.7.28
    https://support.google.com/mail/?p=UnsolicitedRateLimitError
    i9-20020a508aaa.153 - gsmtp (in reply to
    end of DATA command)`), 'text', { ...soft, recipients: ['nils.a@gmail.com'], status: '4.7.28', category: 'spam-related', action: 'delayed' }],

  ['postfix: Orange greeting "Trop de connexions ... Too many connections, slow down"', pf(`<jules.p@orange.fr>: host smtp-in.orange.fr[192.0.2.25] refused to talk to
    me: 421 mwinf5c12 smtp.orange.fr 7c0aXbYz Trop de connexions,
    veuillez verifier votre configuration. Too many connections, slow down.
    OFR005_104 [104]`), 'text', { ...soft, recipients: ['jules.p@orange.fr'], reason: 'toomanyconn', category: 'bad-connection' }],

  ['postfix: greeting refused with 421 4.4.2 "timeout exceeded"', pf(`<vera.k@slowmx-w4.example>: host mx.slowmx-w4.example[192.0.2.202] refused to talk to
    me: 421 4.4.2 mx.slowmx-w4.example Error: timeout exceeded`), 'text', { ...soft, recipients: ['vera.k@slowmx-w4.example'], status: '4.4.2', action: 'delayed' }],

  // Refused after DATA with words about the address: a filter speaking (as Sisimai reads it), so
  // only the recipient and the kind are asserted.
  ['postfix: Mail.ru "invalid mailbox ... user not found" after DATA', pf(`<gleb.m@mail.ru>: host emx.mail.ru[192.0.2.109] said: 550 Message was
    not accepted -- invalid mailbox.  Local mailbox gleb.m@mail.ru is
    unavailable: user not found (in reply to end of DATA command)`), 'text', { kind: 'bounce', recipients: ['gleb.m@mail.ru'] }],
  ['postfix: Yahoo "552 1 Requested mail action aborted, mailbox not found" after DATA', pf(`<tara+news@yahoo.com>: host
    mta6.am0.yahoodns.net[192.0.2.29] said: 552 1 Requested mail action
    aborted, mailbox not found (in reply to end of DATA command)`), 'text', { kind: 'bounce', recipients: ['tara+news@yahoo.com'] }],
  ['postfix: Tencent "Mailbox unavailable or access denied" after DATA', pf(`<chen.y@corp-w5.example>: host mxbiz2.qq.com[192.0.2.214] said: 550 Mailbox
    unavailable or access denied
    [Qw3rTy7UiOp9AsDfGhJkL0zXcVbNm1234567890abc=  IP:
    198.51.100.246]. https://open.work.weixin.qq.com/help2/pc/20057. (in reply
    to end of DATA command)`), 'text', { kind: 'bounce', recipients: ['chen.y@corp-w5.example'] }],

  // ---- Exim ----------------------------------------------------------------------------------
  ['exim: alias "(generated from ...)", LMTP error after RCPT TO', `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lena@cp7-node-w6.example
    (generated from lena@boutique-w6.example)
    LMTP error after RCPT TO:<lena@cp7-node-w6.example>:
    550 5.1.1 <lena@cp7-node-w6.example> User doesn't exist:
    lena@cp7-node-w6.example
`, 'text', { ...unknown, recipients: ['lena@cp7-node-w6.example'], status: '5.1.1' }],

  // ---- Exchange Online / Office 365 ----------------------------------------------------------
  ['office365: full mailbox, STOREDRV QuotaExceededException', `Delivery has failed to these recipients or groups:

pedro.s@hotmail.com<mailto:pedro.s@hotmail.com>
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.








Diagnostic information for administrators:

Generating server: SA1PR12MB6789.namprd12.prod.outlook.com

pedro.s@hotmail.com
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Microsoft Unified Storage is full. QuotaExceededException: Microsoft Unified Storage is full.[EndDiagnosticData] [Stage: DeliverMessage]'

Original message headers:

Received: from SA1PR12MB1111.namprd12.prod.outlook.com
`, 'text', { ...soft, recipients: ['pedro.s@hotmail.com'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['office365: DNS domain does not exist, DSN fields pasted after the headers', `Delivery has failed to these recipients or groups:

ops@gone-w7.example (ops@gone-w7.example)<mailto:ops@gone-w7.example>
Your message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.

Contact the recipient by some other means (by phone, for example) and ask them to tell their email admin that it appears that their domain isn't properly registered at their domain registrar.







Diagnostic information for administrators:

Generating server: PA4PR08MB1234.eurprd08.prod.outlook.com

ops@gone-w7.example
Remote server returned '550 5.4.310 DNS domain gone-w7.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=gone-w7.example] [AM2PEPF0001.eurprd08.prod.outlook.com 2024-06-11T00:00:00.000Z 08DC8A1B2C3D4E62]'

Original message headers:

Received: from PA4PR08MB5678.eurprd08.prod.outlook.com


Reporting-MTA: dns;PA4PR08MB1234.eurprd08.prod.outlook.com
Received-From-MTA: dns;PA4PR08MB5678.eurprd08.prod.outlook.com
Arrival-Date: Tue, 11 Jun 2024 00:00:00 +0000

Final-Recipient: rfc822;ops@gone-w7.example
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain gone-w7.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=gone-w7.example]
X-Display-Name: ops@gone-w7.example
`, 'text', { ...hard, recipients: ['ops@gone-w7.example'], status: '5.4.310', reason: 'hostunknown', category: 'bad-domain' }],

  ['office365 (Dutch): "Uw bericht kan niet worden bezorgd", RecipientNotFound', `Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:

k.jansen@bouw-w8.example<mailto:k.jansen@bouw-w8.example>
Het door u ingevoerde e-mailadres is niet gevonden. Controleer het e-mailadres van de geadresseerde en verzend het bericht opnieuw.








Diagnostische gegevens voor beheerders:

Bronserver: exch02.bouw-w8.local

k.jansen@bouw-w8.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Oorspronkelijke berichtkoppen:

Received: from exch02.bouw-w8.local (192.168.20.7) by exch02.bouw-w8.local
`, 'text', { ...unknown, recipients: ['k.jansen@bouw-w8.example'], status: '5.1.10' }],

  ['office365 (new layout): "Your message to ... couldn\'t be delivered", shown with From and Subject', `From: Microsoft Outlook <postmaster@tulip-w9.onmicrosoft.com>
Subject: Undeliverable: Summer offers

[https://products.office.com/en-us/CMSImages/Office365Logo_Orange.png?version=b8d100a9]
Your message to sanne@tulip-w9.example couldn't be delivered.
sanne wasn't found at tulip-w9.example.
news+4f2a. . .       Office 365      sanne
Action Required                 Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Contact the recipient (by phone, for example) to check that the address exists and is correct.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.

Original Message Details
Created Date:   6/11/2024 9:15:02 AM
Sender Address: news+4f2a@mailer-w9.example
Recipient Address:      sanne@tulip-w9.example
Subject:        Summer offers

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient sanne@tulip-w9.example not found by SMTP address lookup
Message rejected by:    AM9PR03MB4321.eurprd03.prod.outlook.com
`, 'text', { ...unknown, recipients: ['sanne@tulip-w9.example'] }],

  // Exchange relaying Exchange Online's directory-based refusal: the second mention of the
  // address carries the refusing host and "Remote Server returned '550 5.4.1 ...'".
  ['office365: "<host> rejected your message to the following email addresses"', `DB8PEPF0000ABCD.mail.protection.outlook.com rejected your message to the following email addresses:

finance@tenant-x1.mail.onmicrosoft.com<mailto:finance@tenant-x1.mail.onmicrosoft.com> A communication failure occurred during the delivery of this message. Please try resending the message later. If the problem continues, contact your helpdesk.


DB8PEPF0000ABCD.mail.protection.outlook.com gave this error: Recipient address rejected: Access denied. [DB8PEPF0000ABCD.EURPRD10.prod.outlook.com 2024-06-11T10:11:12.000Z 08DC8A1B2C3D4E63]






Diagnostic information for administrators:

Generating server: EXCH-EDGE-02.corp-x1.example

finance@tenant-x1.mail.onmicrosoft.com DB8PEPF0000ABCD.mail.protection.outlook.com Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [DB8PEPF0000ABCD.EURPRD10.prod.outlook.com 2024-06-11T10:11:12.000Z 08DC8A1B2C3D4E63]'

Original message headers:

Received: from EXCH-EDGE-02.corp-x1.example
`, 'text', { kind: 'bounce', recipients: ['finance@tenant-x1.mail.onmicrosoft.com'] }],

  // ---- Gmail ---------------------------------------------------------------------------------
  ['gmail: "Delivery incomplete" with a 550 5.7.1 low-reputation reply', `
** Delivery incomplete **

There was a temporary problem delivering your message to maya.r@gmail.com. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

Learn more here: https://support.google.com/mail/answer/188131

The response from the remote server was:
550 5.7.1 [2001:db8:4c::21      12] Gmail has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. j1-20020a1faaaa.30 - gsmtp
`, 'text', { ...soft, recipients: ['maya.r@gmail.com'], status: '5.7.1', reason: 'badreputation', category: 'spam-related' }],

  ['gmail: "Address not found", the domain could not be found (DNS NXDOMAIN)', `Address not found

Your message wasn't delivered to leo.m@nodomain-g1.example because the domain nodomain-g1.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of nodomain-g1.example responded with code NXDOMAIN Domain name not found: nodomain-g1.example
`, 'text', { ...hard, recipients: ['leo.m@nodomain-g1.example'], reason: 'hostunknown', category: 'bad-domain' }],

  ['gmail: "Address not found" with the remote server\'s 5.1.1 reply', `Address not found

Your message wasn't delivered to ruth.k@firm-g2.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:

550 5.1.1 <ruth.k@firm-g2.example>: Recipient address rejected: User unknown in virtual mailbox table
`, 'text', { ...unknown, recipients: ['ruth.k@firm-g2.example'], status: '5.1.1' }],

  ['gmail: "Message not delivered", relay access denied', `Message not delivered

There was a problem delivering your message to tina.w@corp-g4.example. See the technical details below, or try resending in a few minutes.

The response from the remote server was:

554 5.7.1 <tina.w@corp-g4.example>: Relay access denied
`, 'text', { ...soft, recipients: ['tina.w@corp-g4.example'], status: '5.7.1', reason: 'norelaying', category: 'relaying-issues' }],

  ['gmail: "Delivery incomplete" with no SMTP reply, the host did not answer', `Delivery incomplete

There was a temporary problem delivering your message to uwe@slow-g5.example. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

The response was:

The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.slow-g5.example. 192.0.2.9: timed out]
`, 'text', { ...soft, recipients: ['uwe@slow-g5.example'], reason: 'expired', action: 'delayed' }],

  ['gmail (old): "Delivery to the following recipient has been delayed"', `This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     yan@slow-g9.example

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. Learn more at http://mail.google.com/support/bin/answer.py?answer=7720
[mx.slow-g9.example. (10): Connection timed out]
`, 'text', { ...soft, recipients: ['yan@slow-g9.example'], reason: 'expired', action: 'delayed' }],

  // ---- Yahoo, Exchange 2003, Exim, qmail -------------------------------------------------------
  ['yahoo: "Sorry, we were unable to deliver your message to the following address."', `Sorry, we were unable to deliver your message to the following address.

<vic@ymail-g6.example>:
554: delivery error: dd Not a valid recipient - atlas101.free.mail.ne1.yahoo.com
`, 'text', { kind: 'bounce', recipients: ['vic@ymail-g6.example'] }],

  ['exchange 2003: "The following recipient(s) cannot be reached", #5.1.1', `Your message did not reach some or all of the intended recipients.

      Subject:	Quote 1182
      Sent:	6/11/2024 9:00 AM

The following recipient(s) cannot be reached:

      zed@firm-h1.example on 6/11/2024 9:00 AM
            The e-mail address could not be found.  Perhaps the recipient moved to a different e-mail organization, or there was a mistake in the address.  Check the address and try again.
            <mail.firm-h1.example #5.1.1 smtp;550 5.1.1 User unknown>
`, 'text', { ...unknown, recipients: ['zed@firm-h1.example'], status: '5.1.1' }],

  ['exim: 452 4.2.2 mailbox full, given up', `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  abe@quota-h2.example
    host mx.quota-h2.example [192.0.2.60]
    SMTP error from remote mail server after RCPT TO:<abe@quota-h2.example>:
    452 4.2.2 Mailbox full
`, 'text', { ...soft, recipients: ['abe@quota-h2.example'], status: '4.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['qmail: "does not like recipient", remote host said 5.1.1', `Hi. This is the qmail-send program at mail.host-g8.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<xan@dest-g8.example>:
192.0.2.50 does not like recipient.
Remote host said: 550 5.1.1 <xan@dest-g8.example>: Recipient address rejected: User unknown
Giving up on 192.0.2.50.
`, 'text', { ...unknown, recipients: ['xan@dest-g8.example'], status: '5.1.1' }],

  ['office365 (new layout): mailbox full, Status code 554 5.2.2', `Your message to wen@firm-g7.example couldn't be delivered.
wen's mailbox is full.
news   Office 365   wen
Action Required   Recipient
Mailbox full

How to Fix It
The recipient's mailbox is full.

More Info for Email Admins
Status code: 554 5.2.2
`, 'text', { ...soft, recipients: ['wen@firm-g7.example'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['exchange 2007: the list names the recipient as "Display Name (address)"', `Delivery has failed to these recipients or groups:

Quinn Rao (quinn@corp-h7.example)
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.
`, 'text', { kind: 'bounce', recipients: ['quinn@corp-h7.example'] }],

  ['hMailServer-style: "Failed Recipient:" and "Reason: Remote host said:"', `Could not deliver message to the following recipient(s):

Failed Recipient: ken@hm-h1.example
Reason: Remote host said: 550 5.1.1 <ken@hm-h1.example>: Recipient address rejected: User unknown in local recipient table

   -- The header and top 20 lines of the message follows --
`, 'text', { ...unknown, recipients: ['ken@hm-h1.example'], status: '5.1.1' }],

  ['"Recipient: <address>" then "Reason: 552 5.2.2 Mailbox quota exceeded"', `Delivery failed for the following recipients:

Recipient: <lisa@sm-h2.example>
Reason: 552 5.2.2 Mailbox quota exceeded
`, 'text', { ...soft, recipients: ['lisa@sm-h2.example'], status: '5.2.2', reason: 'mailboxfull', category: 'quota-issues' }],

  ['a bulleted recipient, the reason in a paragraph of its own', `Delivery to the following recipients failed permanently:

    * mo@sm-h3.example

Reason: 550 5.1.1 No such user here
`, 'text', { ...unknown, recipients: ['mo@sm-h3.example'], status: '5.1.1' }],

  ['"Unable to deliver message to the following recipients, due to being unable to connect"', `Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.

nia@down-h4.example
`, 'text', { ...soft, recipients: ['nia@down-h4.example'], reason: 'networkerror' }],

  ['"Original recipient:" and an anti-spoofing policy refusal', `Your message could not be delivered to the following recipient:
  Original recipient: olaf@mim-h5.example
  Reason: 550 Rejected by header based Anti-Spoofing policy
`, 'text', { ...soft, recipients: ['olaf@mim-h5.example'], reason: 'policyviolation', category: 'policy-related' }],

  // ---- gateways and relays -------------------------------------------------------------------
  ['Symantec Email Security.cloud: "I was unable to deliver your message"', `This is the mail delivery agent at Symantec Email Security.cloud.

I was unable to deliver your message to the following addresses:

karim@trade-x2.example

Reason: 550 5.4.1 Recipient address rejected: Access denied. AS(201798763) [AM4EUR05FT012.eop-eur05.prod.protection.outlook.com 2024-06-11T00:00:00.001Z 08DC8A1B2C3D4E64]

The message subject was: Order 5521
The message date was: Tue, 11 Jun 2024 10:00:00 +0000
The message identifier was: 7C/3D-04567-ABCDEF34
The message reference was: server-3.tower-411.messagelabs.com!1718100000!654321!1

Please do not reply to this email as it is sent from an unattended mailbox.
Contact your email administrator if you need more information, or
instructions for resolving this issue.
`, 'text', { ...unknown, recipients: ['karim@trade-x2.example'], status: '5.4.1' }],

  ['relay: "The following message to <a@b> was undeliverable. The reason for the problem:"', `The following message to <media@press-x3.example> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-'5.4.1 Recipient address rejected: Access denied. [VI1PEPF0000ABCD.eurprd05.prod.outlook.com 2024-06-11T00:00:00.001Z 08DC8A1B2C3D4E65]'
`, 'text', { ...unknown, recipients: ['media@press-x3.example'] }],

  // ---- Sendmail, as a webmail shows it: the subject carries the error (savemail.c "Returned mail: %s") --
  ['sendmail: "Returned mail: Host unknown", the list without a reason line', `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.paper-s1.example>
Subject: Returned mail: Host unknown (Name server: nowhere-s1.example: host not found)

The original message was received at Mon, 10 Mar 2025 08:12:40 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<lotte@nowhere-s1.example>

`, 'text', { ...hard, recipients: ['lotte@nowhere-s1.example'], reason: 'hostunknown', category: 'bad-domain' }],
  ['sendmail: "Returned mail: see transcript for details" says nothing of the cause', `From: Mail Delivery Subsystem <MAILER-DAEMON@relay.paper-s2.example>
Subject: Returned mail: see transcript for details

The original message was received at Mon, 10 Mar 2025 08:12:40 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<mats@inbox-s2.example>

`, 'text', { ...soft, recipients: ['mats@inbox-s2.example'], category: 'other' }],

  // ---- Bodies pasted without their From and Subject lines, whose template says what they are ----
  // OpenSMTPD's bounce text (smtpd/bounce.c) opens with a greeting a person would also write.
  ['OpenSMTPD: "Hi! This is the MAILER-DAEMON" body pasted alone', `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

greta@fjord-o1.example: 550 5.1.1 <greta@fjord-o1.example>: Recipient address rejected: User unknown in virtual mailbox table

    Below is a copy of the original message:
`, 'text', { ...unknown, recipients: ['greta@fjord-o1.example'], status: '5.1.1' }],
  // DragonFly Mail Agent (dma, its bounce text in dma.c).
  ['DragonFly Mail Agent body pasted alone', `This is the DragonFly Mail Agent v0.13 at relay.moss-d1.example.

There was an error delivering your mail to <ivo@moss-d1.example>.

DNS lookup failure: host moss-d1.example not found

Message headers follow.
`, 'text', { ...hard, recipients: ['ivo@moss-d1.example'], category: 'bad-domain' }],

  // Google Groups' refusal of a post (Sisimai 4.25 Lhost/GoogleGroups.pm quotes its opening), which
  // greets and thanks like a person.
  ['Google Groups: "the group you tried to contact" body pasted alone', `Hello writer@press-g1.example,

We're writing to let you know that the group you tried to contact (board-g1) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.

Thanks,

Google Groups
`, 'text', { kind: 'bounce' }],
  // Lotus Notes / Domino: its list of reasons under a dashed title (Sisimai 4.25 Lhost/Notes.pm's start marker).
  ['Lotus Notes: "------- Failure Reasons --------" body pasted alone', `------- Failure Reasons  --------

User not listed in public Name & Address Book
petra@dom-n1.example


------- Returned Message --------
`, 'text', { ...unknown, recipients: ['petra@dom-n1.example'] }],

  // ---- Copied from a webmail's page: its HTML's no-break spaces stand for the indents and runs of spaces ----
  ['sendmail: "Returned mail: Host unknown" copied, no-break space after the colon', copied(`From: Mail Delivery Subsystem <MAILER-DAEMON@relay.paper-s3.example>
Subject: Returned mail: Host unknown (Name server: gone-s3.example: host not found)

The original message was received at Tue, 11 Mar 2025 09:40:02 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<nils@gone-s3.example>

`), 'text', { ...hard, recipients: ['nils@gone-s3.example'], reason: 'hostunknown', category: 'bad-domain' }],
];

describe('text-only bounce bodies (headerless, as parsers\' fixtures keep them)', () => {
  it.each(rows)('%s', async (name, input, mode, want) => {
    const v = await classify(input, { mode });
    expect(differences(v, want), name).toEqual([]);
  });
});
