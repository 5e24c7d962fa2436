/**
 * Feedback reports (RFC 5965 ARF) of every Feedback-Type in the IANA registry (abuse, fraud,
 * other, virus: RFC 5965; not-spam: RFC 6430; auth-failure: RFC 6591) and the unsubscribe the
 * feedback loops send (opt-out, opt-out-list, unsubscribe): each is a complaint whose type the
 * verdict carries (field and evidence), whether it comes as it was sent, forwarded whole by an
 * abuse desk (attached as message/rfc822), or nested in a forward's multipart/mixed. The advice
 * words each type in the five languages, and the summary removes the address only where the
 * report is against it. Reports written here from RFC 5965's field list; addresses are made up.
 */
import { describe, expect, it } from 'vitest';
import { BounceSummary, classify, explain } from '../../src/core/index.js';
import { catalogs, type MessageKey } from '../../src/core/advice/catalog.js';
import { supportedLocales } from '../../src/core/locales.js';
import type { FeedbackType } from '../../src/core/types.js';
import { eml } from './support/notices.js';

const date = 'Tue, 04 Mar 2025 09:15:00 +0000';

/** The report itself: multipart/report with its three parts (RFC 5965 2). */
function report(type: string | null, boundary = 'fb-r1'): string {
  const field = type === null ? '' : `Feedback-Type: ${type}\n`;
  return `Content-Type: multipart/report; report-type=feedback-report; boundary="${boundary}"

--${boundary}
Content-Type: text/plain

This is an email abuse report for an email message received from IP 192.0.2.44.

--${boundary}
Content-Type: message/feedback-report

${field}User-Agent: ExampleFBL/2.1
Version: 1
Original-Mail-From: <news@sender.example>
Original-Rcpt-To: <pia.l@isp-a.example>
Arrival-Date: Tue, 04 Mar 2025 08:01:00 +0000
Source-IP: 192.0.2.44
Reported-Domain: sender.example

--${boundary}
Content-Type: message/rfc822

From: news@sender.example
To: pia.l@isp-a.example
Subject: Spring offers

Our spring offers.
--${boundary}--
`;
}

/** As the feedback loop sends it. */
function direct(type: string | null): string {
  return `From: fbl@isp-a.example\nTo: abuse@sender.example\nSubject: Spring offers\nDate: ${date}\nMIME-Version: 1.0\n${report(type)}`;
}

/** Forwarded whole by an abuse desk: the report attached as message/rfc822 (the desk's To is not the recipient). */
function forwarded(type: string | null): string {
  return eml(
    { From: 'Abuse Desk <abuse@hosting.example>', To: 'customer@sender.example', Subject: 'Fwd: Spring offers', 'Content-Type': 'multipart/mixed; boundary="fwd-1"' },
    `--fwd-1
Content-Type: text/plain

We received the report below about mail from your server. Please act on it.

--fwd-1
Content-Type: message/rfc822

From: fbl@isp-a.example
To: abuse@hosting.example
Subject: Spring offers
MIME-Version: 1.0
${report(type)}
--fwd-1--
`,
    date,
  );
}

/** The report's parts nested in a forward's multipart/mixed. */
function nested(type: string | null): string {
  return eml(
    { From: 'Abuse Desk <abuse@hosting.example>', To: 'customer@sender.example', Subject: 'Complaint about your mailing', 'Content-Type': 'multipart/mixed; boundary="fwd-2"' },
    `--fwd-2
Content-Type: text/plain

See the attached report.

--fwd-2
${report(type, 'fb-r2')}
--fwd-2--
`,
    date,
  );
}

interface Row {
  written: string | null;
  type: FeedbackType;
  action: 'remove' | 'none';
  headline: MessageKey;
  actionKey: MessageKey;
}

const rows: Row[] = [
  { written: 'abuse', type: 'abuse', action: 'remove', headline: 'headline.complaint', actionKey: 'action.remove.complaint' },
  { written: null, type: 'abuse', action: 'remove', headline: 'headline.complaint', actionKey: 'action.remove.complaint' },
  { written: 'fraud', type: 'fraud', action: 'remove', headline: 'headline.complaint.fraud', actionKey: 'action.remove.complaint' },
  { written: 'other', type: 'other', action: 'remove', headline: 'headline.complaint', actionKey: 'action.remove.complaint' },
  { written: 'dkim-failure', type: 'other', action: 'remove', headline: 'headline.complaint', actionKey: 'action.remove.complaint' },
  { written: 'opt-out', type: 'opt-out', action: 'remove', headline: 'headline.complaint.opt-out', actionKey: 'action.remove.optOut' },
  { written: 'opt-out-list', type: 'opt-out', action: 'remove', headline: 'headline.complaint.opt-out', actionKey: 'action.remove.optOut' },
  { written: 'unsubscribe', type: 'opt-out', action: 'remove', headline: 'headline.complaint.opt-out', actionKey: 'action.remove.optOut' },
  { written: 'virus', type: 'virus', action: 'none', headline: 'headline.complaint.virus', actionKey: 'action.none' },
  { written: 'not-spam', type: 'not-spam', action: 'none', headline: 'headline.complaint.not-spam', actionKey: 'action.none' },
  { written: 'auth-failure', type: 'auth-failure', action: 'none', headline: 'headline.complaint.auth-failure', actionKey: 'action.none' },
];

const shapes = { direct, forwarded, nested } as const;

