/**
 * Out-of-office answers, autoresponders and challenge-response challenges (issue 8 theme 8) are
 * the auto-reply kind (TAXONOMY.md), not bounces and not ordinary mail, in the languages
 * Exchange/Outlook and vacation programs write them; and the prefilter (prefilter.ts) never
 * decides one of them is ordinary mail before the kind detector sees it. Near misses stay
 * ordinary: a person writing that they are out of the office, a newsletter sent in bulk, a
 * sign-up confirmation. Every message is written here from the documented conventions: RFC 3834
 * (Auto-Submitted), Microsoft's X-Auto-Response-Suppress (MS-OXCMAIL 2.1.3.2.20: a request not
 * to answer, which Exchange sets on its own automatic replies), Exchange's localized "Automatic
 * reply:" subjects, vacation(1) and qmail autoresponders' headers, and challenge-response
 * services' descriptions of their challenges.
 */
import { describe, expect, it } from 'vitest';
import { classify, explain } from '../../src/core/index.js';
import { ordinaryMail } from '../../src/core/prefilter.js';
import { supportedLocales } from '../../src/core/locales.js';

interface Row {
  name: string;
  subject: string;
  body: string;
  headers?: Record<string, string>;
  from?: string;
  /** Also read as pasted text (From and Subject lines, the body): the subject decides there too. */
  text?: boolean;
}

