/**
 * Issue 8, raw notices: one table per theme, each row a notice written here from documentation
 * (RFC 3463/5248/7293 and the IANA enhanced status code registry, Postfix's bounce(5) and qmgr(8)
 * wording, Exim/qmail/Sendmail notice layouts, postgrey/milter-greylist replies, Sisimai's per-reason
 * phrase lists, the local wording of Italian, French, German, Spanish, Portuguese, Dutch and Japanese
 * servers), with addresses and hosts of its own. Near misses that must stay ordinary mail are in the
 * last table. A failing row names the case and every field that differed.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { differences, eml as emlAt, type Want } from './support/notices.js';

const eml = (headers: Record<string, string>, body: string) => emlAt(headers, body, 'Wed, 12 Mar 2025 16:40:05 +0100');
const daemon = { From: 'Mail Delivery System <MAILER-DAEMON@relay.sender.test>', To: 'writer@sender.test', Subject: 'Undelivered Mail Returned to Sender' };

/** A multipart/report with one recipient's DSN fields per entry of `rcpts`. */
function report(rcpts: { rcpt: string; action: string; status: string; diag?: string; mta?: string }[], notice = 'Your message could not be delivered to one or more recipients.', headers = daemon): string {
  const b = 'th3me-b0undary';
  const fields = rcpts.map((r) => `Final-Recipient: rfc822; ${r.rcpt}\nAction: ${r.action}\nStatus: ${r.status}\n${r.mta ? `Remote-MTA: dns; ${r.mta}\n` : ''}${r.diag ? `Diagnostic-Code: smtp; ${r.diag}\n` : ''}`).join('\n');
  return eml(
    { ...headers, 'Content-Type': `multipart/report; report-type=delivery-status; boundary="${b}"` },
    `--${b}\nContent-Type: text/plain; charset=utf-8\n\n${notice}\n--${b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay.sender.test\n\n${fields}\n--${b}\nContent-Type: text/rfc822-headers\n\nFrom: writer@sender.test\nTo: team@dest.test\nSubject: minutes of the meeting\n\n--${b}--\n`,
  );
}

type Case = [name: string, input: string, want: Want];

async function check(input: string, want: Want): Promise<string[]> {
  return differences(await classify(input), want);
}

