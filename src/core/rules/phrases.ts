/**
 * What receiving servers write, per reason. Each entry is a lowercase substring of the
 * server's own words (matched against the lowercased diagnostic with whitespace folded).
 * The comment above a group quotes a typical full line.
 *
 * Two tables: `phrases` holds wordings specific enough to decide; `broadPhrases` holds single
 * common words ("blocked", "spam", "refused", "sender") that decide only when nothing specific
 * matched, and lose to a specific status code. Which reason wins when several match is decided
 * in one place, rules/precedence.ts, for both tables.
 */
import type { Reason } from '../types.js';

export type PhraseTable = Partial<Record<Reason, readonly string[]>>;

export const phrases: PhraseTable = {
  // 550 5.1.1 <a@b>... User unknown / 550 No such user here / 550 Recipient address rejected: User unknown in virtual mailbox table
  userunknown: [
    'user unknown', 'unknown user', 'no such user', 'no such mailbox', 'no such recipient', 'no such account',
    'no such address', 'no such local user', 'unknown recipient', 'recipient unknown', 'unknown local part',
    'address unknown', 'user not found', 'recipient not found', 'mailbox not found',
    'address not found', 'account not found', 'user does not exist', 'mailbox does not exist',
    'account does not exist', 'address does not exist', 'recipient does not exist', 'does not exist here',
    'email account that you tried to reach does not exist', 'invalid recipient', 'invalid mailbox',
    'mailbox unavailable', 'mailbox is unavailable', 'no mailbox here', 'user doesn\'t have',
    'not a valid mailbox', 'is not a valid recipient', 'not a valid recipient', 'recipient address rejected: user unknown',
    'recipient address rejected: undeliverable address', 'undeliverable address',
    'recipnotfound', 'recipient rejected: unknown', 'unknown or illegal alias', 'no valid recipients',
    'mailbox name not allowed', 'not listed in domino directory', 'not listed in public name & address book',
    'no such person at this address', 'unknown mailbox', 'account is unavailable', 'user is unknown', 'addressee unknown',
    'bad destination mailbox', 'mailbox not present', 'this mailbox is not active',
    'is not a known user', 'unknown in virtual', 'unknown in local recipient table',
    'unknown in relay recipient table', 'invalid recipient address', 'recipient invalid',
    'destination mailbox address invalid', 'the email address you entered couldn\'t be found',
    'no existe', 'utente inesistente', 'user invalid', 'destinataire invalide', 'unbekannter empf',
    'mailbox unknown', 'does not have an account here', 'no account by that name', 'deactivated mailbox',
    'sorry, no mailbox here by that name', 'no mailbox by that name', 'not our customer', 'invalid user', 'user not exist',
    'no such virtual user', 'recipient is not exist', 'mailbox is not exist', 'invalid final delivery userid',
    // 550 5.4.1 Recipient address rejected: Access denied (Exchange Online directory-based edge blocking: no such recipient)
    'recipient address rejected: access denied',
    // InterScan MSS: Unable to deliver message to <a@b> (and other recipients in the same domain). Please check if address is correct.
    'check if address is correct',
    // Lotus Domino (ja): ユーザー Neko (a@b) は Domino ディレクトリには見つかりません。
    'ディレクトリには見つかりません',
    // T-Online: unknown user / Teilnehmer existiert nicht; GMX/Web.de style German replies
    'teilnehmer existiert nicht', 'benutzer existiert nicht', 'empfänger existiert nicht',
    // 退信原因：收件人邮箱不存在 (163.com, qq.com, sina: the recipient's mailbox does not exist)
    '邮箱不存在', '用户不存在', '收件人不存在',
    // Spanish, Portuguese, Italian, Russian local-delivery replies: unknown user
    'usuario desconocido', 'usuário desconhecido', 'utente sconosciuto', 'пользователь не найден', 'нет такого пользователя',
    // Proton Mail: 550 5.1.1 <a@b>: Recipient address rejected: Address is not configured to receive emails
    'not configured to receive email',
    // Sisimai's userunknown wordings (reason/why-userunknown.go), general forms: qmail's badrcptto and
    // validrcptto patches, vpopmail's vdeliver, Courier, and the plain sentences MTAs use.
    'no mailbox found', 'not a valid user here', 'user not known', 'email address could not be found',
    'destination addresses were unknown', 'mailbox invalid', 'user missing home directory',
    'address not present in directory', 'is not an active address at this host', 'there is no one at this address',
    'this email address is wrong or no longer valid', 'badrcptto', 'validrcptto', 'invalid or unknown virtual user',
    'non-existent user', 'nonexistent user', 'non existent user', 'unknown e-mail address', 'unknown email address',
    // The address is gone for good: "550 5.1.1 ... user no longer exists", "address no longer exists"
    // (a mailbox removed, not one disabled for now: RFC 3463 X.1.1 wording in many servers).
    'no longer exists', 'no longer exist', 'does no longer exist',
    // Notices in other languages, same meaning (unknown user / the address does not exist):
    // Italian (Libero, Aruba, Register.it: "Utente sconosciuto", "indirizzo inesistente";
    // Sisimai: "nessun utente simile in questo indirizzo"),
    'nessun utente simile', 'indirizzo inesistente', 'destinatario sconosciuto', 'destinatario inesistente', 'casella inesistente',
    'utente non esiste', 'utente non trovato', 'indirizzo non esiste', 'casella di posta inesistente', 'utente non valido', 'destinatario non valido',
    // French (Orange, Free, La Poste: "Utilisateur inconnu", "Adresse inconnue", "destinataire inconnu"),
    'utilisateur inconnu', 'adresse inconnue', 'destinataire inconnu', 'adresse invalide', 'adresse introuvable',
    'destinataire n\'existe pas', 'adresse n\'existe pas', 'utilisateur n\'existe pas', 'utilisateur invalide', 'destinataire non valide',
    // German (GMX, Web.de, T-Online: "Benutzer unbekannt", "Empfänger unbekannt", "Adresse existiert nicht";
    // Sisimai: "weil die adresse nicht gefunden wurde"),
    'benutzer unbekannt', 'unbekannter benutzer', 'empfänger unbekannt', 'adresse existiert nicht', 'adresse nicht gefunden',
    'postfach existiert nicht', 'mailbox existiert nicht', 'ungültiger empfänger', 'unbekannte adresse',
    // Spanish ("Usuario desconocido", "destinatario desconocido", "la dirección no existe"),
    'destinatario desconocido', 'dirección desconocida', 'direccion desconocida', 'usuario inexistente', 'buzón inexistente',
    'usuario no válido', 'destinatario no válido',
    // Portuguese (UOL, Terra, SAPO: "Usuário inexistente", "utilizador desconhecido", "endereço inexistente"),
    'usuário inexistente', 'utilizador desconhecido', 'utilizador inexistente', 'endereço inexistente',
    'destinatário desconhecido', 'conta inexistente', 'não existe', 'usuário inválido', 'destinatário inválido',
    // Dutch (KPN, Ziggo, XS4ALL: "Onbekende gebruiker", "gebruiker bestaat niet", "adres bestaat niet"),
    'onbekende gebruiker', 'gebruiker onbekend', 'onbekende ontvanger', 'ontvanger onbekend', 'gebruiker bestaat niet',
    'adres bestaat niet', 'mailbox bestaat niet', 'onbekend adres', 'ongeldige ontvanger',
    // Japanese ("宛先不明", "ユーザが存在しません", "メールアドレスが存在しません": the user or address does not exist)
    '宛先不明', 'あて先不明', 'ユーザが存在しません', 'ユーザーが存在しません', 'ユーザは存在しません', 'ユーザーは存在しません',
    'アドレスが存在しません', 'アドレスは存在しません', '受信者が存在しません', 'ユーザ不明', 'ユーザー不明',
    // Exchange / Microsoft 365 NDRs in the sender's language, the sentence for 5.1.1 RecipNotFound ("The
    // email address you entered couldn't be found"): Italian, French, German, Spanish, Portuguese, Dutch.
    'impossibile trovare l\'indirizzo di posta elettronica', 'que vous avez entrée est introuvable', 'adresse de messagerie est introuvable',
    'e-mail-adresse wurde nicht gefunden', 'no se pudo encontrar la dirección de correo', 'no se encontró la dirección de correo',
    'que você inseriu não foi encontrado', 'que introduziu não foi encontrado', 'hebt ingevoerd, is niet gevonden', 'e-mailadres is niet gevonden',
    // Microsoft 365's NDR: "Your message to a@b couldn't be delivered. a wasn't found at b."
    'wasn\'t found at',
    // Sisimai 4.25 Reason/UserUnknown.pm regex: the wordings of qmail's badrcptto/validrcptto patches,
    // Courier, IMail, Orange and others that say the address does not exist.
    'can\'t accept user', 'destination server rejected recipients', 'invalid mailbox path', 'no mail box available for this user',
    'no matches to nameserver query', 'rejected: account unavailable', 'not a local address', 'not email addresses',
    'recipient is not local', 'recipient not ok', 'recipient not exist', 'recipient refuses to accept your mail',
    'your envelope recipient has been denied', 'that domain or user isn\'t in my list of allowed rcpthosts',
    'the following recipients was undeliverable', 'the user\'s email name is not found', 'this address no longer accepts mail',
    'badrecipientto', 'unknown local-part', 'user not active', 'bad recipient', 'bad-recipient', 'bad_recipient',
    'adresse d au moins un destinataire invalide', '550 address invalid', '5.1.0 address rejected',
  ],
  // 550 5.1.2 Host unknown (Name server: example.jp: host not found)
  hostunknown: [
    'host unknown', 'host not found', 'domain not found', 'domain does not exist', 'unknown domain',
    'no such domain', 'name or service not known', 'domain name not found',
    'unrouteable mail domain', 'unrouteable address', 'invalid domain', 'domain is not valid', 'nxdomain', 'recipient domain not found',
    'host or domain name not found', 'domain must exist',
    // Sun/Oracle Messaging Server (PMDF): Reason: Illegal host/domain name found
    'illegal host/domain name',
    // Gmail: Your message wasn't delivered to a@b because the domain b couldn't be found.
    'because the domain', 'unknown host', 'no route to host found',
    'domain isn\'t in my list of allowed rcpthosts', 'that domain isn\'t in my list of allowed rcpthosts',
    // 1&1 / IONOS: "no valid MX hosts found" (the domain publishes no usable mail exchanger)
    'no valid mx hosts',
    // Other languages: the domain does not exist. Italian "dominio inesistente", French "domaine
    // inexistant", German "Domain existiert nicht", Spanish "el dominio no existe", Portuguese
    // "domínio inexistente", Dutch "domein bestaat niet", Japanese "ドメインが存在しません".
    'dominio inesistente', 'dominio non esiste', 'domaine inexistant', 'domaine introuvable', 'domain existiert nicht',
    'dominio no existe', 'dominio inexistente', 'domínio inexistente', 'domínio não existe', 'domein bestaat niet',
    'ドメインが存在しません', 'ドメインは存在しません',
    // Exim: "all relevant MX records point to non-existent hosts" (the domain's MX names hosts that do not exist)
    'mx records point to non-existent hosts',
    // Sisimai's hostunknown wordings (reason/why-hostunknown.go).
    'mail domain mentioned in email address is unknown', 'unroutable address', 'the account or domain may not exist',
  ],
  // 550 5.2.1 Account disabled / This account has been suspended / 550 5.2.1 The email account that you tried to reach is disabled
  suspend: [
    'account disabled', 'account has been disabled', 'account is disabled', 'mailbox disabled',
    'mailbox has been disabled', 'account suspended', 'account has been suspended', 'account is suspended',
    'mailbox is suspended', 'suspended account', 'has been suspended', 'account is inactive',
    'account inactive', 'inactive account', 'mailbox is inactive', 'mailbox inactive',
    'account has been terminated', 'account closed', 'account has been closed', 'account is locked',
    'account is frozen', 'mailbox is frozen', 'account discontinued', 'account has been discontinued', 'mailbox discontinued', 'temporarily disabled', 'boite du destinataire archivee', 'mailbox currently suspended',
    'recipient suspended', 'user suspended', 'this account has been blocked', 'temporary locked', 'temporarily locked',
    'email account that you tried to reach is disabled', 'account that you tried to reach is inactive',
    // qmail-ldap (Argentina, Brazil): Esta casilla ha expirado por falta de uso. (expired for lack of use)
    'casilla ha expirado', 'expirado por falta de uso',
    // Sisimai's suspend wordings (reason/why-suspend.go): general forms.
    ' is currently suspended', 'archived recipient', 'invalid/inactive user', 'user is terminated',
    'temporarily inactive', 'recipient suspend the service', 'disabled or discontinued', 'user or domain is disabled',
    'account is locked email bounced',
    // Sisimai 4.25 Reason/Suspend.pm index: qq.com's "is a deactivated mailbox" (before userunknown's
    // "deactivated mailbox"), "mailbox unavailable or access denied", "this mailbox is disabled".
    'is a deactivated mailbox', 'mailbox unavailable or access denied', 'this mailbox is disabled',
    // Other languages: a mailbox or account disabled / suspended / blocked.
    // Italian "casella disattivata", "account disabilitato", "casella sospesa"; French "compte désactivé",
    // "compte suspendu", "boîte aux lettres désactivée"; German "Postfach deaktiviert", "Konto gesperrt";
    // Spanish "cuenta desactivada", "cuenta suspendida"; Portuguese "conta desativada", "conta suspensa";
    // Dutch "account is geblokkeerd", "mailbox is gedeactiveerd".
    'casella disattivata', 'casella disabilitata', 'account disabilitato', 'account disattivato', 'casella sospesa', 'account sospeso',
    'compte désactivé', 'compte desactive', 'compte suspendu', 'boîte aux lettres désactivée', 'boite aux lettres desactivee',
    'postfach deaktiviert', 'postfach ist deaktiviert', 'postfach gesperrt', 'konto gesperrt', 'konto deaktiviert', 'konto ist gesperrt',
    'cuenta desactivada', 'cuenta suspendida', 'cuenta deshabilitada', 'buzón desactivado',
    'conta desativada', 'conta suspensa', 'conta bloqueada', 'caixa postal desativada',
    'account is geblokkeerd', 'mailbox is gedeactiveerd', 'account is gedeactiveerd',
  ],
  // 550 5.1.6 Recipient has moved / 551 User not local; please try <new@b>
  // RFC 7293 (the Require-Recipient-Valid-Since extension) and the IANA enhanced status code registry:
  // X.7.17 "Mailbox owner has changed", X.7.18 "Domain owner has changed": the address now belongs
  // to someone else, so the mail must not reach them.
  hasmoved: [
    ' has been replaced by ', 'address has changed', 'has moved', 'user not local; please try', 'no longer at this address',
    'mailbox owner has changed', 'domain owner has changed',
  ],
  // 552 5.2.2 Mailbox full / 452 4.2.2 The email account that you tried to reach is over quota
  mailboxfull: [
    'mailbox full', 'mailbox is full', 'mailbox has exceeded', 'over quota', 'overquota', 'quota exceeded',
    'exceeded storage allocation', 'exceeds quota', 'exceeded quota', 'quota exceed', 'mailbox size limit exceeded',
    'mailbox is over', 'disk quota exceeded', 'mail quota exceeded', 'user is over quota', 'mailfolder is full',
    'mailbox exceeds', 'mailbox exceeded', 'is over its quota', 'has exceeded the storage', 'storage limit', 'full mailbox', 'inbox is full',
    'boîte pleine', 'casella piena', 'postfach voll', 'user has exceeded', 'too much mail data',
    'would exceed mailbox quota', 'quota violation', 'maildir over quota', 'reached its limit',
    // 对方邮箱空间已满 (qq.com, 163.com: the recipient's mailbox space is full); buzón lleno; caixa postal cheia
    '邮箱空间已满', '邮箱已满', '空间不足', 'buzón lleno', 'caixa postal cheia', 'почтовый ящик переполнен',
    'boîte aux lettres du destinataire est pleine',
    // Other languages: Italian "casella di posta piena", "spazio esaurito"; French "boîte aux lettres pleine",
    // "quota dépassé"; German "Postfach ist voll", "Speicherplatz ... überschritten"; Spanish "buzón está
    // lleno", "cuota excedida"; Portuguese "caixa de correio cheia", "cota excedida"; Dutch "mailbox is vol",
    // "postvak is vol", "quotum overschreden"; Japanese "メールボックスがいっぱい", "容量超過", "容量オーバー".
    'casella di posta piena', 'casella postale piena', 'è piena', 'spazio esaurito', 'quota superata',
    'boîte aux lettres pleine', 'boite aux lettres pleine', 'boîte de réception pleine', 'quota dépassé', 'quota depasse',
    'postfach ist voll', 'postfach des empfängers ist voll', 'speicherplatz', 'kontingent überschritten', 'quota überschritten',
    'buzón está lleno', 'buzon lleno', 'buzon esta lleno', 'cuota excedida', 'cuota superada',
    'caixa de correio cheia', 'caixa de entrada cheia', 'caixa postal está cheia', 'cota excedida',
    'mailbox is vol', 'postvak is vol', 'brievenbus is vol', 'quotum overschreden', 'mailbox vol',
    'メールボックスがいっぱい', 'メールボックスが一杯', '容量超過', '容量オーバー', '容量を超え',
    // Exchange's "The recipient's mailbox is full and can't accept messages now", localized (es, pt, nl).
    'buzón del destinatario está lleno', 'caixa de correio do destinatário está cheia', 'postvak van de geadresseerde is vol',
    // Sisimai's mailboxfull wordings (reason/why-mailboxfull.go).
    'mailbox exceeds allowed size', 'mailbox would exceed maximum allowed storage', 'not sufficient disk space',
    'user\'s space has been used up', 'user has exceeded quota',
    // Web.de's help page: "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage
    // space.", "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server."
    'exhausted allowed storage', 'speichervolumen', 'too many messages on the server', 'zuviele mails auf dem server',
    // Sisimai 4.25 Reason/MailboxFull.pm index
    'exceeding receiving limits', 'exceeding its mailbox quota', 'over disk quota',
    'mailbox exceeded the local limit', 'exceeded its disk space limit', 'mailbox quota usage exceeded', 'userdisk quota', 'domaindisk quota',
    'reached disk quota', 'boite du destinataire pleine',
  ],
  // 552 5.3.4 Message size exceeds fixed maximum message size
  mesgtoobig: [
    'message size exceeds', 'message too large', 'message is too large', 'message too big', 'message is too big',
    'exceeds size limit', 'exceeds the maximum size', 'too large for', 'maximum message size',
    'mail size limit', 'message size limit',
    // Sisimai 4.25 Reason/MesgTooBig.pm index
    'exceeded maximum inbound message size', 'max message size exceeded', 'message file too big', 'line limit exceeded',
    'taille limite du message',
  ],
  // 552 5.2.3 Message length exceeds administrative limit
  exceedlimit: [
    'message length exceeds', 'exceeds administrative limit',
    // Sisimai 4.25 Reason/ExceedLimit.pm index: "message header size exceeds limit"
    'header size exceeds limit',
  ],
  // 452 4.3.1 Insufficient system storage / 452 4.4.5 Insufficient disk space; try again later
  systemfull: ['insufficient system storage', 'mail system full', 'system storage', 'disk full', 'file system full', 'insufficient disk space', 'out of disk space', 'not enough disk space'],
  // 556 5.1.10 Recipient address has null MX / 554 No SMTP service here / qmail: Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)
  notaccept: [
    // "No SMTP service" alone is also a greeting's refusal of the connecting host (GMX: "554-Nemesis ESMTP Service not
    // available 554-No SMTP service 554-Reject due to policy restrictions"): only these say the domain takes no mail.
    'does not accept mail', 'does not receive mail', 'null mx', 'not accepting mail', 'no smtp service here', 'indicated no smtp service',
    'host does not accept', 'domain does not accept', 'accepts no mail', 'does not accept email',
    'mail is not accepted', 'not accept any mail', 'no mx record', 'no mx host', 'couldn\'t find a mail exchanger',
    'could not find a mail exchanger',
  ],
  // Name service error for name=example.org type=MX: Malformed or unexpected name server reply / 550 5.4.312 Message expired, DNS query failed
  networkerror: [
    'no route to host', 'network is unreachable', 'host is unreachable', 'wasn\'t able to establish', 'was not able to establish', 'unable to establish',
    'connection reset', 'lost connection', 'connection lost', 'connection dropped', 'server connection lost',
    'dns error', 'dns lookup', 'dns query failed', 'temporary lookup failure', 'mail loop', 'loops back to myself', 'routing loop',
    'too many hops', 'hop count exceeded', 'malformed or unexpected name server reply', 'malformed name server reply',
    'host name lookup failure', 'no mail hosts available', 'unable to route', 'too many \'received\' headers',
    'too many "received" headers', 'mailer loop', 'loop detected', 'message is looping', 'domain lookup failed',
    'name service error',
    // Postfix local(8): "mail forwarding loop for a@b"; qmail-remote: "Connected to 192.0.2.1 but connection died. (#4.4.2)"
    'forwarding loop', 'connection died',
    // Sisimai 4.25 Reason/NetworkError.pm index
    'could not connect and send the mail to', 'dns records for the destination computer could not be found',
    'message looping',
  ],
  // 421 Too many connections from your IP / 452 Too many recipients / 550 Connection frequency limited (qq.com)
  toomanyconn: [
    'too many connections', 'too many simultaneous', 'too many concurrent', 'connection limit', 'too many sessions',
    'exceeded the maximum number of connections', 'too many recipients', 'frequency limited', 'connection rate limit',
    // Sisimai 4.25 Reason/TooManyConn.pm index: Sendmail's daemon.c, Free.fr, Orange ("trop de connexions"),
    // Amazon SES's sending-rate refusal and the hourly caps of hosting providers.
    'too many smtp sessions', 'too many errors from your ip', 'trop de connexions', 'exceeded the max emails per hour',
    'throttling failure: maximum sending rate exceeded', 'already made numerous attempts to deliver this message',
  ],
  // 450 4.7.1 Too many messages, slow down
  speeding: [
    'rate limit', 'ratelimit', 'rate-limit', 'too many messages', 'too many emails', 'sending too fast',
    'receiving mail at a rate', 'receiving mail too quickly', 'throttl', 'slow down', 'exceeded the rate', 'sending rate',
    'unusual rate', 'exceeded daily', 'exceeded hourly', 'message rate', 'too much mail from',
    // Sisimai's speeding wordings (reason/why-speeding.go).
    'please try again slower', 'temporarily rate limited',
    // Outlook.com RP-001..RP-003: "We have limits for how many messages can be sent per hour and per day."
    'limits for how many messages',
    // Greylisting (postgrey, milter-greylist, Stalwart: "450 4.2.0 ... Greylisted, please retry",
    // "451 4.7.1 Greylisting in action, please come back later"): the receiving side defers an unknown
    // sender on purpose and takes the message on a later try; a deferral, never an expired message.
    'greylist', 'graylist', 'grey-list', 'gray-list', 'grey list',
  ],
  // 501 5.5.2 Syntax error in parameters / 504 Command parameter not implemented
  syntaxerror: [
    'syntax error', 'command not recognized', 'bad sequence of commands', 'command unrecognized', 'unrecognized command',
    'invalid command', 'line too long', 'command not implemented', 'parameter not implemented',
  ],
  // 550 5.7.1 Message is not RFC 5322 compliant
  notcompliantrfc: [
    'rfc 5322', 'rfc5322', 'rfc 2822', 'rfc2822', 'rfc 822', 'rfc822 compliant', 'not rfc compliant',
    'multiple addresses in from', 'bare lf', 'headers are not compliant', 'message is not compliant', 'non-compliant',
  ],
  // procmail: Couldn't create ... / Command output: ... / mailer error
  mailererror: [
    'command output:', 'mailer error', 'command died with status', 'x-unix;', 'pipe to |', 'procmail',
    'delivery to pipe', 'unknown mailer error', 'program exited', 'returned exit code', 'exit code',
    // Sisimai 4.25 Reason/MailerError.pm: a local delivery program named by its path
    'bin/procmail', 'bin/maildrop',
  ],
  // 451 4.3.0 Local configuration error / 554 Transaction failed / 500 Remote server does not support TLS
  systemerror: [
    'local configuration error', 'internal error', 'system error', 'server error', 'temporary local problem',
    'local error in processing', 'configuration error', 'internal server error', 'mail server temporarily rejected',
    'server busy', 'system is not configured', 'misconfigured', 'requested action aborted', 'service not available',
    'service unavailable', 'service currently unavailable', 'cannot process', 'routing error', 'interrupted system call',
    'no such file or directory', 'queue file write error', 'system resources', 'transaction failed', 'does not support tls',
    'unable to contact ldap', 'directory server failure',
    // Sisimai 4.25 Reason/SystemError.pm index: the receiving system's own trouble (procmail/Sendmail's
    // output file, a directory lookup, an MX list that points back, a session that waited for input).
    'can\'t create user output file', 'could not load drd for domain', 'encountered an error while being processed',
    'loop was found in the mail exchanger', 'system config error', 'timeout waiting for input',
  ],
  // 554 5.7.1 <a@b>: Relay access denied / 550 Insecure Mail Relay
  // 554 Message rejected: Email address is not verified. (Amazon SES: the sandbox relays only for verified identities)
  norelaying: [
    'insecure mail relay', 'email address is not verified',
    'relay access denied', 'relaying denied', 'relay denied', 'relay not permitted', 'relaying not allowed',
    'not permitted to relay', 'unable to relay', 'we do not relay', 'relay not allowed', 'relaying is prohibited',
    'no relaying', 'cannot relay', 'relaying mail to', 'not allowed to relay', 'open relay', 'relay prohibited',
    'isn\'t allowed to relay', 'is not a local domain and relaying', 'not configured to relay',
    // Libero / Virgilio help: "RELAYING NOT ALLOWED (550 Relay Disabled)"
    'relay disabled', 'relaying disabled',
    // Zoho: "553 Relaying disallowed"
    'relaying disallowed', 'relay disallowed',
    // Sisimai's norelaying wordings (reason/why-norelaying.go): MailEnable's, qmail's and others'.
    'not allowed to relay through', 'not an open relay', 'this system is not configured to relay mail',
    'we don\'t handle mail for', 'is not permitted to relay through this server',
    'requires authentication when attempting to send to a non-local e-mail address', 'specified domain is not allowed',
    // Sisimai 4.25 Reason/NoRelaying.pm index
    'as a relay',
    // Other languages: relaying refused. Italian "relay non consentito/permesso", French "relais
    // refusé/interdit", German "Relaying nicht erlaubt", Spanish "relay no permitido", Portuguese
    // "relay não permitido", Dutch "relayen niet toegestaan".
    'relay non consentito', 'relay non permesso', 'relais refusé', 'relais interdit', 'relaying nicht erlaubt', 'relay nicht erlaubt',
    'relay no permitido', 'relay não permitido', 'relayen niet toegestaan', 'relay niet toegestaan',
  ],
  // 550 5.6.0 Message content rejected / attachment not allowed
  // 554 Transaction failed: Duplicate header 'DKIM-Signature'. (Amazon SES: the header block itself is refused)
  contenterror: [
    'duplicate header',
    'attachment not allowed', 'forbidden attachment', 'banned attachment', 'attachment type', 'illegal attachment',
    // 552 5.7.1 Attachment of type .bat is not allowed
    'attachment of type', 'attachments of type',
    'blocked attachment', 'bad content', 'content not accepted', 'invalid header', 'malformed message',
    'improper use of 8-bit data', 'rejected due to content', 'message contains invalid', 'mime error',
    // Sisimai 4.25 Reason/ContentError.pm index: the header block or MIME structure refused, not the size of the message.
    'header size exceeds maximum permitted', 'recipient list, exceeds policy limit', 'mime complexity exceeds',
    'contain invalid mime headers', 'improperly-formatted binary content', 'unnecessary base64 encoding',
  ],
  // 550 5.7.1 Message rejected as spam / 550 5.7.1 Message content rejected, UBE, id=...
  spamdetected: [
    'junk mail', 'bulk mail', 'unsolicited', 'looks like spam', 'rejected as spam', 'identified as spam',
    'classified as spam', 'spam classification', 'considered spam', 'spam content', 'spam detected', 'spam score',
    'spamassassin', 'message is junk', 'content filter', 'blocked by filter', 'mail appears to be unsolicited',
    'our system has detected that this message is', 'phishing', 'high probability of spam',
    ', ube,', 'spam message', 'blacklisted url', 'uribl', 'suspicion of spam', 'detected as spam', 'likely spam', 'as spam',
    // SFR: 550 5.7.1 Email <id> rejected per SPAM policy (the spam filter's verdict, not a site rule)
    'spam policy',
    // Other languages: judged to be spam. Italian "considerato spam", "identificato come spam"; French
    // "considéré comme spam", "détecté comme spam", "pourriel"; German "als Spam eingestuft", "als Spam
    // erkannt"; Spanish "considerado spam", "correo no deseado"; Portuguese "considerada spam", "lixo
    // eletrônico"; Dutch "als spam aangemerkt", "als spam herkend".
    'considerato spam', 'considerato come spam', 'identificato come spam', 'considéré comme spam', 'détecté comme spam', 'pourriel',
    'als spam eingestuft', 'als spam erkannt', 'considerado spam', 'considerado como spam', 'correo no deseado',
    'considerada spam', 'considerada como spam', 'lixo eletrônico', 'als spam aangemerkt', 'als spam herkend',
    // Sisimai 4.25 Reason/SpamDetected.pm regex: content filters' refusals (AT&T, qq.com, Orange, MailMarshal,
    // Trustwave, Cyberoam, SpamBouncer, SendGrid) that name spam or bulk mail, or a content rule.
    'no spam please', 'blocked for abuse', 'bulk email', 'mail content denied', 'unacceptable content',
    'rejecting banned content', 'rejecting mail content', 'mass mailer', 'recurrent pattern detection system',
    'blocked by our filter', 'mail rejete. mail rejected', 'spamprofiler', 'spam-like', 'probable spam', 'spamming not allowed',
    // Written with the refusal's verb, with its space: a one-word phrase is not read inside a dotted name.
    'reject bulk.advertising',
    'message filtered. please see the faqs section on spam', 'message filtered. refer to the troubleshooting page',
  ],
  // 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org
  blocked: [
    'blocked using', 'blacklisted', 'blocklisted', 'spamhaus', 'spamcop', 'sorbs', 'barracudacentral', 'uceprotect',
    'dnsbl', 'block list', 'blocklist', 'blacklist', 'client host rejected', 'client host blocked', 'your ip',
    'sender ip', 'refused to talk to me', 'dynamic ip', 'dial-up', 'dialup', 'residential',
    'service unavailable; client host', 'your access to this mail system has been rejected',
    'network is on our block list', 'host blocked', 'ip blocked', 'is on a block list', 'mail server is blacklisted',
    'banned sending ip', 'not accepting connections', 'smtp server of your isp', 'invalid ip for sending',
    'listed in', 'listed at', 'listed on', 'ip address is not allowed', 'adresse ip source bloquee',
    // 550 Your host is not allowed to connect to this server. (the connecting host refused, whatever the recipient)
    'host is not allowed to connect', 'not allowed to connect to this server', 'you are not allowed to connect',
    // Exchange Online 5.7.708: "Service unavailable. Access denied, traffic not accepted from this IP."
    'traffic not accepted from this ip',
    // Sisimai 4.25 Reason/Blocked.pm index: refusals of the connecting host or its network, general forms.
    'blocked - see http', 'refused - see http', 'server requires confirmation',
    'currently sending spam see', 'zombied/spam ips', 'bad ip profile', 'host network not allowed',
    'no access from mail server', 'rejecting open proxy', 'listed as abusive', 'looks suspiciously like spammer',
    'too many spams from your ip', 'bad sender ip address', 'sender ip address rejected',
  ],
  // 421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints
  badreputation: [
    'poor reputation', 'bad reputation', 'low reputation', 'sender reputation', 'ip reputation', 'domain reputation',
    'reputation of the sending', 'user complaints',
    // Gmail: "421-4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address."
    // (the IP's recent mail looks like spam: its standing, not a rate limit)
    'rate of unsolicited mail',
  ],
  // 550 5.7.25 The IP address sending this message does not have a PTR record setup
  requireptr: [
    'ptr record', 'reverse dns', 'reverse lookup', 'no ptr', 'rdns', 'reverse address', 'cannot find your hostname',
    'cannot resolve your address', 'client host name not found', 'reverse hostname', 'reverse mapping',
    'does not have a ptr', 'hostname lookup failed', 'ip name lookup failed', 'cannot find your reverse hostname',
    'reverse_lookup', 'is not authorized by ptr', 'no reverse', 'mismatches client ip', 'unverifyable sending ip',
    'unverifiable sending ip',
    // Sisimai 4.25 Reason/Blocked.pm index (filed there under blocked; a missing PTR here): "bad DNS PTR resource record"
    'ptr resource record',
  ],
  // 550 5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy
  authfailure: [
    'dkim fail', 'dkim check', 'dkim validation', 'dkim verification', 'dkim signature', 'no passing dkim', 'dkim authentication',
    'dmarc', 'sender policy framework', 'domainkeys', 'unauthenticated email', 'does not designate',
    'is not designated', 'arc validation', 'message not authenticated', 'spf check', 'spf validation', 'spf fail',
    'fails spf', 'failed spf', 'spf policy', 'spf record does not', 'not pass spf', 'spf=fail', 'spf: fail', 'invalid spf',
    'sender authentication', 'does not have authentication information', 'authentication failed',
  ],
  // 553 5.1.8 <a@b>... Domain of sender address does not exist / 501 5.1.8 Sender address rejected
  rejected: [
    'sender rejected', 'sender address rejected', 'sender verify failed', 'sender verification',
    'sender address is invalid', 'sender is not allowed', 'sender denied', 'envelope sender', 'sender blocked',
    'reject sender', 'rejected sender', 'sender unknown', 'unknown sender', 'invalid sender', 'sender does not exist',
    'bad sender', 'address verification failed', 'not accept mail from', 'you are not allowed to send',
    'unverified address', 'null sender', 'sender is on', 'not recognized as a valid sender', 'sender domain',
    'from: domain is invalid', 'sender address',
    // 550 'a@b' is not a registered gateway user: the gateway relays only for its registered senders.
    'is not a registered gateway user',
    // Yahoo: 451 Message temporarily deferred due to unresolvable RFC.5321 from domain (the envelope sender's domain)
    'unresolvable rfc.5321 from', 'unresolvable rfc5321 from',
    // 550 5.4.1 All recipient addresses rejected : Access denied (Exchange Online refusing the sending side, not one address)
    'all recipient addresses rejected : access denied',
    // fml: You are not a member of this mailing list <list@b>. / Mailman: You are not allowed to post to this mailing list
    // (a list that takes posts from members only refuses the sender, whatever the recipient)
    'not a member of this mailing list', 'not allowed to post to this mailing list', 'only members can post',
    // Sisimai 4.25 Reason/Rejected.pm index: the envelope sender refused (BATV tags, empty or bounce senders,
    // sender filters of McAfee, SecuMail, MDaemon, MailMarshal, MessageLabs).
    'batv failed to verify', 'batv validation failure', '(batv: no tag', 'rejected by batv defense', 'backscatter protection',
    'bogus mail from', 'denied [bouncedeny]', 'secumail valid-address-filter', 'does not exist e2110', 'senderfilterconfig',
    'envelope blocked –', 'envelope blocked -', 'no third-party dsns', 'mail from not owned by user', 'returned mail not accepted here',
    'rule imposed mailbox access for', 'sender is spammer', 'sender not pre-approved', 'empty email address', 'unsigned dsn for',
    'unroutable sender address', 'empty envelope senders', 'fully qualified email address required', 'emetteur invalide',
    'your access to submit messages to this e-mail system has been rejected', 'connections not accepted from servers without a valid sender',
  ],
  // 530 5.7.0 Must issue a STARTTLS command first / 535 Authentication required / 550 Unauthenticated senders not allowed
  securityerror: [
    'starttls', 'authentication required', 'must issue a starttls', 'tls required', 'encryption required',
    'authentication credentials invalid', 'authentication failure', 'smtp auth', 'not authenticated', 'insecure',
    'tls is required', 'authorization required', 'unauthenticated senders',
    // Sisimai 4.25 Reason/SecurityError.pm regex: the sending side's own credentials or transport (Amazon SES
    // account and IAM refusals, Orange's "authentification requise", a client with SMTP AUTH turned off).
    'account not subscribed to ses', 'is not authorized to perform ses:', 'authentication is required',
    'authentication turned on in your email client', 'authentication is turned on in your email client', 'authentification requise',
    'authentification invalide', 'is a dead domain', 'executable files are not allowed in compressed files', 'tls required but not supported',
  ],
  // 550 5.7.1 Message rejected due to local policy / 552-5.7.0 This message was blocked because its content presents a potential security issue
  policyviolation: [
    'policy violation', 'violates', 'violation of', 'local policy', 'policy reasons', 'policy restrictions', 'prohibited by policy',
    'not allowed by policy', 'policy rejection', 'rejected by policy', 'content policy', 'email policy',
    'anti-spoofing', 'administrative prohibition', 'administratively denied', 'presents a potential security issue',
    'denied by policy', 'security policy', 'content presents a potential',
    // 554 5.7.0 Header error: a header rule of the receiving site (a milter or content policy), not malformed MIME.
    'header error',
    // Sisimai 4.25 Reason/PolicyViolation.pm index: a site's or a list's rules (attachments, members-only
    // lists, organisation settings, a header kind it does not take, captcha limits of group services).
    'an illegal attachment on your message', 'by non-member to a members-only list', 'closed mailing list',
    'rejected due to security policies', 'header are not accepted', 'due to organizational settings', 'message given low priority',
    'not subscribed to this group', 'rejected by organization policy', 'messages containing images or other attachments',
    'allowable number of posts without solving a captcha', 'protocol violation',
  ],
  // 550 5.7.1 Delivery not authorized, message refused / 550 5.1.1 RCP-P2 Refused due to recipient preferences
  filtered: [
    'not accept your mail', 'refused by recipient', 'rejected by recipient', 'recipient rejects', 'delivery not authorized',
    'mail is not accepted from', 'access to this mailbox is denied', 'blocked by the recipient', 'recipient has blocked',
    'recipient preferences', 'filtered', 'mail filter',
    // Facebook: Based on the email preferences of the person you're trying to email, this message could not be delivered.
    'email preferences of the person',
    // Exchange Online 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission: "Your message couldn't be delivered to the
    // recipient because you don't have permission to send to it" (the recipient accepts only listed senders)
    'restrictedtorecipientspermission', 'you don\'t have permission to send to it', 'isn\'t on the recipient\'s list of senders',
    // A recipient that takes mail only from listed senders: "the recipient is only accepting mail from specific email addresses"
    'only accepting mail from specific', 'only accepts mail from specific',
    // Sisimai 4.25 Reason/Filtered.pm index: the recipient's own rule refuses the message.
    'new mail is not currently being accepted for this mailbox', 'has restricted sms e-mail',
    'rejected due to user rules', 'resolver.rst.notauthorized',
  ],
  // 554 5.7.1 Virus found / message contains a virus
  virusdetected: ['virus', 'malware', 'infected with', 'is infected', 'trojan', 'worm detected', 'malicious code', 'malicious content'],
  // 4.4.7 Delivery time expired / retry timeout exceeded / Connection timed out (after retries) / socket error
  // Delivery to the following recipients was aborted after 5.0 hour(s)
  expired: [
    'was aborted after',
    'retry timeout exceeded', 'delivery time expired', 'message expired', 'has been delayed', 'was not delivered within',
    'could not be delivered for', 'not been delivered for', 'too long in queue', 'queue too long', 'in the queue too long',
    'retry time not reached', 'giving up', 'gave up', 'message timed out', 'has expired', 'delivery expired', 'expired after',
    'time limit exceeded', 'could not be delivered within', 'undelivered for', 'unable to deliver within', 'max retries',
    'maximum retries', 'have been failing for a long time', 'did not accept our requests to connect',
    'connection timed out', 'timed out while', 'server did not respond', 'socket error', 'envelope expired',
    // Sisimai's expired wordings (reason/why-expired.go).
    'could not find a gateway for', 'delivery attempts will continue to be', 'giving up on', 'not been collected after',
    'expired after sitting in queue', 'message expired, cannot connect', 'unable to deliver message after multiple retries',
    'not reachable within the allowed queue period', 'your message could not be delivered for more than',
    // Sendmail's delay warning: "Warning: could not send message for past 4 hours"; its final
    // notice: "Message could not be delivered for 5 days", "Message will be deleted from queue".
    'could not send message for past', 'will be deleted from queue',
    // qmail-send: "I'm not going to try again; this message has been in the queue too long."
    'not going to try again',
  ],
};

