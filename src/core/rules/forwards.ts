/**
 * How mail programs write a message a person forwards inline: a separator line, then a block of
 * the forwarded message's header fields, then its body. parse/forward.ts reads these tables.
 * Each program's line is written out above its entries, in the five languages of the catalogs.
 */

/**
 * Separator lines framed by dashes, lowercase, as they stand once the dashes and blanks around
 * them are taken off (the line must be exactly one of these, and dashes must frame it: a notice's
 * own "Original Message:" above its returned original is no forward).
 */
export const dashedSeparators: readonly string[] = [
  // Gmail: "---------- Forwarded message ---------"
  'forwarded message', 'messaggio inoltrato', 'message transféré', 'weitergeleitete nachricht', 'mensaje reenviado',
  // Thunderbird: "-------- Forwarded Message --------" ("Messaggio Inoltrato", "Message transféré", ...): the same words
  // Outlook (older desktop versions): "-----Original Message-----"
  'original message', 'messaggio originale', "message d'origine", 'ursprüngliche nachricht', 'mensaje original',
];

/** Apple Mail's line above the block, lowercase, without its final colon: "Begin forwarded message:". */
export const introSeparators: readonly string[] = [
  'begin forwarded message', 'inizio messaggio inoltrato', 'début du message réexpédié', 'anfang der weitergeleiteten nachricht',
  'inicio del mensaje reenviado',
];

// Outlook (desktop and on the web) draws a rule of underscores above the block:
// "________________________________".
export const forwardRuleRe = /^_{10,}$/;

/**
 * Header field names in a forwarded block, lowercase, and the field each one is. Outlook writes
 * From / Sent / To / Cc / Subject; Gmail From / Date / Subject / To; Apple Mail From / Subject /
 * Date / To; Thunderbird Subject / Date / From / To, with a tab after the name. French writes a
 * blank before the colon ("De :", "Objet :").
 */
export const forwardFields: Readonly<Record<string, 'from' | 'subject' | 'to' | 'date' | 'cc' | 'reply-to'>> = {
  // English
  from: 'from', subject: 'subject', to: 'to', date: 'date', sent: 'date', cc: 'cc', 'reply-to': 'reply-to',
  // Italian (Outlook "Da / Inviato / A / Oggetto", Thunderbird "Mittente / Data / A / Oggetto")
  da: 'from', mittente: 'from', oggetto: 'subject', a: 'to', inviato: 'date', data: 'date', 'rispondi a': 'reply-to',
  // French (Outlook "De / Envoyé / À / Objet", Thunderbird "De / Date / Pour / Sujet")
  de: 'from', objet: 'subject', sujet: 'subject', 'à': 'to', pour: 'to', 'envoyé': 'date', 'répondre à': 'reply-to',
  // German (Outlook "Von / Gesendet / An / Betreff", Thunderbird "Von / Datum / An / Betreff")
  von: 'from', betreff: 'subject', an: 'to', gesendet: 'date', datum: 'date', kopie: 'cc', 'antwort an': 'reply-to',
  // Spanish (Outlook "De / Enviado / Para / Asunto", Thunderbird "De / Fecha / Para / Asunto")
  asunto: 'subject', para: 'to', enviado: 'date', fecha: 'date', 'responder a': 'reply-to',
};

/** Outlook's name for the date field ("Sent:"): its block, with no line above, starts a forward only with it. */
export const outlookSentFields: readonly string[] = ['sent', 'inviato', 'envoyé', 'gesendet', 'enviado'];

/**
 * Subject prefixes of a forward: "Fwd:" and "Fw:" (Gmail, Apple Mail, Thunderbird, Outlook in
 * English), Outlook's "I:" (Italian), "TR:" (French), "WG:" (German), "RV:" (Spanish), and
 * "Inoltro:", "Wtr:", "Enc:" some clients write. Folded subjects (lowercase) are tested.
 */
export const forwardSubjectRe = /^(?:fwd?|i|tr|wg|rv|inoltro|wtr|enc)\s?:/;

/**
 * A folded subject without the tags a gateway or a list writes before it ("[EXT] ", "[External] ",
 * "[SPAM] ", "[team-list] "), at most three: "[EXT] RE: ..." is a reply and "[EXT] Fwd: ..." a
 * forward, as they are without the tag.
 */
export function untaggedSubject(folded: string): string {
  let s = folded.trimStart();
  for (let i = 0; i < 3; i++) {
    const m = /^\[[^[\]\n]{1,40}\]\s*/.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}
