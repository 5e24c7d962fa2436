/**
 * Signs that tell a bounce from an auto-reply, a complaint, a success notice and ordinary mail.
 * Lowercase substrings, as in rules/phrases.ts.
 */
import { feedbackTypes, type FeedbackType, type Reason } from '../types.js';

/**
 * Subjects mail systems give their failure and delay notices, in the languages of the servers that
 * send them. With failure words in the body they decide (people do not title mail this way).
 */
export const bounceSubjects = [
  'undeliverable:', 'undeliverable mail', 'undeliverable message', 'undelivered mail', 'undelivered message', 'returned mail', 'return mail', 'delivery status notification', 'failure notice', 'mail delivery failed: returning',
  'nondeliverable', 'non-deliverable', 'non delivery', 'non-delivery', 'nondelivery', 'could not send message', 'mail system error',
  'delayed mail', 'warning: could not send', 'message not delivered', 'returned to sender', 'mail failure', 'failure delivery',
  'unzustellbar', 'nicht zustellbar', 'non recapitabile', 'mancato recapito', 'mensaje no entregado', 'no se puede entregar',
  // fml: "You a@b are not member (list ML)"
  'are not member (', 'are not a member (',
  'onbestelbaar', 'n\u00e3o \u00e9 poss\u00edvel entregar', 'n\u00e3o entregue', 'non remis', 'echec de remise', '\u00e9chec de la remise', 'impossible de remettre', 'rejected message', 'failed mail',
  'mail could not be delivered', 'message could not be delivered', 'returned message', 'loop alert', 'message you sent blocked',
  'notificaci\u00f3n de estado de entrega', '\u30a8\u30e9\u30fc\u901a\u77e5', 'mail delivery status', 'mail delivery problem',
  // Titles Sisimai 4.25's Lhost modules identify notices by: Exim "Message frozen", "error(s) in forwarding or
  // filtering"; Exchange (French) "Non_remis_"; Domino "DELIVERY_FAILURE:"; InterScan MSS (ja) メッセージを配信できません。 /
  // メール配信に失敗しました
  'message frozen', 'error(s) in forwarding or filtering', 'non_remis_', 'delivery_failure:',
  '\u30e1\u30c3\u30bb\u30fc\u30b8\u3092\u914d\u4fe1\u3067\u304d\u307e\u305b\u3093', '\u30e1\u30fc\u30eb\u914d\u4fe1\u306b\u5931\u6557\u3057\u307e\u3057\u305f',
  // MailFoundry, Mimecast, MDaemon, XMail; Smail 3 "mail failed, returning to sender"
  'message delivery has failed', 'email delivery failure', 'permanent delivery failure', 'message delivery failure', 'mail failed, returning',
  // Chinese notices (qq.com, 163.com): 退信 (returned mail), 邮件投递失败 (mail delivery failed); Russian: Недоставленное сообщение
  '\u9000\u4fe1', '\u6295\u9012\u5931\u8d25', '\u043d\u0435\u0434\u043e\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043d\u043e\u0435 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435',
];

/**
 * Subjects of failures that are not only about mail ("Delivery failed" is also a parcel's): they
 * count only with a notice sender or an SMTP failure line.
 */
export const weakBounceSubjects = [
  'delivery failure', 'delivery failed', 'delivery problem', 'not delivered', 'delivery has failed', 'failed delivery',
  'error sending', 'message delayed', 'delivery delayed', 'delivery error', 'permanent error', 'delivery notification', 'delivery status',
];

/** Senders of notices: the local parts mail systems send them from (matched whole). */
export const daemonLocalParts = [
  'mailer-daemon', 'mailer_daemon', 'mailerdaemon', 'mail-daemon', 'maildaemon', 'postmaster', 'post_master', 'mail.delivery.system',
];

/** Display names of notice senders (matched whole, case and quotes ignored). */
export const daemonNames = [
  'mail delivery system', 'mail delivery subsystem', 'mailer daemon', 'mailer-daemon', 'mail administrator', 'postmaster',
  'mail delivery service', 'system administrator',
];

/**
 * The part of `from` that shows a mail system sent the message ('' if none): a local part such
 * as MAILER-DAEMON or postmaster (Exchange: MicrosoftExchange + hex), or a display name such as
 * "Mail Delivery Subsystem" — each matched whole, so "postmaster-noreply@" or "Mail delivery team"
 * are people's senders.
 */
