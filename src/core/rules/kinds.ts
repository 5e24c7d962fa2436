/**
 * Signs that tell a bounce from an auto-reply, a complaint, a success notice and ordinary mail.
 * Lowercase substrings, as in rules/phrases.ts.
 */

/** Subjects of failure and delay notices, in the languages of the servers that send them. */
export const bounceSubjects = [
  'undeliver', 'undelivered', 'returned mail', 'return mail', 'delivery status notification (failure)',
  'delivery status notification (delay)', 'delivery failure', 'delivery failed', 'failure notice', 'mail delivery failed',
  'delivery problem', 'nondeliverable', 'non-deliverable', 'non delivery', 'non-delivery', 'not delivered', 'could not send message',
  'delivery notification', 'mail system error', 'delayed mail', 'warning: could not send', 'message not delivered',
  'returned to sender', 'delivery has failed', 'failed delivery', 'error sending', 'mail failure', 'bounce',
  'rejected', 'unzustellbar', 'nicht zustellbar', 'non recapitabile', 'mancato recapito', 'mensaje no entregado',
  'no se puede entregar', 'non remis', 'echec de remise', '\u00e9chec de la remise', 'impossible de remettre', 'message delayed',
  'delivery delayed', 'delivery report', 'rejected message', 'failed mail', 'delivery error', 'mail could not be delivered',
  'permanent error', 'message could not be delivered', 'delivery status', 'returned message', 'undeliverable', 'loop alert',
  'notificaci\u00f3n de estado de entrega', '\u30a8\u30e9\u30fc', 'mail delivery status', 'nondelivery', 'message you sent', 'error', 'failed',
];

/** Senders of notices: the local parts and display names mail systems use. */
export const daemonSenders = ['mailer-daemon', 'postmaster', 'post_master', 'mail delivery', 'mail-daemon', 'maildaemon', 'mail administrator', 'mailer daemon', 'mail system', 'microsoftexchange', 'bounce', 'noreply-dmarc'];

/** Sentences of failure notices. */
export const failurePhrases = [
  'could not be delivered', 'couldn\'t be delivered', 'was not delivered', 'wasn\'t delivered', 'delivery has failed',
  'delivery failed', 'delivery to the following recipient', 'permanent error', 'permanent fatal error', 'undeliverable',
  'the following address(es) failed', 'following addresses had permanent', 'wasn\'t able to deliver', 'unable to deliver',
  'message you sent', 'not be delivered', 'could not deliver', 'delivery failure', 'returned to you', 'returning message to sender',
  'has not been delivered', 'failed to deliver', 'delivery to these recipients', 'could not reach', 'cannot be delivered',
  'undelivered mail', 'delivery of your message', 'your message did not reach', 'your message was not', 'message was rejected',
  'rejected your message', 'has been delayed', 'delivery is delayed', 'will retry', 'still trying', 'has not yet been delivered',
  'non \u00e8 stato possibile', 'nicht zugestellt', 'no se pudo entregar', 'n\'a pas pu \u00eatre', 'remote host said',
  'smtp error', 'said:', 'diagnostic-code', 'mail delivery failed', 'message could not be sent', 'user unknown',
  'mailbox unavailable', 'recipient address rejected', 'message not delivered', 'the error that the other server returned',
  'technical details of permanent failure', 'did not reach the following recipient', 'unknown recipient', 'invalid user address',
  'duplicated message-id',
  'incorrectly constructed', 'could not be delivered to', 'was aborted after', 'the following addresses had',
  'this is a warning message only', 'delivery status notification', 'host unknown', 'not reachable',
  'returned mail', 'message was undeliverable', 'delivery attempts', 'mail delivery system',
  // Japanese notices (au/KDDI, docomo, m-FILTER, Biglobe): "could not send", "sending failed", "delivery error".
  '送信できません', '送信に失敗', '配信できません', '届きませんでした', '宛先不明', 'エラー', 'delivery to the following recipients failed', 'the following message to',
  'could not be sent', 'unable to be delivered', 'this is the mail system at host', 'the mail system',
  'i\'m sorry to have to inform you', 'this message was created automatically by mail delivery software',
];

