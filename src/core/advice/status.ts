/**
 * Status codes in words: RFC 3463 enhanced status codes (class.subject.detail, with every later
 * registration in the IANA "Enumerated Status Codes" registry) and SMTP reply codes (RFC 5321).
 * The words live in the catalogs under `status.*` and `reply.*`; these tables only say which
 * codes exist, so a code added here without words fails the type check.
 */
import { catalogs, fill, resolveLocale } from './catalog.js';

/** Every registered subject.detail. The class (2, 4, 5) is decoded separately. */
export const statusDetails = [
  '0.0', // Other undefined status (RFC 3463)
  '1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', // Addressing (RFC 3463)
  '1.9', // Message relayed to non-compliant mailer (RFC 3886)
  '1.10', // Recipient address has null MX (RFC 7505)
  '2.0', '2.1', '2.2', '2.3', '2.4', // Mailbox (RFC 3463)
  '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', // Mail system (RFC 3463)
  '3.6', // Requested priority was changed (RFC 6710)
  '4.0', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', // Network and routing (RFC 3463)
  '5.0', '5.1', '5.2', '5.3', '5.4', '5.5', // Mail delivery protocol (RFC 3463)
  '5.6', // Authentication exchange line is too long (RFC 4954)
  '6.0', '6.1', '6.2', '6.3', '6.4', '6.5', // Message content or media (RFC 3463)
  '6.6', // Message content not available (RFC 4468)
  '6.7', '6.8', '6.9', '6.10', // Internationalized email (RFC 6531; 6.10 re-registers 6.8)
  '7.0', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', // Security or policy (RFC 3463)
  '7.8', '7.9', '7.11', '7.12', // SMTP authentication (RFC 4954)
  '7.10', '7.13', '7.14', // RFC 5248
  '7.15', '7.16', // Priority (RFC 6710)
  '7.17', '7.18', '7.19', // Require-Recipient-Valid-Since (RFC 7293)
  '7.20', '7.21', '7.22', '7.23', '7.24', '7.25', '7.26', // DKIM, SPF, reverse DNS (RFC 7372)
  '7.27', // Sender address has null MX (RFC 7505)
  '7.28', // Mail flood detected (IANA registry)
  '7.29', // ARC validation failure (RFC 8617)
  '7.30', // REQUIRETLS support required (RFC 8689)
] as const;
export type StatusDetail = (typeof statusDetails)[number];

export const statusClasses = ['2', '4', '5'] as const;
export const statusSubjects = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;

/** SMTP reply codes a bounce may quote (RFC 5321, plus 521/556 from RFC 7504 and AUTH's 53x from RFC 4954). */
export const replyCodes = [
  '211', '214', '220', '221', '250', '251', '252', '354',
  '421', '432', '450', '451', '452', '454', '455',
  '500', '501', '502', '503', '504', '521', '530', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556',
] as const;
export type ReplyCode = (typeof replyCodes)[number];

