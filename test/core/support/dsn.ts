/**
 * A minimal RFC 3464 notice from a relay whose Diagnostic-Code is a server's reply: the shape the
 * wording tables (documented replies, Sisimai's reason and provider facts) read their rows in.
 */
export interface MinimalDsn {
  /** The Status field (a 4.x.x one makes the notice a delay: Action delayed). */
  readonly status: string;
  /** The reply, as the Diagnostic-Code's text (several lines are folded). */
  readonly diagnostic: string;
  readonly recipient?: string;
  /** The server that answered, as a Remote-MTA field. */
  readonly remoteMta?: string;
}

export function minimalDsn({ status, diagnostic, recipient = 'rcpt@dest-doc.example', remoteMta }: MinimalDsn): string {
  const temporary = status.startsWith('4');
  return [
    'From: Mail Delivery System <MAILER-DAEMON@relay-doc.example.net>',
    'To: sender@origin-doc.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 2 Nov 2026 10:00:00 +0000',
    'Message-ID: <dsn.1@relay-doc.example.net>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    temporary ? 'Your message has not been delivered yet; the relay will keep trying.' : 'Your message could not be delivered.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; relay-doc.example.net',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Action: ${temporary ? 'delayed' : 'failed'}`,
    `Status: ${status}`,
    ...(remoteMta ? [`Remote-MTA: dns; ${remoteMta}`] : []),
    `Diagnostic-Code: smtp; ${diagnostic.split('\n').join('\n  ')}`,
    '',
    '--b1--',
    '',
  ].join('\r\n');
}