/** Subjects of out-of-office and autoresponder answers, anywhere in the subject. */
export const autoReplySubjects = [
  'out of office', 'out of the office', 'automatic reply', 'auto reply', 'autoreply', 'auto-reply', 'autosvar',
  'abwesenheitsnotiz', 'automatische antwort', 'risposta automatica', 'fuori ufficio', 'r\u00e9ponse automatique',
  'respuesta autom\u00e1tica', 'fuera de la oficina', 'automatisch antwoord', 'autoresponder', 'auto response',
  'automated response', 'on vacation', 'vacation reply', 'vacation message',
];

/** Subject beginnings of autoresponders ("Auto: ...", "Away until May 5", "Absence: ..."). */
export const autoReplySubjectStarts = ['auto:', 'away ', 'absent', 'absence', 'abwesend', 'vacation:', 'on leave', 'i am away', 'i\'m away', 'assente'];

/** Sentences of out-of-office answers. */
export const autoReplyPhrases = [
  'out of the office', 'out of office', 'on vacation', 'on holiday', 'away from the office', 'away from my desk',
  'i am away', 'i\'m away', 'limited access to email', 'will be back', 'i will return', 'return on', 'back in the office',
  'currently out', 'on leave', 'annual leave', 'sono assente', 'fuori ufficio', 'bin abwesend', 'nicht im b\u00fcro',
  'je suis absent', 'estoy fuera', 'automatic reply', 'this is an automated reply', 'autoresponder',
];

/** Subjects of success notices. */
export const deliveredSubjects = ['delivery status report', 'delivery status notification (success)', 'successful mail delivery', 'delivered:', 'relayed:', 'delivery notification: delivered', 'return receipt (delivery)'];

/** Subjects of complaint (feedback) reports that do not use RFC 5965's MIME type. */
export const complaintSubjects = ['complaint about message', 'abuse report', 'feedback report', 'spam report', 'fbl report'];

/** Sentences of complaint and unsubscribe reports: Apple Mail's unsubscribe message. */
export const complaintPhrases = [
  'sent this email to unsubscribe from the message', 'this is an email abuse report', 'feedback-type: abuse',
  'opt-out report for an email message', 'email abuse complaint', 'this is an abuse report',
];

/** Sentences of success notices (Postfix's answer to a NOTIFY=SUCCESS or a `sendmail -bv`). */
export const deliveredPhrases = ['delivery report that you requested', 'your message was successfully delivered', 'has been delivered to the following', 'was delivered to the following'];

/**
 * Sentences only a failure notice writes: each decides alone, even without a bounce-like
 * subject or sender (text pasted without headers, mailing-list managers, content filters).
 */
export const strongFailurePhrases = [
  'could not be delivered to one or more', 'following addresses had permanent fatal errors', 'following addresses had fatal errors',
  'delivery to the following recipient failed permanently', 'delivery to the following recipients failed', 'wasn\'t able to deliver your message',
  'this is a permanent error', 'your message could not be sent', 'technical details of permanent failure',
  'delivery has failed to these recipients', 'did not reach the following recipient', 'considered unsolicited bulk e-mail',
  'you are not a member of this mailing list', 'the following address(es) failed', 'message could not be delivered to the following',
  'your message wasn\'t delivered', 'couldn\'t be delivered to', 'has not been delivered to the following', 'undeliverable to the following',
  'the error that the other server returned', 'delivery to the following recipients has been delayed', 'delivery to the following recipient has been delayed',
  'this message was created automatically by mail delivery software', 'i\'m sorry to have to inform you that your message',
  '\u9001\u4fe1\u306b\u5931\u6557\u3057\u307e\u3057\u305f', '\u9001\u4fe1\u3067\u304d\u307e\u305b\u3093\u3067\u3057\u305f',
  // Exchange / Office 365 "Remote Server returned '550 5.1.1 ...'", and its first line in the
  // languages Outlook on the web shows it in (French, Italian, German, Spanish, English variants).
  'remote server returned \'5', 'remote server returned \'4', '\u00e9chec de la remise pour ces destinataires',
  'recapito non riuscito a questi destinatari', 'die zustellung an folgende empf\u00e4nger oder gruppen ist fehlgeschlagen',
  'no se pudo entregar a estos destinatarios', 'delivery has failed to these recipients or groups',
  // Gmail: "Your message wasn't delivered to a@b because the address couldn't be found".
  'because the address couldn\'t be found',
];