// Theme 2: the generic unknown-recipient sentence decides over a generic 550 or 5.7.x code. Without
// RCPT TO or an X.1.1 code, Sisimai reads the same words as a filter (`filtered`): the category a
// person sees is still the bad mailbox the words name.
const unknownRecipient: Case[] = [
  ['550 User unknown, no command, no specific code', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.0.0', diag: '550 User unknown' }]),
    { kind: 'bounce', recipients: ['pia@dest.test'], category: 'bad-mailbox' }],
  ['550 5.7.1 Invalid recipient', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.7.1', diag: '550 5.7.1 Invalid recipient <pia@dest.test>' }]),
    { kind: 'bounce', category: 'bad-mailbox' }],
  ['550 5.1.2 Bad destination mailbox address (the X.1.1 wording wins over the X.1.2 code)', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.1.2', diag: '550 5.1.2 Bad destination mailbox address' }]),
    { kind: 'bounce', category: 'bad-mailbox' }],
  ['No such user here, answered to RCPT TO', eml({ ...daemon, Subject: 'failure notice' }, 'I could not deliver your message to <teo@dest.test>.\nRCPT TO:<teo@dest.test> said 550 No such user here\n'),
    { kind: 'bounce', recipients: ['teo@dest.test'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],
  ['5.3.0 with "no longer exists"', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.3.0', diag: '550 5.3.0 Mailbox no longer exists' }]),
    { kind: 'bounce', category: 'bad-mailbox' }],
  ['vpopmail: invalid or unknown virtual user, at RCPT', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.1.1', diag: '550 5.1.1 vdeliver: Invalid or unknown virtual user (in reply to RCPT TO command)' }]),
    { reason: 'userunknown', severity: 'hard' }],
];

// Theme 3: words that are not the server's words about the cause.
const notServerWords: Case[] = [
  ['an address named virus-lab is not a virus', report([{ rcpt: 'virus-lab@dest.test', action: 'failed', status: '5.1.1', diag: '550 5.1.1 <virus-lab@dest.test>: Recipient address rejected: User unknown in local recipient table' }]),
    { recipients: ['virus-lab@dest.test'], reason: 'userunknown', category: 'bad-mailbox', severity: 'hard' }],
  ['an address named spam-desk is not spam', report([{ rcpt: 'spam-desk@dest.test', action: 'failed', status: '5.2.2', diag: '552 5.2.2 <spam-desk@dest.test>: mailbox full' }]),
    { reason: 'mailboxfull', category: 'quota-issues' }],
  ['a host named virusscan is not a virus', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.1.1', diag: '550 5.1.1 virusscan.dest.test: Recipient address rejected: User unknown (in reply to RCPT TO command)', mta: 'virusscan.dest.test' }]),
    { reason: 'userunknown' }],
  ['Postfix "delivery temporarily suspended" is a queue state: the cause follows it', report([{ rcpt: 'pia@dest.test', action: 'delayed', status: '4.4.1', diag: 'delivery temporarily suspended: connect to mx.dest.test[192.0.2.5]:25: Connection timed out' }]),
    { action: 'delayed', severity: 'soft' }],
  ['Postfix queue state and an unknown transport error: no account suspended', report([{ rcpt: 'pia@dest.test', action: 'delayed', status: '4.3.0', diag: 'delivery temporarily suspended: unknown mail transport error' }]),
    { action: 'delayed', severity: 'soft', category: 'bad-configuration' }],
  ['words of the returned original are not the cause', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.1.1', diag: '550 5.1.1 User unknown (in reply to RCPT TO command)' }], 'Your message could not be delivered.\n\n> Subject: your mailbox is full and the account suspended\n'),
    { reason: 'userunknown', category: 'bad-mailbox' }],
];

// Theme 4: RFC 7293 / IANA registry X.7.17 and X.7.18, and clear sentences over vague codes.
const codesAgainstWords: Case[] = [
  ['5.7.17 Mailbox owner has changed (RFC 7293)', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.7.17', diag: '550 5.7.17 Mailbox owner has changed' }]),
    { status: '5.7.17', reason: 'hasmoved', category: 'inactive-mailbox', severity: 'hard' }],
  ['5.7.18 Domain owner has changed (RFC 7293)', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.7.18', diag: '550 5.7.18 Domain owner has changed' }]),
    { status: '5.7.18', reason: 'hasmoved', category: 'inactive-mailbox' }],
  ['the owner-changed sentence under a vague 5.7.1', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.7.1', diag: '550 5.7.1 The mailbox owner has changed since the message was written' }]),
    { reason: 'hasmoved', category: 'inactive-mailbox' }],
  ['"account disabled" under a vague 5.3.0', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.3.0', diag: '550 5.3.0 The account has been disabled' }]),
    { reason: 'suspend', category: 'inactive-mailbox' }],
  ['"account disabled" under a vague 5.7.1', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.7.1', diag: '550 5.7.1 Account disabled' }]),
    { reason: 'suspend', category: 'inactive-mailbox' }],
  ['5.7.13 User account disabled (RFC 5248 registry)', report([{ rcpt: 'pia@dest.test', action: 'failed', status: '5.7.13', diag: '525 5.7.13 User account disabled' }]),
    { reason: 'suspend', category: 'inactive-mailbox' }],
];

// Theme 5: a warning is a delay; greylisting is a deliberate deferral, not an expired message.
const delays: Case[] = [
  ['free-text warning, no code: delayed, never final', eml({ ...daemon, Subject: 'Warning: message delayed' }, 'This message was created automatically by mail delivery software.\n\nThis is just a warning, you do not need to take any action. The server will continue trying\nto deliver your message to the following recipient for 5 days:\n\n  rina@dest.test\n'),
    { kind: 'bounce', recipients: ['rina@dest.test'], action: 'delayed', severity: 'soft' }],
  ['"450 4.2.0 Greylisted, please retry" (postgrey)', report([{ rcpt: 'rina@dest.test', action: 'delayed', status: '4.2.0', diag: '450 4.2.0 <rina@dest.test>: Recipient address rejected: Greylisted, please retry in 300 seconds' }]),
    { action: 'delayed', category: 'policy-related', severity: 'soft' }],
  ['"451 4.7.1 Greylisting in action" (milter-greylist), even in a final notice', report([{ rcpt: 'rina@dest.test', action: 'failed', status: '4.7.1', diag: '451 4.7.1 Greylisting in action, please come back later' }]),
    { category: 'policy-related', severity: 'soft' }],
];

// Theme 6: every failed address, each with its own reason.
const several: Case[] = [
  ['two DSN recipients, two reasons', report([
    { rcpt: 'una@dest.test', action: 'failed', status: '5.1.1', diag: '550 5.1.1 User unknown (in reply to RCPT TO command)' },
    { rcpt: 'dos@other.test', action: 'failed', status: '5.2.2', diag: '552 5.2.2 Mailbox full', mta: 'mx.other.test' },
  ]), { recipients: ['una@dest.test', 'dos@other.test'], reason: 'userunknown' }],
  ['two addresses in one sentence share the reply under it', eml({ ...daemon, Subject: 'Undeliverable' }, 'Delivery to the following recipients failed: una@dest.test, dos@dest.test\n550 5.1.1 User unknown\n'),
    { recipients: ['una@dest.test', 'dos@dest.test'], status: '5.1.1' }],
  ['Exim-style X-Failed-Recipients names the address the body does not', eml({ ...daemon, Subject: 'Mail delivery failed', 'X-Failed-Recipients': 'una@dest.test' }, 'Your message could not be delivered. The remote server said: 550 5.1.1 User unknown\n'),
    { recipients: ['una@dest.test'], status: '5.1.1', category: 'bad-mailbox' }],
  ['"Recipient address:" line', eml({ ...daemon, Subject: 'Delivery failure' }, 'The message could not be delivered.\n\nRecipient address: una@dest.test\nReason: 550 5.2.2 Mailbox full\n'),
    { recipients: ['una@dest.test'], reason: 'mailboxfull' }],
  ['a plain list of two, each with its reply', eml({ ...daemon, Subject: 'Returned mail: see transcript for details' }, 'Your message could not be delivered to the following recipients:\n\nuna@dest.test: 550 No such user\ndos@other.test: 552 Mailbox full\n'),
    { recipients: ['una@dest.test', 'dos@other.test'] }],
];

// Theme 7: headers that are hard to read.
const postfixBody = `This is the mail system at host relay.sender.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<lea@dest.test>: host mx.dest.test[192.0.2.1] said: 550 5.1.1 <lea@dest.test>:
    Recipient address rejected: User unknown (in reply to RCPT TO command)
`;
const hardHeaders: Case[] = [
  ['Windows/Outlook.com notice with no DSN part: the Status line under the list is the recipient\'s', eml({ ...daemon, Subject: 'Delivery Status Notification (Failure)' }, 'This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients failed.\n\n       lea@dest.test\n\nStatus: 5.1.1 (bad destination mailbox address)\n'),
    { kind: 'bounce', recipients: ['lea@dest.test'], status: '5.1.1', reason: 'userunknown', category: 'bad-mailbox' }],
  ['first line blank', `\n${eml(daemon, postfixBody)}`, { kind: 'bounce', recipients: ['lea@dest.test'], reason: 'userunknown' }],
  ['first line only whitespace', ` \t\r\n${eml(daemon, postfixBody)}`, { kind: 'bounce', recipients: ['lea@dest.test'], reason: 'userunknown' }],
  ['MAILER-DAEMON keeps the original subject and gives one reply line', eml({ From: 'MAILER-DAEMON@mx.dest.test', To: 'writer@sender.test', Subject: 'minutes of the meeting' }, '550 5.1.1 <lea@dest.test>: Recipient address rejected: User unknown\n'),
    { kind: 'bounce', recipients: ['lea@dest.test'], status: '5.1.1', category: 'bad-mailbox' }],
];

// Theme 9: notices in other languages, with or without a code.
const notice = (from: string, subject: string, body: string) => eml({ From: from, To: 'writer@sender.test', Subject: subject }, body);
const languages: Case[] = [
  ['Italian, no code: utente sconosciuto', notice('postmaster@relay.sender.test', 'Messaggio non recapitabile', 'Impossibile recapitare il messaggio ai seguenti destinatari:\n\nmarco@dest.test\nUtente sconosciuto\n'),
    { kind: 'bounce', recipients: ['marco@dest.test'], category: 'bad-mailbox' }],
  ['Italian, full mailbox in a sentence', notice('MAILER-DAEMON@relay.sender.test', 'Notifica di mancato recapito', 'Il messaggio non è stato recapitato a marco@dest.test.\nMotivo: la casella di posta del destinatario è piena.\n'),
    { kind: 'bounce', recipients: ['marco@dest.test'], reason: 'mailboxfull', category: 'quota-issues' }],
  ['French: adresse inconnue', notice('MAILER-DAEMON@relay.sender.test', 'Non remis', "Votre message n'a pas pu être remis aux destinataires suivants :\n\nlouise@dest.test\nAdresse inconnue : ce destinataire n'existe pas.\n"),
    { kind: 'bounce', recipients: ['louise@dest.test'], category: 'bad-mailbox' }],
  ['French: compte désactivé', notice('MAILER-DAEMON@relay.sender.test', 'Non remis', "Votre message n'a pas pu être remis aux destinataires suivants :\n\nlouise@dest.test\n550 Le compte désactivé ne reçoit plus de messages\n"),
    { reason: 'suspend', category: 'inactive-mailbox' }],
  ['German: Postfach ist voll', notice('MAILER-DAEMON@relay.sender.test', 'Unzustellbar: Protokoll', 'Die Nachricht an jonas@dest.test konnte nicht zugestellt werden.\nGrund: Das Postfach des Empfängers ist voll.\n'),
    { kind: 'bounce', recipients: ['jonas@dest.test'], reason: 'mailboxfull' }],
  ['German: Benutzer unbekannt', notice('MAILER-DAEMON@relay.sender.test', 'Unzustellbar', 'Ihre Nachricht konnte nicht zugestellt werden an:\n\njonas@dest.test\n550 Benutzer unbekannt\n'),
    { category: 'bad-mailbox' }],
  ['Spanish: destinatario desconocido', notice('MAILER-DAEMON@relay.sender.test', 'No se puede entregar', 'No se ha podido entregar el mensaje a los siguientes destinatarios:\n\nlucia@dest.test\nDestinatario desconocido\n'),
    { recipients: ['lucia@dest.test'], category: 'bad-mailbox' }],
  ['Portuguese: usuário inexistente', notice('MAILER-DAEMON@relay.sender.test', 'Mensagem não entregue', 'Não foi possível entregar a mensagem para:\n\njoao@dest.test\nUsuário inexistente.\n'),
    { recipients: ['joao@dest.test'], category: 'bad-mailbox' }],
  ['Portuguese: caixa de correio cheia', notice('MAILER-DAEMON@relay.sender.test', 'Mensagem não entregue', 'Não foi possível entregar a mensagem para:\n\njoao@dest.test\nA caixa de correio do destinatário está cheia: caixa de correio cheia.\n'),
    { reason: 'mailboxfull' }],
  ['Dutch: onbekende gebruiker', notice('MAILER-DAEMON@relay.sender.test', 'Onbestelbaar', 'Uw bericht kon niet worden afgeleverd bij de volgende ontvangers:\n\nsanne@dest.test\nOnbekende gebruiker\n'),
    { recipients: ['sanne@dest.test'], category: 'bad-mailbox' }],
  ['Dutch: mailbox is vol', notice('MAILER-DAEMON@relay.sender.test', 'Onbestelbaar', 'Uw bericht kon niet worden afgeleverd aan sanne@dest.test: de mailbox is vol.\n'),
    { recipients: ['sanne@dest.test'], reason: 'mailboxfull' }],
  ['Japanese: the address does not exist', notice('MAILER-DAEMON@relay.sender.test', '配信エラー', '以下のアドレスへのメッセージは配信できませんでした。\n\nhana@dest.test\n宛先のメールアドレスが存在しません。\n'),
    { recipients: ['hana@dest.test'], category: 'bad-mailbox' }],
  // Exchange / Microsoft 365 NDRs written in the sender's language (the localized RecipNotFound sentence), no code.
  ...([
    ['it', 'Non recapitabile: prova', "Recapito non riuscito per questi destinatari o gruppi:\n\nana@dest.test\nImpossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo e inviare di nuovo il messaggio.\n"],
    ['fr', 'Non remis : essai', "La remise à ces destinataires ou groupes a échoué :\n\nana@dest.test\nL'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse, puis renvoyez le message.\n"],
    ['de', 'Unzustellbar: Test', 'Fehler bei der Zustellung an folgende Empfänger oder Gruppen:\n\nana@dest.test\nDie eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut.\n'],
    ['es', 'No se puede entregar: prueba', 'No se pudo entregar a estos destinatarios o grupos:\n\nana@dest.test\nNo se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección y vuelve a mandar el mensaje.\n'],
    ['pt', 'Não é possível entregar: teste', 'Falha na entrega a estes destinatários ou grupos:\n\nana@dest.test\nO endereço de email que você inseriu não foi encontrado. Verifique o endereço e tente reenviar a mensagem.\n'],
    ['nl', 'Onbestelbaar: test', 'Bezorging is mislukt voor deze geadresseerden of groepen:\n\nana@dest.test\nHet e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het adres en verzend het bericht opnieuw.\n'],
  ] as const).map(([lang, subject, body]): Case => [`Exchange NDR in ${lang}: the address could not be found`, notice('Microsoft Outlook <postmaster@relay.sender.test>', subject, body),
    { kind: 'bounce', recipients: ['ana@dest.test'], category: 'bad-mailbox' }]),
  ['Italian: dominio inesistente', notice('MAILER-DAEMON@relay.sender.test', 'Messaggio non recapitabile', 'Impossibile recapitare il messaggio ai seguenti destinatari:\n\nmarco@nowhere.test\nDominio inesistente\n'),
    { recipients: ['marco@nowhere.test'], reason: 'hostunknown', category: 'bad-domain' }],
  ['German: Relaying nicht erlaubt', notice('MAILER-DAEMON@relay.sender.test', 'Unzustellbar', 'Ihre Nachricht konnte nicht zugestellt werden an:\n\njonas@dest.test\n554 5.7.1 Relaying nicht erlaubt\n'),
    { reason: 'norelaying', category: 'relaying-issues' }],
  ['French: considéré comme spam', notice('MAILER-DAEMON@relay.sender.test', 'Non remis', "Votre message n'a pas pu être remis aux destinataires suivants :\n\nlouise@dest.test\n550 5.7.1 Message considéré comme spam\n"),
    { category: 'spam-related' }],
  ['Exchange NDR in Spanish: the mailbox is full', notice('Microsoft Outlook <postmaster@relay.sender.test>', 'No se puede entregar: prueba', 'No se pudo entregar a estos destinatarios o grupos:\n\nana@dest.test\nEl buzón del destinatario está lleno y no puede aceptar mensajes en este momento.\n'),
    { reason: 'mailboxfull', category: 'quota-issues' }],
];

// Near misses: ordinary mail that uses the same words must stay ordinary.
const nearMisses: Case[] = [
  ['a colleague writes about greylisting', eml({ From: 'Ops <ops@sender.test>', To: 'team@sender.test', Subject: 'greylisting on the new relay' }, 'Hi all,\n\nwe turned on greylisting (postgrey) on the new relay; first mails from new senders get 450 and arrive a few minutes later.\n\nBest,\nops\n'),
    { kind: 'not-a-bounce' }],
  ['an Italian newsletter mentions a full mailbox', eml({ From: 'Notizie <news@shop.test>', To: 'marco@dest.test', Subject: 'Offerte della settimana' }, 'Ciao Marco,\n\nla tua casella di posta è piena di offerte? Ecco le migliori della settimana.\n'),
    { kind: 'not-a-bounce' }],
  ['a German note about an unknown user in a form', eml({ From: 'IT <it@firma.test>', To: 'jonas@firma.test', Subject: 'Zugang zum Portal' }, 'Hallo Jonas,\n\ndas Portal meldet "Benutzer unbekannt" – bitte registriere dich zuerst.\n\nGruß\nIT\n'),
    { kind: 'not-a-bounce' }],
];

describe('issue 8 themes, raw notices', () => {
  for (const [theme, rows] of [
    ['2 unknown recipient', unknownRecipient], ['3 not the server\'s words', notServerWords], ['4 codes against words', codesAgainstWords],
    ['5 delays and greylisting', delays], ['6 several recipients', several], ['7 hard headers', hardHeaders], ['9 languages', languages],
    ['near misses', nearMisses],
  ] as const) {
    describe(theme, () => {
      it.each(rows)('%s', async (_name, input, want) => {
        expect(await check(input, want)).toEqual([]);
      });
    });
  }
});