/**
 * Sentences the sending side's own notice writes when the remote server's code said the address
 * does not exist (Exchange and Microsoft 365 render X.1.1 / X.1.10 RecipNotFound this way, Gmail
 * its "NoSuchUser"): a template chosen from that code, never a remote filter's words, so they
 * settle the reason even where the notice names no SMTP step (rules/decide.ts refineUserUnknown).
 */
export const addressNotFoundSentences: readonly string[] = [
  // Exchange 2013+ / Microsoft 365: "The email address you entered couldn't be found. Please check the recipient's email address ..."
  'the email address you entered couldn\'t be found',
  // Microsoft 365: "a wasn't found at example.org."
  'wasn\'t found at',
  // Exchange 2007/2010: "The recipient's e-mail address was not found in the recipient's e-mail system."
  'e-mail address was not found in the recipient\'s e-mail system',
  // Gmail: "Your message wasn't delivered to a@b because the address couldn't be found, or is unable to receive mail."
  'because the address couldn\'t be found',
  // The first in the languages Outlook shows it in: it, fr, de, es, pt, nl.
  'impossibile trovare l\'indirizzo di posta elettronica', 'que vous avez entrée est introuvable', 'e-mail-adresse wurde nicht gefunden',
  'no se pudo encontrar la dirección de correo', 'que você inseriu não foi encontrado', 'hebt ingevoerd, is niet gevonden',
];

