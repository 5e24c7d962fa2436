/**
 * A notice as a person forwards it: the forward forms the webmails and mail programs write around
 * the message they forward, in the five languages of the catalogs, written from how each program
 * is documented and seen to behave (the header block's field names and order, the separator line):
 * - Gmail: "---------- Forwarded message ---------", then From / Date / Subject / To.
 * - Outlook (desktop and on the web): a rule line of underscores, then From / Sent / To / Subject;
 *   older Outlook: "-----Original Message-----" and the same block.
 * - Apple Mail: "Begin forwarded message:", a blank line, then From / Subject / Date / To.
 * - Thunderbird: "-------- Forwarded Message --------", then Subject / Date / From / To, each
 *   name followed by a tab (its header table as text).
 * The outer subject takes the program's prefix: "Fwd:" (Gmail, Apple Mail, Thunderbird), Outlook's
 * "FW:" in English and "I:", "TR:", "WG:", "RV:" in Italian, French, German and Spanish.
 * The harness, not the classifier, knows these forms: they are the input, built from the corpus.
 */

export type Lang = 'en' | 'it' | 'fr' | 'de' | 'es';
export const langs: readonly Lang[] = ['en', 'it', 'fr', 'de', 'es'];

interface Fields {
  from: string;
  date: string;
  subject: string;
  to: string;
  sent: string;
}

interface FormWords {
  gmail: string;
  outlookOriginal: string;
  apple: string;
  thunderbird: string;
  f: Fields;
  /** Thunderbird's field names (its own translations differ from Outlook's). */
  tb: Fields;
  outlookPrefix: string;
  /** A line a person writes above the forward. */
  note: string;
  /** A date as that program writes it in that language. */
  dateText: string;
}

const words: Record<Lang, FormWords> = {
  en: {
    gmail: '---------- Forwarded message ---------', outlookOriginal: '-----Original Message-----', apple: 'Begin forwarded message:',
    thunderbird: '-------- Forwarded Message --------',
    f: { from: 'From:', date: 'Date:', subject: 'Subject:', to: 'To:', sent: 'Sent:' },
    tb: { from: 'From:', date: 'Date:', subject: 'Subject:', to: 'To:', sent: 'Date:' },
    outlookPrefix: 'FW:', note: 'Hi, this came back after the newsletter. Can you have a look?', dateText: 'Tuesday, June 11, 2024 6:15 PM',
  },
  it: {
    gmail: '---------- Messaggio inoltrato ---------', outlookOriginal: '-----Messaggio originale-----', apple: 'Inizio messaggio inoltrato:',
    thunderbird: '-------- Messaggio Inoltrato --------',
    f: { from: 'Da:', date: 'Data:', subject: 'Oggetto:', to: 'A:', sent: 'Inviato:' },
    tb: { from: 'Mittente:', date: 'Data:', subject: 'Oggetto:', to: 'A:', sent: 'Data:' },
    outlookPrefix: 'I:', note: 'Ciao, questo è tornato indietro dopo la newsletter. Puoi dare un\'occhiata?', dateText: 'martedì 11 giugno 2024 18:15',
  },
  fr: {
    gmail: '---------- Message transféré ---------', outlookOriginal: "-----Message d'origine-----", apple: 'Début du message réexpédié :',
    thunderbird: '-------- Message transféré --------',
    f: { from: 'De :', date: 'Date :', subject: 'Objet :', to: 'À :', sent: 'Envoyé :' },
    tb: { from: 'De :', date: 'Date :', subject: 'Sujet :', to: 'Pour :', sent: 'Date :' },
    outlookPrefix: 'TR:', note: 'Bonjour, ceci est revenu après la lettre d\'information. Peux-tu regarder ?', dateText: 'mardi 11 juin 2024 18:15',
  },
  de: {
    gmail: '---------- Weitergeleitete Nachricht ---------', outlookOriginal: '-----Ursprüngliche Nachricht-----', apple: 'Anfang der weitergeleiteten Nachricht:',
    thunderbird: '-------- Weitergeleitete Nachricht --------',
    f: { from: 'Von:', date: 'Datum:', subject: 'Betreff:', to: 'An:', sent: 'Gesendet:' },
    tb: { from: 'Von:', date: 'Datum:', subject: 'Betreff:', to: 'An:', sent: 'Datum:' },
    outlookPrefix: 'WG:', note: 'Hallo, das kam nach dem Newsletter zurück. Kannst du es dir ansehen?', dateText: 'Dienstag, 11. Juni 2024 18:15',
  },
  es: {
    gmail: '---------- Mensaje reenviado ---------', outlookOriginal: '-----Mensaje original-----', apple: 'Inicio del mensaje reenviado:',
    thunderbird: '-------- Mensaje reenviado --------',
    f: { from: 'De:', date: 'Fecha:', subject: 'Asunto:', to: 'Para:', sent: 'Enviado:' },
    tb: { from: 'De:', date: 'Fecha:', subject: 'Asunto:', to: 'Para:', sent: 'Fecha:' },
    outlookPrefix: 'RV:', note: 'Hola, esto volvió después del boletín. ¿Puedes mirarlo?', dateText: 'martes, 11 de junio de 2024 18:15',
  },
};