/** An enhanced status code, decoded. */
export interface StatusMeaning {
  /** The code as given, trimmed. */
  readonly code: string;
  /** True for a well-formed code (class 2, 4 or 5; subject and detail of 1–3 digits). */
  readonly valid: boolean;
  /** True when subject.detail is a registered code; false for a server's own detail (5.7.606). */
  readonly registered: boolean;
  /** The class in words ("Permanent failure"); '' when not valid. */
  readonly classText: string;
  /** The subject in words ("Mailbox"); '' when not valid or not a known subject. */
  readonly subjectText: string;
  /** The detail in words ("mailbox full"); '' when not registered. */
  readonly detailText: string;
  /** One line for people: "Permanent failure: mailbox full"; '' for an empty or malformed code. */
  readonly text: string;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

// At most three digits per part (RFC 3463 §2); anything longer is not a status code.
const statusShape = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * An RFC 3463 status code in words.
 * @example decodeStatus('5.2.2').text // 'Permanent failure: mailbox full'
 * @example decodeStatus('4.4.7', 'it').text // 'Errore temporaneo: tempo di consegna scaduto'
 * @example decodeStatus('5.7.606').text // names the class and subject, and says the detail is the server's own
 */
export function decodeStatus(code: string, locale?: string): StatusMeaning {
  const c = catalogs[resolveLocale(locale)];
  const trimmed = code.trim();
  const m = statusShape.exec(trimmed);
  const none = { code: trimmed, valid: false, registered: false, classText: '', subjectText: '', detailText: '', text: '' };
  if (!m) return none;
  // Leading zeros ("5.01.01") name the same code.
  const [klass, subject, detail] = [m[1] ?? '', String(Number(m[2])), String(Number(m[3]))];
  if (!isOneOf(statusClasses, klass)) return none;
  const classText = c[`status.class.${klass}`];
  const subjectText = isOneOf(statusSubjects, subject) ? c[`status.subject.${subject}`] : '';
  const key = `${subject}.${detail}`;
  if (isOneOf(statusDetails, key)) {
    const detailText = c[`status.${key}`];
    return { code: trimmed, valid: true, registered: true, classText, subjectText, detailText, text: fill(c['status.format'], { class: classText, detail: detailText }) };
  }
  const text = subjectText
    ? fill(c['status.format.unregistered'], { class: classText, subject: subjectText, detail })
    : fill(c['status.format.classOnly'], { class: classText });
  return { code: trimmed, valid: true, registered: false, classText, subjectText, detailText: '', text };
}

/**
 * An SMTP reply code in words; for a code not in the table, what its first digit says.
 * @example decodeReply('550') // 'Mailbox unavailable: …'
 */
export function decodeReply(reply: string, locale?: string): string {
  const c = catalogs[resolveLocale(locale)];
  const r = reply.trim();
  if (isOneOf(replyCodes, r)) return c[`reply.${r}`];
  const first = /^([2-5])\d\d$/.exec(r)?.[1];
  return first ? c[`reply.class.${first as '2' | '3' | '4' | '5'}`] : '';
}

/**
 * Registered details so narrow that providers often reuse the number for something else
 * ("5.7.9 … not accepted for policy reasons" is no weak authentication mechanism): the registered
 * words are shown only when the server's own words are about the same thing.
 */
const narrowDetails: Partial<Record<StatusDetail, readonly string[]>> = {
  '1.9': ['relay', 'report', 'compliant'],
  // Exchange Online answers "550 5.4.1 Recipient address rejected: Access denied" for an address
  // its directory does not know: no host failed to answer there.
  '4.1': ['answer', 'respon', 'timed out', 'timeout', 'connect', 'unreachable', 'route'],
  '3.6': ['priority'],
  '5.6': ['auth', 'line', 'long'],
  '7.3': ['conversion', 'secur'],
  '7.4': ['secur', 'tls', 'encrypt', 'feature'],
  '7.5': ['crypt', 'sign'],
  '7.6': ['crypt', 'algorithm'],
  '7.7': ['integrity', 'signature'],
  '7.8': ['auth', 'credential', 'password', 'login', 'log in', 'sign in'],
  '7.9': ['auth', 'mechanism', 'weak'],
  '7.11': ['encrypt', 'tls', 'mechanism'],
  '7.12': ['password', 'transition'],
  '7.13': ['disabled', 'account', 'suspend', 'locked', 'inactive'],
  '7.14': ['trust'],
  '7.15': ['priority'],
  '7.16': ['priority', 'size', 'big', 'large'],
  '7.17': ['owner', 'changed'],
  '7.18': ['owner', 'changed'],
  '7.19': ['rrvs', 'valid'],
};

/**
 * The status code in words beside the server's own words: the registered meaning, unless it is
 * a narrow one the server's words do not bear out; then the provider's meaning leads, and the
 * code says only its class.
 * @example statusBeside('5.7.9', 'Message not accepted for policy reasons') // 'Permanent failure: …its own sense…'
 */
export function statusBeside(code: string, words: string, locale?: string): string {
  const meaning = decodeStatus(code, locale);
  if (!meaning.registered || !words.trim()) return meaning.text;
  const m = statusShape.exec(meaning.code);
  const key = `${Number(m?.[2])}.${Number(m?.[3])}`;
  const about = isOneOf(statusDetails, key) ? narrowDetails[key] : undefined;
  const lower = words.toLowerCase();
  if (!about || about.some((w) => lower.includes(w))) return meaning.text;
  return fill(catalogs[resolveLocale(locale)]['status.format.own'], { class: meaning.classText });
}
