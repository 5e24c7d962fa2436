/**
 * SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) as servers write them:
 * "550 5.1.1 <a@b>: Recipient address rejected", "550-5.7.26 ...", "#5.1.1", "(5.2.2)".
 */

// A status code stands alone: not part of an IP address or a version number ("1.5.1.1", "5.1.1.2").
// Linear: fixed-width alternation, no nested quantifiers.
const statusRe = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/;
const statusReGlobal = new RegExp(statusRe.source, 'g');

// A reply code: three digits starting 2, 4 or 5, followed by a space, a dash, or end of text,
// and not part of a longer number, date or address.
const replyRe = /(?<![\w.:/-])([245][0-5]\d)(?=[ \-]|$)/m;

/** The first RFC 3463 status code in `text`, normalised (`5.1.1`), or ''. */
export function findStatus(text: string): string {
  const m = statusRe.exec(text);
  return m ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : '';
}

/** Every status code in `text`, in order. */
export function findStatuses(text: string): string[] {
  return Array.from(text.matchAll(statusReGlobal), (m) => `${m[1]}.${Number(m[2])}.${Number(m[3])}`);
}

/** The first SMTP reply code in `text`, or ''. */
export function findReply(text: string): string {
  const m = replyRe.exec(text);
  return m ? m[1]! : '';
}

/** A status code is generic when it says only "permanent/temporary failure, some kind": X.0.0. */
export function isGenericStatus(status: string): boolean {
  return /^[45]\.0\.0$/.test(status) || status === '';
}

/**
 * Sisimai writes codes whose detail is 900 or more (e.g. 5.0.910) for its private guesses; they are
 * not RFC 3463 codes, so a notice never carries them.
 */
export function isRealStatus(status: string): boolean {
  const m = /^[245]\.\d{1,3}\.(\d{1,3})$/.exec(status);
  return m !== null && Number(m[1]) < 900;
}