export const forms = ['gmail', 'outlook', 'outlook-original', 'apple', 'thunderbird'] as const;
export type Form = (typeof forms)[number];

/** The forwarder: a person, whose address must never be listed as a failed recipient. */
export const forwarder = 'anna.forwarder@lists.example.net';
const lead = 'lead@example.net';

/** A rendering split into its lead header lines (From:, Subject:) and its body. */
export function splitRendering(text: string): { from: string; subject: string; body: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let from = '';
  let subject = '';
  let i = 0;
  for (; i < lines.length && i < 6; i++) {
    const m = /^(from|subject):\s*(.*)$/i.exec(lines[i]!);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'from') from = m[2]!;
    else subject = m[2]!;
  }
  while (i < lines.length && !lines[i]!.trim()) i++;
  return { from, subject, body: lines.slice(i).join('\n') };
}

/** The forwarded block (separator, header block, blank line, the inner body) as `form` writes it in `lang`. */
export function forwardBlock(form: Form, lang: Lang, inner: { from: string; subject: string; body: string }): string {
  const w = words[lang];
  const f = w.f;
  const from = inner.from || 'Mail Delivery System <MAILER-DAEMON@mx.example.net>';
  switch (form) {
    case 'gmail':
      return `${w.gmail}\n${f.from} ${from}\n${f.date} ${w.dateText}\n${f.subject} ${inner.subject}\n${f.to} <${forwarder}>\n\n\n${inner.body}`;
    case 'outlook':
      return `________________________________\n${f.from} ${from}\n${f.sent} ${w.dateText}\n${f.to} ${forwarder}\n${f.subject} ${inner.subject}\n\n${inner.body}`;
    case 'outlook-original':
      return `${w.outlookOriginal}\n${f.from} ${from}\n${f.sent} ${w.dateText}\n${f.to} ${forwarder}\n${f.subject} ${inner.subject}\n\n${inner.body}`;
    case 'apple':
      return `${w.apple}\n\n${f.from} ${from}\n${f.subject} ${inner.subject}\n${f.date} ${w.dateText}\n${f.to} ${forwarder}\n\n${inner.body}`;
    case 'thunderbird': {
      const t = w.tb;
      return `\n\n\n${w.thunderbird}\n${t.subject} \t${inner.subject}\n${t.date} \t${w.dateText}\n${t.from} \t${from}\n${t.to} \t${forwarder}\n\n\n\n${inner.body}`;
    }
  }
}

/** The outer subject prefix `form` writes in `lang`. */
export function forwardPrefix(form: Form, lang: Lang): string {
  return form === 'outlook' || form === 'outlook-original' ? words[lang].outlookPrefix : 'Fwd:';
}

/**
 * A rendering forwarded as a person's webmail shows it: the forward's own From/Subject lines
 * (`withHeaders`), maybe a line the person wrote (`note`), then the forwarded block.
 */
export function forwardedText(text: string, form: Form, lang: Lang, opts: { withHeaders: boolean; note: boolean }): string {
  const inner = splitRendering(text);
  const head = opts.withHeaders ? `From: Anna Forwarder <${forwarder}>\nSubject: ${forwardPrefix(form, lang)} ${inner.subject}\n\n` : '';
  const note = opts.note ? `${words[lang].note}\n\n` : '';
  return `${head}${note}${forwardBlock(form, lang, inner)}`;
}

/** The forwarded text as the forwarder's message (an .eml of one text/plain part). */
export function forwardedEml(text: string, form: Form, lang: Lang): string {
  const inner = splitRendering(text);
  const body = `${words[lang].note}\n\n${forwardBlock(form, lang, inner)}`;
  return [
    `From: Anna Forwarder <${forwarder}>`, `To: <${lead}>`, `Subject: ${forwardPrefix(form, lang)} ${inner.subject}`,
    'Date: Wed, 12 Jun 2024 09:00:00 +0200', 'Message-ID: <fwd-1@lists.example.net>', 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body,
  ].join('\r\n');
}

/** A message forwarded as an attachment (Outlook's "Forward as attachment", Gmail's likewise): message/rfc822. */
export function attachedEml(eml: string, subject: string, lang: Lang): string {
  const boundary = '=_fwd_boundary_1';
  return [
    `From: Anna Forwarder <${forwarder}>`, `To: <${lead}>`, `Subject: ${forwardPrefix('outlook', lang)} ${subject}`,
    'Date: Wed, 12 Jun 2024 09:00:00 +0200', 'Message-ID: <fwd-2@lists.example.net>', 'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '',
    words[lang].note, '', `--${boundary}`, 'Content-Type: message/rfc822', 'Content-Disposition: attachment; filename="forwarded.eml"', '',
    // A corpus file's mbox "From " line is the mailbox's, not the message's.
    eml.replace(/^From [^\n]*\n/, '').replace(/\r?\n/g, '\r\n'), `--${boundary}--`, '',
  ].join('\r\n');
}