/**
 * Wordings with a variable part (a host or domain name) in the middle, for the specific table.
 * Each is linear: one bounded character class, no nested or adjacent overlapping quantifiers.
 */
export const phrasePatterns: Partial<Record<Reason, readonly RegExp[]>> = {
  // "552 Message size exceeds ..." in any wording, but not a header's size (Sisimai 4.25
  // Reason/ContentError.pm, ExceedLimit.pm: "header size exceeds maximum permitted", "message header size exceeds limit").
  mesgtoobig: [/(?<!header )\bsize exceeds/],
  // Sisimai 4.25 Reason/Blocked.pm: "Mail from 192.0.2.1 refused:" (the connecting address named and refused)
  // Sisimai 4.25 Reason/NoRelaying.pm index "not a gateway", said by a host of itself
  norelaying: [
    /\b(?:host|server|system|machine) is not a gateway\b/,
    // Sisimai 4.25 Reason/NoRelaying.pm index "not local host", naming the host (Sendmail: "not local host example.org, not a gateway")
    /\bnot local host [a-z0-9-]{1,63}\.[a-z0-9.-]{1,190}/,
  ],
  // Sisimai 4.25 Reason/Filtered.pm index "is not accepting any mail", of a mailbox or address
  filtered: [/\b(?:mailbox|account|address|recipient|user) is not accepting any mail\b/],
  // Sisimai 4.25 Reason/NetworkError.pm index "unable to resolve route", naming the domain
  networkerror: [/\bunable to resolve route (?:for|to) [a-z0-9-]{1,63}\.[a-z0-9.-]{1,190}/],
  // Sisimai 4.25 Reason/Expired.pm index "failed to deliver to domain <d>": a domain named, then the period
  expired: [/\bfailed to deliver to domain [a-z0-9-]{1,63}\.[a-z0-9.-]{1,190} (?:within|after|for)\b/],
  blocked: [/\bmail from \d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3} refused\b/],
  hostunknown: [
    // DNS lookup failure: host cx.example.org not found
    /\bhost [a-z0-9.-]{1,253} not found/,
    // 553 example.com does not exist (a domain, not an address, before the words)
    /(?:^|[\s:])[a-z0-9-]{1,63}\.[a-z0-9.-]{0,190}[a-z] does not exist/,
  ],
  // Sisimai 4.25 Reason/SpamDetected.pm regex: a content filter's "554 5.7.0 Reject, id=<number>" (its whole reply)
  spamdetected: [/^554 5\.7\.0 reject, id=\d/],
  // The words of a full mailbox in order with a few words between (Sisimai's aligned pairs in
  // reason/why-mailboxfull.go): "552 5.2.2 Over STORAGE quota", "Mailbox of a@b is full", "quota for this user exceeded".
  mailboxfull: [
    // Sisimai 4.25 Reason/MailboxFull.pm index "does not have enough space", said of a mailbox (a phone or disk is not one)
    /\b(?:mailbox|recipient|user|account|inbox|folder) does not have enough space\b/,
    // Sisimai 4.25 Reason/MailboxFull.pm index "not enough storage space in", of a mailbox
    // Sisimai 4.25 Reason/MailboxFull.pm index "over the allowed quota", of a mailbox or the message delivered to it
    /\b(?:mailbox|account|user|recipient|message|inbox) (?:is |would be |will be )?over the allowed quota\b/,
    /\bnot enough storage space in (?:the |this |your |their )?(?:recipient's |user's )?(?:mailbox|inbox|account|folder)/,
    /\bover (?:[a-z]{1,16} ){0,2}quota\b/,
    /\bmailbox (?:(?!not )[^\s.]{1,40} ){1,4}full\b/,
    /\bquota (?:[a-z]{1,16} ){1,3}exceeded\b/,
    /\bmaildir (?:[a-z]{1,16} ){0,2}quota\b/,
  ],
  userunknown: [
    // 550 mailbox a@b unavailable / 550 Mailbox <a@b> is unavailable (the address named in the sentence)
    /\bmailbox <?[^\s<>@]{1,64}@[a-z0-9.-]{1,253}>? (?:is )?unavailable/,
    // Sisimai 4.25 Reason/UserUnknown.pm regex, the forms with the name in the middle: "<a@b> not found",
    // "No <name> in name directory", "Recipient <name> was not found in ...", "User <name> was not found".
    /<[^\s<>]{1,320}> not found\b/,
    /\bno \S{1,320} in name directory/,
    /\b(?:recipient|user) \S{1,320} was not found\b/,
  ],
};