/** RFC 2047 B-encoding, as mail programs write a non-ASCII subject. */
const encoded = (s: string) => `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

function raw(r: Row): string {
  const nonAscii = /[^\x00-\x7f]/;
  const head: Record<string, string> = {
    From: r.from ?? 'Marta Neri <marta@firm.example>',
    To: 'news@sender.example',
    Subject: nonAscii.test(r.subject) ? encoded(r.subject) : r.subject,
    Date: 'Wed, 05 Mar 2025 09:00:00 +0100',
    'Message-ID': '<ar-1@firm.example>',
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Transfer-Encoding': '8bit',
    ...r.headers,
  };
  return `${Object.entries(head).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${r.body.replace(/\n/g, '\r\n')}`;
}

const bytes = (s: string) => new TextEncoder().encode(s);
const exchange = { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' };

const autoReplies: Row[] = [
  // Exchange / Outlook "Automatic reply:" in the mailbox's language: the subject decides.
  { name: 'en: Exchange "Automatic reply:"', subject: 'Automatic reply: Spring offers', body: 'I am out of the office until 10 March with no access to email.\n', headers: exchange, text: true },
  { name: 'en: older Outlook "Out of Office AutoReply:"', subject: 'Out of Office AutoReply: Spring offers', body: 'I am travelling this week.\n', text: true },
  { name: 'de: "Automatische Antwort:"', subject: 'Automatische Antwort: Frühlingsangebote', body: 'Ich bin bis zum 10. März nicht im Büro.\n', headers: exchange, text: true },
  { name: 'de: "Abwesenheitsnotiz:"', subject: 'Abwesenheitsnotiz: Frühlingsangebote', body: 'Vielen Dank für Ihre Nachricht.\n', text: true },
  { name: 'it: "Risposta automatica:"', subject: 'Risposta automatica: Offerte di primavera', body: 'Sono assente fino al 10 marzo.\n', headers: exchange, text: true },
  { name: 'fr: "Réponse automatique :"', subject: 'Réponse automatique\u00a0: Offres de printemps', body: "Je serai absente jusqu'au 10 mars.\n", headers: exchange, text: true },
  { name: 'es: "Respuesta automática:"', subject: 'Respuesta automática: Ofertas de primavera', body: 'Estaré fuera de la oficina hasta el 10 de marzo.\n', headers: exchange, text: true },
  { name: 'pt: "Resposta automática:"', subject: 'Resposta automática: Ofertas', body: 'Estou ausente até 10 de março.\n', headers: exchange, text: true },
  { name: 'nl: "Automatisch antwoord:"', subject: 'Automatisch antwoord: Voorjaarsaanbiedingen', body: 'Ik ben afwezig tot 10 maart.\n', headers: exchange, text: true },
  { name: 'ja: "自動応答:"', subject: '自動応答: 春のご案内', body: '3月10日まで不在にしております。\n', headers: exchange, text: true },
  { name: 'sv: "Autosvar:"', subject: 'Autosvar: Vårerbjudanden', body: 'Jag är på semester till den 10 mars.\n' },
  // Subjects people also write: with out-of-office words and a program's header, or the words alone.
  { name: 'it: "Fuori sede", its words and Exchange\'s X-Auto-Response-Suppress', subject: 'Fuori sede', body: 'Sono fuori sede fino al 10 marzo, con accesso limitato alla posta.\n', headers: { 'X-Auto-Response-Suppress': 'All' } },
  { name: 'fr: "Absence du bureau" and its words', subject: 'Absence du bureau', body: "Je suis absente du bureau jusqu'au 10 mars.\n" },
  { name: 'es: "Fuera de la oficina" and its words', subject: 'Fuera de la oficina', body: 'Estoy fuera de la oficina hasta el lunes.\n' },
  { name: 'pt: "Fora do escritório" and its words', subject: 'Fora do escritório', body: 'Estarei ausente até segunda-feira.\n' },
  { name: 'nl: "Afwezig" and its words', subject: 'Afwezig', body: 'Ik ben niet aanwezig tot maandag.\n' },
  { name: 'de: "Abwesenheit" and its words', subject: 'Abwesenheit bis 10. März', body: 'Ich bin im Urlaub und ab dem 10. März wieder erreichbar.\n' },
  { name: 'en: "Out of office until …" and its words', subject: 'Out of office until 10 March', body: 'I am on annual leave and will be back on 10 March.\n' },
  { name: 'fr: "Absence du … au …" and its words', subject: 'Absence du 3 au 10 mars', body: 'Je suis absente du bureau, de retour le 10 mars.\n' },
  { name: 'en: "Out of Office" answering a message (In-Reply-To)', subject: 'Out of Office re your order', body: 'I am out of the office until Monday.\n', headers: { 'In-Reply-To': '<order-7@shop.example>' } },
  { name: 'ja: "不在" and its words', subject: '不在のお知らせ', body: '3月10日まで不在にしております。\n' },
  // RFC 3834 5: auto-replied is the autoresponder's own keyword, so with out-of-office words it decides.
  { name: 'en: words and Auto-Submitted: auto-replied, plain subject', subject: 'Spring offers', body: 'I am on annual leave until 10 March.\n', headers: { 'Auto-Submitted': 'auto-replied' } },
  // Autoresponders' headers decide alone.
  { name: 'RFC 3834 Auto-Submitted: auto-replied on a "Re:" (Gmail vacation responder)', subject: 'Re: Spring offers', body: 'Thanks for your message, I will read it soon.\n', headers: { 'Auto-Submitted': 'auto-replied' } },
  { name: 'X-Autoreply: yes', subject: 'Re: Spring offers', body: 'Thanks for your message.\n', headers: { 'X-Autoreply': 'yes' } },
  { name: 'X-Autorespond', subject: 'Thanks for writing', body: 'We will answer within two days.\n', headers: { 'X-Autorespond': 'Spring offers' } },
  { name: 'Precedence: auto_reply', subject: 'Spring offers', body: 'Thanks, we got your mail.\n', headers: { Precedence: 'auto_reply' } },
  // Challenge-response filters: the message is held until the sender proves to be a person.
  {
    name: 'challenge naming Spam Arrest',
    subject: 'Re: Spring offers',
    body: 'I use Spam Arrest to keep my inbox free of junk mail. Please verify that you are a real person by following the link below: your message will be delivered once you do.\nhttps://cr.example/verify?id=1\n',
  },
  {
    name: 'challenge naming Boxbe',
    from: 'Boxbe <notify@boxbe.example>',
    subject: 'Spring offers',
    body: 'Your message has been held. Please complete the request below so that you are added to my guest list.\n',
  },
  {
    name: 'challenge with a program\'s header and a challenge subject',
    subject: 'Please confirm your message',
    body: 'Your message is being held. To have your message delivered, reply to this email or click the link below.\n',
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
];

const ordinary: Row[] = [
  { name: 'a person saying they are out of office, in a reply', subject: 'Re: project plan', body: 'I am out of office next week, so let us meet on Monday.\n' },
  { name: 'a person saying they will be out of the office', subject: 'Meeting notes', body: "I'll be out of the office on Friday; the notes are attached.\n" },
  {
    name: 'a newsletter sent in bulk, with the headers that ask autoresponders not to answer',
    subject: 'Our office is on holiday',
    body: 'Our office is on holiday until 10 March; orders placed now ship when we will be back.\nUnsubscribe: https://news.example/u\n',
    headers: { Precedence: 'bulk', 'List-Unsubscribe': '<https://news.example/u>', 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'OOF, DR, RN, NRN, AutoReply' },
  },
  {
    name: 'a newsletter about setting up an out-of-office',
    subject: 'Out of office? Set up your autoresponder in two clicks',
    body: 'Going on vacation? Our autoresponder answers for you while you are out of the office.\n',
    headers: { 'List-Unsubscribe': '<https://news.example/u>' },
  },
  { name: 'a sign-up confirmation', subject: 'Please verify your email address', body: 'Please verify your email address to finish signing up.\n', headers: { 'Auto-Submitted': 'auto-generated' } },
  { name: 'a person asking to confirm a message', subject: 'Re: invoice', body: 'Please confirm your message was sent to the right address.\n' },
  { name: 'out-of-office words with Auto-Submitted: no', subject: 'Next week', body: 'I am on annual leave next week.\n', headers: { 'Auto-Submitted': 'no' } },
  // RFC 3834 5: auto-generated is a message "not a direct response to another message" (a
  // notification, a digest, a reminder), so out-of-office words in it do not make an answer.
  { name: 'out-of-office words with Auto-Submitted: auto-generated (a team calendar notification)', subject: 'Team calendar: this week', body: 'Marta Neri is on annual leave until 10 March.\n', headers: { 'Auto-Submitted': 'auto-generated' } },
  { name: 'a person\'s words with Auto-Submitted: auto-generated, plain subject', subject: 'Spring offers', body: 'I am on annual leave until 10 March, so I forward the offers to you now.\n', headers: { 'Auto-Submitted': 'auto-generated' } },
  { name: 'out-of-office words with Auto-Submitted: auto-notified (RFC 5436 notification)', subject: 'New message', body: 'I am out of the office until Monday.\n', headers: { 'Auto-Submitted': 'auto-notified' } },
  {
    name: "a shop's shipping notice, sent by a program, whose parcel may be returned on a date",
    subject: 'Your order has shipped',
    body: 'Your parcel is on its way. If anything arrives damaged, return on or before 30 June for a refund.\n',
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    name: 'a report from Exchange speaking of return on investment and figures that will be back',
    subject: 'Q3 figures',
    body: 'The return on investment was 12%. The regional figures will be back from finance on Monday.\n',
    headers: { 'X-Auto-Response-Suppress': 'All' },
  },
  { name: 'out-of-office words with X-Auto-Response-Suppress: None', subject: 'Next week', body: 'I am on annual leave next week.\n', headers: { 'X-Auto-Response-Suppress': 'None' } },
  // A person's subject that starts like an out-of-office one and goes on with other words.
  { name: 'an invitation to the out-of-office party', subject: 'Out of office party on Friday', body: 'Drinks at six. I will be back with the venue details.\n' },
  { name: 'a policy update on absences', subject: 'Absence policy update', body: 'The rules for annual leave and sick leave change in April.\n' },
  { name: 'it: a colleague away on Monday', subject: 'Fuori sede luned\u00ec', body: 'Sono fuori sede luned\u00ec, rientrer\u00f2 marted\u00ec: sentiamoci dopo.\n' },
];

describe('auto-replies in many languages, and challenges', () => {
  for (const r of autoReplies) {
    it(r.name, async () => {
      const m = raw(r);
      // The prefilter must send it on to the kind detector.
      expect(ordinaryMail(new TextDecoder('latin1').decode(bytes(m)))).toBeNull();
      const v = await classify(bytes(m));
      expect(v.kind, v.evidence.map((e) => `${e.rule}: ${e.text}`).join(' | ')).toBe('auto-reply');
      expect(v.category).toBe('auto-reply');
      expect(v.reason).toBe('vacation');
      expect(v.severity).toBe('none');
      for (const locale of supportedLocales) expect(explain(v, { locale }).action).toBe('none');
      if (r.text) {
        const t = await classify(`From: ${r.from ?? 'Marta Neri <marta@firm.example>'}\nSubject: ${r.subject}\n\n${r.body}`, { mode: 'text' });
        expect(t.kind, 'as pasted text').toBe('auto-reply');
      }
    });
  }

  it('ja: "自動応答:" in ISO-2022-JP, as Japanese mail programs send it', async () => {
    // Subject =?ISO-2022-JP?B?...?= "自動応答: 春のご案内"; body "3月10日まで不在にしております。" in ISO-2022-JP (7-bit, ESC sequences).
    const m = `From: Taro <taro@firm.example.jp>\r\nTo: news@sender.example\r\nSubject: =?ISO-2022-JP?B?GyRCPCtGMDF+RXobKEI6IBskQj1VJE4kNDBGRmIbKEI=?=\r\nDate: Wed, 05 Mar 2025 09:00:00 +0900\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n3\x1b$B7n\x1b(B10\x1b$BF|$^$GIT:_$K$7$F$*$j$^$9!#\x1b(B\r\n`;
    expect(ordinaryMail(m)).toBeNull();
    const v = await classify(bytes(m));
    expect(v.kind).toBe('auto-reply');
    expect(v.subject).toBe('自動応答: 春のご案内');
    // The subject without its prefix: the Japanese out-of-office sentence decides with "不在" in the subject.
    const w = await classify(bytes(m.replace('GyRCPCtGMDF+RXobKEI6IBskQj1VJE4kNDBGRmIbKEI=', Buffer.from('\x1b$BIT:_$N$*CN$i$;\x1b(B', 'latin1').toString('base64'))));
    expect(w.subject).toBe('不在のお知らせ');
    expect(w.kind).toBe('auto-reply');
  });

  it('a bounce carrying Auto-Submitted: auto-replied (as Postfix writes it) stays a bounce', async () => {
    const v = await classify(
      `From: MAILER-DAEMON@out.sender.example (Mail Delivery System)\r\nTo: news@sender.example\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\nDate: Wed, 05 Mar 2025 09:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients.\r\n\r\n<anna@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <anna@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\r\n`,
    );
    expect(v.kind).toBe('bounce');
    expect(v.category).toBe('bad-mailbox');
  });
});

describe('near misses stay ordinary mail', () => {
  for (const r of ordinary) {
    it(r.name, async () => {
      const v = await classify(bytes(raw(r)));
      expect(v.kind, v.evidence.map((e) => `${e.rule}: ${e.text}`).join(' | ')).toBe('not-a-bounce');
    });
  }
});