describe('feedback reports by Feedback-Type, as sent and forwarded', () => {
  for (const row of rows) {
    for (const [shape, build] of Object.entries(shapes)) {
      it(`${shape}: Feedback-Type ${row.written ?? '(none)'} is a complaint of type ${row.type}`, async () => {
        const v = await classify(build(row.written));
        expect(v.kind).toBe('complaint');
        expect(v.category).toBe('complaint');
        expect(v.feedbackType).toBe(row.type);
        expect(v.recipients.map((r) => r.address)).toEqual(['pia.l@isp-a.example']);
        expect(v.evidence[0]?.text).toBe(row.written ? `Feedback-Type: ${row.written}` : 'message/feedback-report');

        for (const locale of supportedLocales) {
          const e = explain(v, { locale });
          expect(e.action, locale).toBe(row.action);
          expect(e.headline, locale).toBe(catalogs[locale][row.headline]);
          expect(e.actionText, locale).toBe(catalogs[locale][row.actionKey]);
        }

        const summary = new BounceSummary();
        summary.add(v);
        expect(summary.report().remove).toEqual(row.action === 'remove' ? ['pia.l@isp-a.example'] : []);
        expect(summary.report().keep).toEqual([]);
      });
    }
  }

  it('a forwarded report whose recipient is redacted (RFC 6590) names the To of the message complained about, not the desk', async () => {
    const v = await classify(forwarded('abuse').replace('Original-Rcpt-To: <pia.l@isp-a.example>\n', ''));
    expect(v.kind).toBe('complaint');
    expect(v.recipients.map((r) => r.address)).toEqual(['pia.l@isp-a.example']);
  });

  // Amazon SES's complaint notification (developer guide, "complaint object"): the ISP's
  // Feedback-Type in complaintFeedbackType, every complained recipient in complainedRecipients.
  for (const [type, action] of [['abuse', 'remove'], ['not-spam', 'none'], [null, 'remove']] as const) {
    for (const envelope of [false, true]) {
      it(`Amazon SES complaint${envelope ? ' inside an SNS envelope' : ''}, complaintFeedbackType ${type ?? '(none)'}`, async () => {
        const complaint = {
          notificationType: 'Complaint',
          complaint: {
            userAgent: 'ExampleFBL/2.1',
            complainedRecipients: [{ emailAddress: 'pia.l@isp-a.example' }, { emailAddress: 'rui.m@isp-a.example' }],
            ...(type ? { complaintFeedbackType: type } : {}),
            arrivalDate: '2025-03-04T08:01:00.000Z',
            timestamp: '2025-03-04T08:05:00.000Z',
            feedbackId: '0100018f-aaaa-0000',
          },
          mail: { timestamp: '2025-03-04T08:00:00.000Z', source: 'news@sender.example', messageId: '0100018f-1111', destination: ['pia.l@isp-a.example', 'rui.m@isp-a.example'] },
        };
        const json = JSON.stringify(complaint);
        const body = envelope ? JSON.stringify({ Type: 'Notification', MessageId: 'm-1', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:ses-complaints', Message: json }) : json;
        const v = await classify(eml({ From: 'no-reply@sns.amazonaws.com', To: 'ops@sender.example', Subject: 'AWS Notification Message', 'Content-Type': 'text/plain' }, `${body}\n`, date));
        expect(v.kind).toBe('complaint');
        expect(v.feedbackType).toBe(type ?? 'abuse');
        expect(v.recipients.map((r) => r.address)).toEqual(['pia.l@isp-a.example', 'rui.m@isp-a.example']);
        if (type) expect(v.evidence.map((e) => e.text)).toContain(`Feedback-Type: ${type}`);
        const summary = new BounceSummary();
        summary.add(v);
        expect(summary.report().remove).toEqual(action === 'remove' ? ['pia.l@isp-a.example', 'rui.m@isp-a.example'] : []);
        for (const locale of supportedLocales) expect(explain(v, { locale }).action, locale).toBe(action);
      });
    }
  }

  it("Apple Mail's unsubscribe message is an opt-out, not a spam report", async () => {
    const v = await classify(eml({ From: 'pia.l@isp-a.example', To: 'news@sender.example', Subject: 'Unsubscribe' }, 'This message was automatically generated by Mail.\n\nThe sender of this message sent this email to unsubscribe from the message list.\n', date));
    expect(v.kind).toBe('complaint');
    expect(v.feedbackType).toBe('opt-out');
    expect(explain(v).actionText).toBe(catalogs.en['action.remove.optOut']);
  });
});

describe('near misses stay ordinary mail', () => {
  const cases: [string, string][] = [
    ['a person asking about the Feedback-Type field', eml({ From: 'dev@sender.example', To: 'ops@sender.example', Subject: 'FBL parser' }, 'Our parser reads the Feedback-Type field of each report. Which values should we handle besides abuse?\n', date)],
    ['a forward of an ordinary message', eml(
      { From: 'Anna <anna@sender.example>', To: 'bob@sender.example', Subject: 'Fwd: Spring offers', 'Content-Type': 'multipart/mixed; boundary="fwd-3"' },
      '--fwd-3\nContent-Type: text/plain\n\nHave a look at this one.\n\n--fwd-3\nContent-Type: message/rfc822\n\nFrom: news@sender.example\nTo: anna@sender.example\nSubject: Spring offers\n\nOur spring offers.\n--fwd-3--\n',
      date,
    )],
    ['a list post attaching a sample report', forwarded('abuse').replace('Subject: Fwd: Spring offers', 'Subject: Sample ARF for the parser\r\nList-Id: <fbl-dev.lists.example>')],
  ];
  for (const [name, raw] of cases) {
    it(name, async () => {
      const v = await classify(raw);
      expect(v.kind).toBe('not-a-bounce');
      expect(v.feedbackType).toBeUndefined();
    });
  }
});