/**
 * Whole sentences whose reason is not the one a shorter wording inside them gives by precedence:
 * read before `phrases`, so the sentence wins over its words (Sisimai reads each as its own
 * reason). "Sender address has been blacklisted" refuses the sender, though "blacklisted" alone
 * is a blocklist; "this server does not accept mail from a@b" refuses the sender, though "does
 * not accept mail" alone is a domain that takes none.
 */
export const sentencePhrases: PhraseTable = {
  // Sisimai 4.25 Reason/PolicyViolation.pm index (AOL): "... because the recipient is not accepting mail with attachments"
  policyviolation: ['recipient is not accepting mail with'],
  // Sisimai 4.25 Reason/Rejected.pm index: the sender's address or domain, not the connecting host nor the recipient's domain
  rejected: [
    'domain of sender address', 'sender address has been blacklisted', 'access denied (sender blacklisted)',
    'address that has been blacklisted', 'this server does not accept mail from',
  ],
  // Sisimai 4.25 Reason/SecurityError.pm regex (qmail): "553 sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts"
  securityerror: ['authenticate or the domain isn\'t in my list of allowed rcpthosts'],
  // Sisimai 4.25 Reason/SpamDetected.pm regex: a spam filter's sentence, whatever else it names
  spamdetected: ['message considered as spam or virus', 'message contains spam or virus', 'message rejected for policy reasons', 'sender domain listed at'],
  // Sisimai 4.25 Reason/TooManyConn.pm index (Amazon SES): "Throttling failure: Daily message quota exceeded" is a sending cap, not a mailbox
  toomanyconn: ['throttling failure: daily message quota exceeded'],
};