export function noticeSender(from: string): string {
  const f = from.trim().toLowerCase();
  if (f === '' || f === '<>') return '<>';
  // Each regex runs only where the character it cannot match without is there (the prefilter,
  // parse/forward.ts and kind.ts each ask of every message's From).
  const angled = f.includes('<');
  const addr = (angled ? /<([^<>]{0,320})>/.exec(f)?.[1] : undefined) ?? (/^[^\s<>"]{1,320}/.exec(f)?.[0] ?? '');
  const bare = addr.includes('@') ? addr.slice(0, addr.indexOf('@')) : addr;
  const local = bare.includes('"') ? bare.replace(/^"|"$/g, '') : bare;
  if (daemonLocalParts.includes(local)) return local;
  if (local.startsWith('microsoftexchange') && /^microsoftexchange[0-9a-f]{0,40}$/.test(local)) return local;
  // "Name <addr>" or "addr (Name)"
  const quoted = angled ? f.slice(0, f.indexOf('<')) : f.includes(')') ? (/\(([^()]{1,120})\)\s*$/.exec(f)?.[1] ?? '') : '';
  const name = (quoted.includes('"') || quoted.includes("'") ? quoted.replace(/["']/g, '') : quoted).trim();
  if (name && daemonNames.includes(name)) return name;
  if (angled && addr === '' && daemonNames.includes(name)) return name;
  return '';
}

/**
 * Sentences of failure notices. Weak alone (people write "could not be delivered" too): they
 * count with a structural sign (a notice sender, an SMTP failure line) or a notice subject.
 */
export const failurePhrases = [
  'could not be delivered', 'couldn\'t be delivered', 'was not delivered', 'wasn\'t delivered', 'delivery has failed',
  'delivery failed', 'delivery to the following recipient', 'permanent error', 'permanent fatal error', 'undeliverable',
  'the following address(es) failed', 'following addresses had permanent', 'wasn\'t able to deliver',
  'not be delivered', 'could not deliver', 'delivery failure', 'returned to you', 'returning message to sender',
  'has not been delivered', 'failed to deliver', 'delivery to these recipients', 'cannot be delivered',
  'undelivered mail', 'delivery of your message', 'your message did not reach', 'your message was not', 'message was rejected',
  'rejected your message', 'has been delayed', 'delivery is delayed', 'still trying', 'has not yet been delivered',
  'non \u00e8 stato possibile', 'nicht zugestellt', 'no se pudo entregar', 'n\'a pas pu \u00eatre', 'remote host said',
  'smtp error', 'diagnostic-code', 'mail delivery failed', 'message could not be sent', 'user unknown',
  'mailbox unavailable', 'recipient address rejected', 'message not delivered', 'the error that the other server returned',
  'technical details of permanent failure', 'did not reach the following recipient', 'unknown recipient', 'invalid user address',
  'duplicated message-id',
  'incorrectly constructed', 'could not be delivered to', 'was aborted after', 'the following addresses had',
  'this is a warning message only', 'delivery status notification', 'host unknown',
  'returned mail', 'message was undeliverable', 'delivery attempts', 'mail delivery system',
  // Japanese notices (au/KDDI, docomo, m-FILTER, Biglobe): "could not send", "sending failed", "delivery error".
  '送信できません', '送信に失敗', '配信できません', '届きませんでした', '宛先不明', 'delivery to the following recipients failed', 'the following message to',
  'could not be sent', 'unable to be delivered', 'this is the mail system at host',
  'i\'m sorry to have to inform you', 'this message was created automatically by mail delivery software',
  // Chinese: 投递失败 / 发送失败 (delivery failed), 没有发送成功 (was not sent), 无法送达 (cannot be delivered);
  // 退信 ("returned mail") alone is a word people use, so it counts only as a subject.
  '投递失败', '发送失败', '没有发送成功', '无法送达', '无法投递',
  // Japanese 配信に失敗 (delivery failed); Russian "не может быть доставлено" (cannot be delivered)
  '配信に失敗', 'не может быть доставлено',
  // CommuniGate Pro, MailFoundry, XMail, GroupWise
  'failed to deliver to \'', 'unable to deliver message to:', 'xmail bounce:', 'was undeliverable to the following',
  // Yahoo: "Sorry, we were unable to deliver your message to the following address."; Gmail: "There was a temporary
  // problem delivering your message to a@b."
  'unable to deliver your message', 'problem delivering your message',
  // MDaemon, hMailServer, SmarterMail: "Unable to deliver message to the following recipients, due to being unable to connect ..."
  'unable to deliver message to the following',
  // The same first sentence in the languages MTAs and webmail providers localize their notices into:
  // Italian "Impossibile recapitare il messaggio ai seguenti destinatari", "Il messaggio non è stato
  // recapitato"; German "Ihre Nachricht konnte nicht an folgende Empfänger zugestellt werden";
  // Portuguese "Não foi possível entregar a mensagem"; Dutch "Uw bericht kon niet worden bezorgd";
  // Spanish "El mensaje no ha podido ser entregado"; French "Impossible de remettre le message".
  'impossibile recapitare', 'non è stato recapitato', 'non e\' stato recapitato', 'nicht zugestellt werden', 'konnte nicht zugestellt',
  'folgende empfänger zugestellt', 'folgenden empfänger zugestellt',
  'não foi possível entregar', 'não pôde ser entregue', 'kon niet worden bezorgd', 'kon niet worden afgeleverd',
  'no ha podido ser entregado', 'impossible de remettre',
  // A mail system's one-sentence notice: "Delivery to a@b failed: no such user."
  'no such user',
];

/**
 * Header fields autoresponders add to their answers (vacation programs, qmail's autorespond,
 * hosting panels' autoresponders): each decides alone. With RFC 3834's Auto-Submitted:
 * auto-replied and Precedence: auto_reply (read in kind.ts).
 */
export const autoReplyHeaders = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'x-auto-response'];

/**
 * Subject prefixes autoresponders write: they decide alone. Outlook and Exchange write
 * "Automatic reply:" in the mailbox's language (de "Automatische Antwort:", fr "Réponse
 * automatique :", it "Risposta automatica:", es "Respuesta automática:", pt "Resposta
 * automática:", nl "Automatisch antwoord:", sv/da/no "Autosvar:"/"Automatisk svar:", fi
 * "Automaattinen vastaus:", pl "Odpowiedź automatyczna:", cs "Automatická odpověď:", ru
 * "Автоматический ответ:", ja "自動応答:", zh "自动答复:"/"自動回覆:"); its older Out of Office
 * Assistant wrote "Out of Office AutoReply:" (de "Abwesenheitsnotiz:", fr "Réponse automatique
 * d'absence du bureau", es "Respuesta automática por ausencia de la oficina", pt "Resposta
 * automática para ausência do escritório", ja "不在時の自動応答"); Apple Mail "Auto:"-style
 * vacation rules, Sieve vacation scripts and hosting panels "Auto reply:", "Autoresponder:".
 */
export const autoReplySubjectPrefixes = [
  'automatic reply:', 'auto reply:', 'autoreply:', 'auto-reply:', 'auto response:', 'auto-response:', 'autoresponse:', 'automatic response:', 'automated response:',
  'out of office:', 'out of office reply', 'out of office autoreply', 'out of the office:', 'vacation reply', 'vacation message', 'autoresponder:',
  'automatische antwort', 'abwesenheitsnotiz', 'r\u00e9ponse automatique', 'reponse automatique', 'risposta automatica:', 'risposta automatica di',
  'respuesta autom\u00e1tica:', 'respuesta automatica:', 'respuesta autom\u00e1tica por', 'resposta autom\u00e1tica:', 'resposta automatica:', 'resposta autom\u00e1tica para',
  'automatisch antwoord', 'autosvar', 'automatisk svar:', 'automatisk svar -', 'automaattinen vastaus:', 'odpowied\u017a automatyczna:', 'autoodpowied\u017a',
  'automatick\u00e1 odpov\u011b\u010f:', '\u0430\u0432\u0442\u043e\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u0438\u0439 \u043e\u0442\u0432\u0435\u0442', '\u0430\u0432\u0442\u043e\u043e\u0442\u0432\u0435\u0442',
  // 自動応答 (ja), 不在時の自動応答 (ja, older Outlook), 自动答复 (zh-CN), 自動回覆 (zh-TW), 外出时的自动答复 (zh-CN, older Outlook)
  '\u81ea\u52d5\u5fdc\u7b54', '\u4e0d\u5728\u6642\u306e\u81ea\u52d5\u5fdc\u7b54', '\u81ea\u52a8\u7b54\u590d', '\u81ea\u52d5\u56de\u8986', '\u5916\u51fa\u65f6\u7684\u81ea\u52a8\u7b54\u590d',
];

/**
 * Subject words of out-of-office answers that people also write ("Away until May 5", "Out of
 * office party", "Fuori sede lunedì"): they count only with an RFC 3834 header or out-of-office
 * sentences in the body.
 */
export const autoReplySubjects = [
  'auto:',
  'out of office', 'out of the office', 'automatic reply', 'auto reply', 'autoreply', 'auto-reply', 'auto response', 'autoresponse', 'fuori ufficio', 'fuori sede',
  'fuera de la oficina', 'on vacation', 'away ', 'absent', 'absence', 'abwesend', 'abwesenheit', 'on leave', 'i am away', 'i\'m away', 'assente', 'assenza',
  'ausente', 'aus\u00eancia', 'ausencia', 'fora do escrit\u00f3rio', 'fora do escritorio', 'afwezig', 'niet aanwezig', 'buiten kantoor', 'niet op kantoor',
  'risposta automatica', 'respuesta autom\u00e1tica', 'resposta autom\u00e1tica', 'r\u00e9ponse automatique',
  // 不在 (ja: away), 休暇 (ja: on leave)
  '\u4e0d\u5728', '\u4f11\u6687',
];

/**
 * What follows an out-of-office subject when a program wrote it: nothing ("Fuori sede"), a
 * separator and the original subject ("Out of office: Spring offers"), a date, or the dates of
 * the absence ("Away until May 5", "Abwesenheit bis 10. März", "Absent du 3 au 10 mars").
 * A person's subject goes on with other words ("Out of office party on Friday", "Absence policy
 * update", "Fuori sede lunedì"): with no program's header and no In-Reply-To, it is not one.
 */
export const awaySubjectDateWords = [
  'until', 'till', 'through', 'from', 'between', 'bis', 'vom', 'ab', 'fino', 'dal', 'dall', 'jusqu', 'du', 'hasta', 'desde', 'del', 'até', 'ate', 'de', 'tot', 'van', 't/m',
];

/** Sentences of out-of-office answers, in the languages of the subjects above. */
export const autoReplyPhrases = [
  'out of the office', 'out of office', 'on vacation', 'on holiday', 'away from the office', 'away from my desk',
  'i am away', 'i\'m away', 'limited access to email', 'limited access to e-mail', 'no access to email', 'no access to e-mail',
  // In the first person, as an absent person writes them: "return on or before 30 June" (a shop's
  // parcel), "return on investment", "the figures will be back" are anyone's words.
  'i will be back', 'i\'ll be back', 'we will be back', 'i shall be back', 'i will return', 'i\'ll return', 'i return on', 'returning on', 'back in the office',
  'currently out', 'on leave', 'annual leave', 'parental leave', 'maternity leave', 'sick leave', 'away on business', 'upon my return', 'until my return',
  'automatic reply', 'this is an automated reply', 'this is an automatic reply', 'this is an automatic response', 'this is an auto-reply', 'autoresponder',
  // vacation(1): "I will not be reading my mail for a while."
  'will not be reading my mail',
  // it
  'sono assente', 'sar\u00f2 assente', 'saro assente', 'fuori ufficio', 'fuori sede', 'in ferie', 'rientrer\u00f2', 'risposta automatica',
  // fr
  'je suis absent', 'je serai absent', 'absente du bureau', 'absent du bureau', 'en cong\u00e9', 'de retour le', 'r\u00e9ponse automatique',
  // de
  'bin abwesend', 'nicht im b\u00fcro', 'im urlaub', 'au\u00dfer haus', 'ausser haus', 'wieder im b\u00fcro', 'wieder erreichbar', 'automatische antwort', 'abwesenheitsnotiz',
  // es
  'estoy fuera', 'estar\u00e9 fuera', 'fuera de la oficina', 'de vacaciones', 'estoy ausente', 'estar\u00e9 ausente', 'regresar\u00e9', 'respuesta autom\u00e1tica',
  // pt
  'estou ausente', 'estarei ausente', 'fora do escrit\u00f3rio', 'de f\u00e9rias', 'retornarei', 'resposta autom\u00e1tica',
  // nl
  'ben afwezig', 'ben niet aanwezig', 'buiten kantoor', 'niet op kantoor', 'met vakantie', 'op vakantie', 'automatisch antwoord',
  // ja: 不在にしております / 不在にしています (I am away), 自動応答, 自動返信 (automatic reply)
  '\u4e0d\u5728\u306b\u3057\u3066\u304a\u308a\u307e\u3059', '\u4e0d\u5728\u306b\u3057\u3066\u3044\u307e\u3059', '\u81ea\u52d5\u5fdc\u7b54', '\u81ea\u52d5\u8fd4\u4fe1',
];

/**
 * Sentences of challenge-response filters' challenges (Spam Arrest, Boxbe, mail servers' own
 * C/R modules, as their documentation describes them): the recipient's filter holds the message
 * until the sender proves to be a person, by following a link or replying. An automated answer,
 * not a failure: an auto-reply. Sign-up confirmations ("verify your email address") are not
 * challenges: these sentences are about the message the sender sent.
 */
export const challengePhrases = [
  'please confirm your message', 'confirm that you sent', 'verify that you sent', 'your message is being held', 'your message has been held',
  'your message will be delivered once', 'your message will be delivered after', 'your message will be delivered as soon as', 'to have your message delivered',
  'so that your message can be delivered', 'before your message is delivered', 'verify that you are a human', 'verify you are a human', 'prove that you are a human',
  'prove you are a human', 'prove that you are human', 'prove you are human', 'verify that you are a real person', 'confirm that you are a real person',
  'confirm you are a real person', 'added to my approved senders', 'added to the approved senders', 'added to my guest list',
];
/** Challenge-response services a challenge names: with a challenge sentence, they decide. */
export const challengeServices = ['spam arrest', 'spamarrest', 'boxbe', 'mailblocks', 'sendio', 'choicemail'];
/** Subjects of challenges: with a challenge sentence, they decide. */
export const challengeSubjects = ['please confirm your message', 'verification required', 'sender verification', 'verify your message', 'confirm your message', 'message held', 'awaiting verification', 'authorization request'];

/** Subjects of success notices. */
export const deliveredSubjects = ['delivery status report', 'delivery status notification (success)', 'successful mail delivery', 'delivered:', 'relayed:', 'delivery notification: delivered', 'return receipt (delivery)'];

/** Subjects of complaint (feedback) reports that do not use RFC 5965's MIME type. */
export const complaintSubjects = ['complaint about message', 'abuse report', 'feedback report', 'spam report', 'fbl report'];

/**
 * Subjects feedback loops give their reports, specific enough to decide alone: Hotmail's JMRP
 * "complaint about message from 192.0.2.1", "Abuse Report", "Rackspace Abuse Report", "Email
 * Feedback Report for IP ...". Matched at the start of the subject.
 */
export const complaintSubjectRe = /^(?:complaint about message from |(?:[a-z]{1,20} )?(?:email )?(?:abuse|fbl|feedback) report(?:$| for ))/;

/**
 * Sentences of unsubscribe reports: Apple Mail's unsubscribe message, a feedback loop's opt-out
 * report. A complaint they decide is an unsubscribe (Feedback-Type opt-out), not a spam report.
 */
export const unsubscribePhrases = ['sent this email to unsubscribe from the message', 'opt-out report for an email message'];

/** Sentences of complaint and unsubscribe reports. */
export const complaintPhrases = [
  ...unsubscribePhrases, 'this is an email abuse report', 'feedback-type: abuse',
  'email abuse complaint', 'this is an abuse report', 'abuse report for an email message',
];

// "Feedback-Type: abuse" (RFC 5965 3.1), anywhere a line or the words start it.
const feedbackTypeFieldRe = /(?:^|[^a-z-])feedback-type[ \t]{0,8}:[ \t]{0,8}([a-z-]{2,20})/;

/**
 * The Feedback-Type `text` names (a report part, a body, the words of a verdict); `abuse`, the
 * spam complaint, when it names none, as most reports without the field are. "opt-out",
 * "opt-out-list" and "unsubscribe" are unsubscribes; an unregistered value is `other`.
 * @example feedbackTypeOf('Feedback-Type: opt-out') // 'opt-out'
 */
export function feedbackTypeOf(text: string): FeedbackType {
  const value = feedbackTypeFieldRe.exec(text.slice(0, 16384).toLowerCase())?.[1] ?? '';
  if (value.startsWith('opt-out') || value === 'unsubscribe') return 'opt-out';
  return (feedbackTypes as readonly string[]).includes(value) ? (value as FeedbackType) : value ? 'other' : 'abuse';
}

/** A feedback report's own part in `text` (a forwarded report's attached message). */
export const feedbackPartRe = /^content-type:[ \t]{0,8}message\/feedback-report/im;

/** Sentences of success notices (Postfix's answer to a NOTIFY=SUCCESS or a `sendmail -bv`). */
export const deliveredPhrases = ['delivery report that you requested', 'your message was successfully delivered', 'has been delivered to the following', 'was delivered to the following'];

/**
 * Sentences of the templates mail systems fill in, which people do not write: each decides
 * alone, even without a bounce-like subject or sender (pasted text, mailing-list managers,
 * content filters).
 */
export const strongFailurePhrases = [
  'could not be delivered to one or more of its recipients', 'could not be delivered to one or more recipients',
  'following addresses had permanent fatal errors', 'following addresses had fatal errors',
  'delivery to the following recipient failed permanently', 'this is a permanent error; i\'ve given up',
  'this is a permanent error. the following address', 'technical details of permanent failure',
  'delivery has failed to these recipients', 'the error that the other server returned',
  'this message was created automatically by mail delivery software',
  // Exchange / Office 365 "Remote Server returned '550 5.1.1 ...'", and its first line in the
  // languages Outlook on the web shows it in (French, Italian, German, Spanish, Portuguese, Dutch).
  'remote server returned \'5', 'remote server returned \'4', '\u00e9chec de la remise pour ces destinataires',
  'recapito non riuscito a questi destinatari', 'die zustellung an folgende empf\u00e4nger oder gruppen ist fehlgeschlagen',
  'no se pudo entregar a estos destinatarios', 'delivery has failed to these recipients or groups',
  'a entrega falhou para estes destinat\u00e1rios ou grupos', 'falha na entrega para estes destinat\u00e1rios ou grupos',
  'bezorging is mislukt voor deze ontvangers of groepen',
  // Gmail's delay notice: "Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently."
  'you\'ll be notified if the delivery fails permanently',
  // OpenSMTPD (smtpd/bounce.c; Sisimai 4.25 Lhost/OpenSMTPD.pm's start marker): "Hi! This is the
  // MAILER-DAEMON, please DO NOT REPLY to this e-mail. An error has occurred while attempting to
  // deliver a message for the following list of recipients:". Its "Hi!" is a greeting, so these
  // sentences have to decide where the greeting makes the text look like a person's.
  'this is the mailer-daemon, please do not reply to this e-mail', 'this is the mailer-daemon, please do not reply to this email',
  'an error has occurred while attempting to deliver a message for the following list of recipients',
  // Google Groups refusing a post (Sisimai 4.25 Lhost/GoogleGroups.pm): "We're writing to let you
  // know that the group you tried to contact (name) may not exist, or you may not have permission
  // to post messages to the group." It opens with "Hello" and ends with "Thanks," as a person would.
  'we\'re writing to let you know that the group you tried to contact', 'we\u2019re writing to let you know that the group you tried to contact',
  // Lotus Notes / Domino: "------- Failure Reasons  --------" above its reasons (Sisimai 4.25
  // Lhost/Notes.pm's start marker), read with white space folded.
  '------- failure reasons --------',
];

/**
 * Template sentences of notices that a person could also write ("... has not been delivered to
 * the following address", "you are not a member of this mailing list"): they decide with a
 * notice sign (a mail-system sender or notice subject), or in pasted text with no header at all.
 */
export const noticeSentences = [
  'wasn\'t able to deliver your message', 'delivery to the following recipients failed', 'did not reach the following recipient',
  'considered unsolicited bulk e-mail', 'you are not a member of this mailing list', 'the following address(es) failed',
  'message could not be delivered to the following', 'has not been delivered to the following', 'undeliverable to the following',
  'delivery to the following recipients has been delayed', 'delivery to the following recipient has been delayed',
  'i\'m sorry to have to inform you that your message', 'because the address couldn\'t be found',
  'we were unable to deliver your message to the following address', 'there was a temporary problem delivering your message to',
  // DragonFly Mail Agent (dma): "There was an error delivering your mail to <a@example.net>."
  'there was an error delivering your mail to',
];

/**
 * An SMTP failure line: a 4xx/5xx reply with an enhanced status, or a reply naming an address.
 * Bounded repeats only.
 */
// "550 5.1.1 <a@b>: Recipient address rejected", "550-5.7.26 Unauthenticated email", "550 #5.1.0
// Address rejected" (RFC 3463 after an RFC 5321 reply); "550 <a@b>... User unknown", "<a@b>...
// 550 User unknown" (Sendmail); "<a@b>: 550 ..." (Postfix's "host said").
export const smtpFailureRe = /(?<![\w.])[45]\d\d[ -]#?[45]\.\d{1,3}\.\d{1,3}(?![\d.])|(?<![\w.])[45]\d\d[ -]<[^\s<>]{1,128}@|@[^\s<>]{1,128}>(?:\.{3}|:)? [45]\d\d(?![\d.])/;

/**
 * Amazon SES notifications: the JSON document (or SNS's envelope holding it as an escaped
 * string), read only from AWS or inside an SNS envelope, never from a message that quotes one.
 */
// {"notificationType":"Bounce","bounce":{"bounceType":"Permanent", ...}} (Amazon SES developer
// guide, "Amazon SNS notification contents"); SNS: {"Type":"Notification","TopicArn":"arn:aws:sns:...",
// "Message":"{\"notificationType\":\"Bounce\", ...}"}.
export const sesJsonRe = /\\?"notificationType\\?"\s?:\s?\\?"(Bounce|Complaint|Delivery)\\?"/;
/**
 * An SES complaint's Feedback-Type and recipients: {"complaint":{"complainedRecipients":
 * [{"emailAddress":"a@b"}],"complaintFeedbackType":"abuse", ...}} (the developer guide's
 * "complaint object"; the type is the ISP's ARF Feedback-Type when it sent one), also escaped
 * inside SNS's Message string.
 */
export const sesFeedbackTypeRe = /\\?"complaintFeedbackType\\?"\s?:\s?\\?"([\w-]{1,40})\\?"/;
export const sesComplainedRe = /\\?"complainedRecipients\\?"\s?:\s?\[([^\]]{0,20000})\]/;
export const sesEmailAddressRe = /\\?"emailAddress\\?"\s?:\s?\\?"([^"\\\s]{3,320})\\?"/g;
/** Senders of SES notifications sent by mail: no-reply@sns.amazonaws.com, ...@amazonses.com. */
export const sesSenders = ['amazonaws.com', 'amazonses'];
/** The fields of SNS's envelope (both present). */
export const snsEnvelopeFields = ['"TopicArn"', '"Notification"'];

/** RFC 5965 3.1: the three fields every feedback report has, written into a body. */
// "Feedback-Type: abuse", "User-Agent: SomeGenerator/1.0", "Version: 1"
export const arfRequiredFieldRes = [/^feedback-type\s*:/im, /^user-agent\s*:/im, /^version\s*:/im];

/** Whether `text` holds an RFC 5965 report written into it: its three fields together, never one alone (kind.ts and the prefilter read it so). */
export const holdsArfFields = (text: string): boolean => arfRequiredFieldRes.every((re) => re.test(text));

/**
 * Reply prefixes of a subject (read lowercase): English (Re), German (AW), Nordic (SV), Dutch
 * (Antw), Italian (R), Spanish and Portuguese (RES), Polish (Odp), Finnish (VS).
 */
export const replyPrefixRe = /^(?:re|aw|sv|antw|r|res|odp|vs)\s?:/;

/**
 * Words of mail servers' answers. What follows a pasted reply code must hold one of them (or a
 * code, an address, a phrase of rules/phrases.ts) to be read as a server's answer: "550 Via
 * Roma" is a street, "550 Requested action not taken: mailbox unavailable" a reply.
 * Sources: RFC 5321 4.2.2-4.2.3 (the reply texts: "Requested mail action not taken: mailbox
 * unavailable", "Service not available, closing transmission channel", "exceeded storage
 * allocation", "Transaction failed"), RFC 3463 3.1-3.8 (the subjects: addressing, mailbox,
 * mail system, network and routing, protocol, content, security or policy), Postfix's and Exim's
 * reject texts ("Recipient address rejected", "Client host rejected", "Relay access denied",
 * "Unrouteable address", "DNS error"), greylisting ("Greylisted, please try again later").
 */
export const serverReplyWords = [
  'mailbox', 'recipient', 'rcpt', 'user', 'address', 'account', 'addressee', 'domain', 'host', 'relay', 'sender', 'mail from',
  'message', 'mail', 'e-mail', 'email', 'requested action', 'transaction', 'service', 'unavailable', 'not available',
  'not taken', 'rejected', 'reject', 'refused', 'denied', 'not allowed', 'not permitted', 'blocked', 'listed', 'spam',
  'quota', 'storage', 'full', 'too large', 'size', 'exceeded', 'policy', 'authentic', 'spf', 'dkim', 'dmarc', 'reverse',
  'ptr', 'dns', 'mx ', 'tls', 'unknown', 'not found', 'does not exist', 'invalid', 'no such', 'syntax', 'command',
  'local error', 'error', 'connection', 'timed out', 'timeout', 'too many', 'rate', 'limit', 'try again', 'try later',
  'later', 'temporar', 'deferred', 'greylist', 'graylist', 'virus', 'content', 'loop', 'hop count', 'disabled', 'suspended',
  'inactive', 'expired', 'resolver', 'access', 'unroutable', 'unrouteable', 'routing', 'closing', 'fail',
  // The same subjects in the languages servers answer in (Italian, French, German, Spanish,
  // Portuguese, Dutch): user, recipient, mailbox, address, domain, message, refused.
  'utente', 'destinatario', 'casella', 'indirizzo', 'dominio', 'messaggio', 'rifiutat',
  'utilisateur', 'destinataire', 'boîte', 'boite', 'adresse', 'domaine', 'refusé',
  'benutzer', 'empfänger', 'postfach', 'nachricht', 'abgelehnt',
  'usuario', 'buzón', 'dirección', 'mensaje', 'rechazad',
  'usuário', 'destinatário', 'caixa', 'endereço', 'domínio', 'mensagem', 'recusad',
  'gebruiker', 'ontvanger', 'postvak', 'adres', 'bericht', 'geweigerd',
];

/**
 * Reasons whose words are not mail's alone: quotas and sizes ("over the allowed quota", "quota
 * exceeded", "size exceeds fixed maximum", "header size exceeds maximum permitted") are also what
 * printers, disks, uploads and web proxies say, and so are a web server's or an API's errors
 * ("Internal server error", "Service unavailable", "Rate limit exceeded", "Syntax error",
 * "Authentication failed", "Policy violation") and a network's ("Host not found", "Network is
 * unreachable", "DNS lookup failed", "Too many connections"). Such a phrase pasted on its own is a
 * server's answer only where the text also names a thing of mail (`mailThingRe`) or an address, a
 * host or an IP.
 */
export const sharedWordingReasons: ReadonlySet<Reason> = new Set<Reason>(['mailboxfull', 'mesgtoobig', 'exceedlimit', 'systemfull', 'contenterror', 'systemerror', 'syntaxerror', 'speeding', 'toomanyconn', 'networkerror', 'suspend', 'policyviolation', 'authfailure', 'hostunknown']);

/**
 * The things of mail such words can be about (read folded): the mailbox and the user or account
 * that owns it, the mail or message, its recipient, sender, address or attachment, the MX, the
 * relay, SMTP and its commands; in the languages of the catalogs (Italian, French, German,
 * Spanish). RFC 3463 3.2-3.4 name their subjects so ("mailbox full", "message length exceeds
 * administrative limit"), and so do servers: vpopmail's "user is over quota", Exim's
 * "Unrouteable address", "all relevant MX records point to non-existent hosts".
 */
export const mailThingRe = /\b(?:mailbox(?:es)?|mail ?box|inbox|maildir|mail|e-?mails?|messages?|recipients?|attachments?|users?|accounts?|addresse?s?|senders?|relay(?:ing)?|mx|smtp|rcpt|e?helo|postmaster|mailer|unrout(?:e)?able|casella|posta|messaggio|utente|bo[iî]te aux lettres|courriel|utilisateur|compte|postfach|nachricht|benutzer|konto|buz[oó]n|correo|mensaje|usuario|cuenta)\b/;

/**
 * DNS blocklists that refusals name (Postfix reject_rbl_client: "Service unavailable; Client host
 * [192.0.2.1] blocked using zen.spamhaus.org"; the lists' own usage pages): with "listed" or
 * "blocked", a server's refusal even without a code.
 */
export const blocklistNames = [
  'spamhaus', 'spamcop', 'sorbs', 'barracudacentral', 'barracuda reputation', 'uceprotect', 'abuseat', 'cbl.', 'psbl',
  'mailspike', 'invaluement', 'backscatterer', 'spameatingmonkey', 'surbl', 'uribl', 'dnsbl', 'rbl', 'blocklist',
  'block list', 'blacklist', 'black list', 'senderscore', 'truncate.gbudb', 'nixspam', 'junkemailfilter', 'hostkarma',
];
/**
 * The refusal a blocklist's name must come with when no reply code does: "blocked using
 * bl.spamcop.net", "listed in/at/on/by ...", "is listed", "rejected", never a possibility ("why
 * your IP may be listed", "how blocklists work").
 */
export const blocklistRefusalRe = /blocked using|\blisted (?:in|at|on|by)\b|\b(?:is|are|was|were|been|currently) (?:black|block)?listed\b|\b(?:rejected|refused|denied|blocked)\b/;

/**
 * What follows a number that is a quantity, a price or a street, not a reply code ("550 Via
 * Roma", "450 euro", "550 messages were sent", "550 new users"): the first word after the number.
 * A count's own words come first in a count ("new", "active" and their Italian, French, German and
 * Spanish forms); a server's reply text does not open with them (RFC 5321 4.2.2-4.2.3). Words a
 * reply may open with ("552 Total message size exceeds ...", "More than N recipients") are not here.
 */
export const notReplyFirstWords = new Set([
  'via', 'viale', 'piazza', 'corso', 'street', 'st', 'st.', 'road', 'rd', 'rd.', 'avenue', 'ave', 'ave.', 'rue', 'boulevard', 'blvd',
  'strasse', 'straße', 'str.', 'calle', 'avenida', 'plaza', 'euro', 'euros', 'eur', 'usd', 'dollars', '$', '€', '£', 'km', 'miles',
  'kg', 'people', 'persons', 'messages', 'emails', 'e-mails', 'mails', 'users', 'recipients', 'items', 'pages', 'pieces', 'units',
  'days', 'hours', 'minutes', 'times', 'of', 'out', 'and', 'to', 'or',
  'new', 'active', 'subscribers', 'customers', 'members', 'visitors',
  'nuovi', 'nuove', 'nouveaux', 'nouvelles', 'neue', 'neuen', 'nuevos', 'nuevas',
]);

/**
 * Lines a person writes, never a server: a greeting, thanks, a sign-off, or a question. A pasted
 * text holding one is someone talking about an error, not the error itself.
 */
// A request ("can you send it to my work address") is a question without its mark.
export const conversationLineRe = /^(?:hi|hello|hey|dear|ciao|hallo|bonjour|hola|salve|buongiorno|guten tag|thanks|thank you|many thanks|regards|best regards|kind regards|best|cheers|grazie|saluti|cordiali saluti|danke|merci|gracias|saludos|cordialement|mit freundlichen)\b|\?$|\b(?:can|could|would) you\b/i;
