/**
 * HTML to text (parse/html.ts): HTML collapses the newlines of its source; only <br>, <p> and the
 * ends of blocks break lines. HTML source pasted as text has a newline after each <br>, which must
 * not become a blank line (it cut the lead header lines short: the Subject was lost).
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/core/index.js';
import { htmlToText } from '../../src/core/parse/html.js';

describe('htmlToText', () => {
  it('a source newline after <br> is no blank line', () => {
    expect(htmlToText('<div>From: a@example.org<br>\nSubject: Undeliverable<br>\n<br>\nbody</div>')).toBe('\nFrom: a@example.org\nSubject: Undeliverable\n\nbody\n');
  });
  it('a source newline before <br> or a block end is none either, with CRLF too', () => {
    expect(htmlToText('<p>one\r\n<br>\r\ntwo\n</p>\n<p>three</p>')).toBe('\none\ntwo\n\nthree\n');
  });
  it('<pre> keeps its lines', () => {
    expect(htmlToText('<pre>550 5.1.1 user unknown\n\n<b>x</b>\nend</pre>')).toBe('\n550 5.1.1 user unknown\n\nx\nend\n');
  });
  it('pasted HTML source keeps its lead header lines (From and Subject)', () => {
    const html = [
      '<div dir="ltr">From: Mail Delivery Subsystem &lt;mailer-daemon@googlemail.com&gt;<br>',
      'Subject: Delivery Status Notification (Failure)<br>',
      '<br>',
      'Address not found<br>',
      '<br>',
      "Your message wasn't delivered to bob@example.org because the address couldn't be found, or is unable to receive mail.<br>",
      '<br>',
      'The response from the remote server was:<br>',
      '550 5.1.1 The email account that you tried to reach does not exist.<br>',
      '</div>',
    ].join('\n');
    const v = classifyText(html, { origin: 'pasted' });
    expect(v.subject).toBe('Delivery Status Notification (Failure)');
    expect(v.from).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect([v.kind, v.category]).toEqual(['bounce', 'bad-mailbox']);
  });
});