/** Sentences of `sentencePhrases` with a variable part (a host or a name) in the middle; linear, as `phrasePatterns`. */
export const sentencePatterns: Partial<Record<Reason, readonly RegExp[]>> = {
  // Sisimai 4.25 Reason/SecurityError.pm regex (Postfix's SMTP client): "SASL authentication failed; server mx.b[192.0.2.1] said: 535 ..."
  securityerror: [/\bauthentication failed; server \S{1,300} said:/],
  // Sisimai 4.25 Reason/SpamDetected.pm regex (MailMarshal): "Rule imposed as <name> is blacklisted on <list>"
  spamdetected: [/\brule imposed as \S{1,255} is blacklisted on\b/],
};

/**
 * Common words that hint at a reason but appear in many unrelated sentences (a notice's own
 * wrapper text, an explanation, a URL). Read only when no entry of `phrases` matched.
 */
export const broadPhrases: PhraseTable = {
  // 550 'a@b' does not exist / 550 5.0.1 Recipient rejected
  userunknown: ['not exist', 'address rejected', 'invalid address', 'recipient rejected'],
  // 550 5.7.1 Message rejected as spam / unsolicited
  spamdetected: ['spam', 'suspicious', 'content rejected'],
  // 554 Rejected: your IP is blocked
  blocked: ['blocked', 'banned', 'ip address', 'rbl', 'reputation', 'denied'],
  // 550 Mail from x rejected for policy reasons / 550 restricted
  policyviolation: ['policy', 'violation', 'dlp', 'compliance', 'restricted', 'not authorized', 'unauthorized'],
  // 550 Sender ... / MAIL FROM
  rejected: ['sender '],
  // 5.7.23 SPF / authentication
  authfailure: ['spf', 'dkim', 'not authorized to send', 'authentication check'],
  // 550 5.7.1 <a@b>... Access denied
  securityerror: ['access denied', 'certificate', 'tls'],
  // 550 5.6.0 mime / encoding / header
  contenterror: ['executable', '8-bit data', 'message contains'],
  // 550 Message refused / rejected
  filtered: ['refused', 'filter', 'message rejected', 'recipient address rejected', 'not accepted'],
  // 4.4.1 timeout / connection refused
  networkerror: ['timeout', 'timed out', 'connection refused', 'unreachable', 'could not connect', 'couldn\'t connect', 'unable to connect'],
  // 450 Try again later
  speeding: ['try again later', 'please retry later'],
  systemerror: ['unable to deliver', 'error in processing', 'sorry, unable to', 'command failed', 'temporarily unavailable'],
  expired: ['retrying for', 'delivery attempts will continue', 'will keep trying', 'not delivered for'],
  hostunknown: ['no such host'],
  mailboxfull: ['is full', 'not enough space', 'insufficient storage'],
  mesgtoobig: ['message exceeds', 'size limit'],
  suspend: ['is disabled', 'not active', 'disabled', 'suspended', 'inactive'],
  virusdetected: ['infected'],
};

