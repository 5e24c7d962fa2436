/**
 * Per-format facts a bounce parser's labels rest on (which sentence of a mail server means which
 * reason, which words show the SMTP command), each exercised by a notice written here in that
 * server's shape, with addresses, hosts and wording of our own. A failing row names the case and
 * every field that differed.
 */
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
  it('words that name the cause beat a network-trouble code', () => {
    expect(decide('4.4.2', '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>')).toBe('expired');
  });
});

void postfixIntro;