/**
 * Words in the server's text that are not the server speaking about the cause, blanked before the
 * phrase tables are read:
 * - an address: its local part is a name someone chose ("virus-lab@", "spam-reports@",
 *   "full.stack@"), not a verdict; it becomes `x@x` so sentences naming an address still read;
 * - Postfix's queue state: "delivery temporarily suspended: ..." is what Postfix's queue manager
 *   writes while a destination is marked unreachable (qmgr(8): the next attempt is deferred); the
 *   cause follows it, and no account is suspended;
 * - the notice's title, "returned to sender": where the message went, not who was refused.
 */
const queueStates = ['delivery temporarily suspended'] as const;
// The notice's own title ("Undelivered Mail Returned to Sender", Postfix's subject, which a pasted
// notice carries at its top): the message went back to its sender, whose address is not the cause.
const noticeTitles = ['returned to sender', 'return to sender'] as const;
// Characters that end an address's local part going left from its '@', and that its domain holds going right.
const localStop = new Set([' ', '<', '>', '(', ')', '[', ']', '"', '\'', ',', ';', ':', '@']);
/** Whether the character code `c` is one of a domain's as the folded text writes it: [a-z0-9.-]. */
const isDomainChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45;

/** Every address in `text` replaced by `x@x`, in one pass from each '@' (no regex scan per position). */
function maskAddresses(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > from && at - start < 64 && !localStop.has(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at <= 253 && isDomainChar(text.charCodeAt(end))) end++;
    if (start === at || end === at + 1) continue;
    out += `${text.slice(from, start)}x@x`;
    from = end;
    at = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const notServerWords: readonly string[] = [...queueStates, ...noticeTitles];

export function serverWords(folded: string): string {
  let text = folded.includes('@') ? maskAddresses(folded) : folded;
  for (const q of notServerWords) if (text.includes(q)) text = text.split(q).join(' ');
  return text;
}

/**
 * One-word specific phrases that are names, so they count inside a host or domain name (a
 * blocklist's zone, Exchange's dotted resolver codes). Every other one-word phrase ("virus",
 * "spamassassin", "phishing", "filtered") counts only outside host names: a server called
 * virusscan.example.net or filtered.example.org says nothing about the message.
 */
export const namesInHosts: ReadonlySet<string> = new Set([
  'recipnotfound', 'restrictedtorecipientspermission', 'nxdomain', 'overquota', 'resolver.rst.notauthorized',
]);
