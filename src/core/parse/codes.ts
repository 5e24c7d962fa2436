/**
 * SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) as servers write them:
 * "550 5.1.1 <a@b>: Recipient address rejected", "550-5.7.26 ...", "#5.1.1", "(5.2.2)".
 */

// A status code stands alone: not part of an IP address or a version number ("1.5.1.1", "5.1.1.2").
// Linear: fixed-width alternation, no nested quantifiers.
// Nor a percentage ("4.2.1%").
const statusRe = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d|%)/;
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
  return status === '5.0.0' || status === '4.0.0' || status === '';
}

/**
 * Sisimai writes codes whose detail is 900 or more (e.g. 5.0.910) for its private guesses; they are
 * not RFC 3463 codes, so a notice never carries them.
 */
export function isRealStatus(status: string): boolean {
  const m = /^[245]\.\d{1,3}\.(\d{1,3})$/.exec(status);
  return m !== null && Number(m[1]) < 900;
}

// A reply code with the status code the server wrote right after it: "550 5.1.1", "550-5.7.26",
// "550 #5.1.0" (Google Workspace), "550-'5.7.1" (Amazon SES quoting the remote server),
// "554 [5.7.1]". Fixed-width separators, no nested quantifiers.
const pairRe = /(?<![\w.:/-])([245]\d\d)[ -]{1,2}['"#(\[]?([245])\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/g;

export interface CodePair {
  readonly reply: string;
  readonly status: string;
}

/** Every "reply status" pair in `text`, in order. */
export function findCodePairs(text: string): CodePair[] {
  return Array.from(text.matchAll(pairRe), (m) => ({ reply: m[1]!, status: `${m[2]}.${Number(m[3])}.${Number(m[4])}` }));
}

/**
 * The status code that best says why delivery failed, from the DSN's Status field and the
 * server's words (`diagnostic` first, then `context`: a transcript or the rest of the notice).
 * The remote server's own code (the one written right after its reply code) is the authority:
 * a relaying MTA often reports a coarser or different code in its Status field ("Status: 5.0.0"
 * for "550 5.1.1 User unknown"; Amazon SES "5.1.0 - Unknown address error 550-'5.7.1 ... Access
 * denied'"). Among several answers, the last failure that says more than "X.0.0" ended the attempt.
 */
export function pickStatus(dsnStatus: string, diagnostic: string, context = ''): { status: string; reply: string } {
  const own = lastFailurePair(diagnostic);
  if (own) return own;
  const dsn = findStatus(dsnStatus);
  const reply = findFailureReply(diagnostic) || findFailureReply(context);
  if (dsn && !isGenericStatus(dsn)) return { status: dsn, reply };
  const more = lastFailurePair(context);
  if (more && !isGenericStatus(more.status)) return more;
  const s = firstSpecificFailure(diagnostic) || firstSpecificFailure(context);
  if (s) return { status: s, reply };
  return { status: dsn || (more?.status ?? ''), reply: more?.reply ?? reply };
}

/** The last 4xx/5xx "reply status" pair that says more than X.0.0, else the last one at all. */
function lastFailurePair(text: string): CodePair | undefined {
  if (!text) return undefined;
  let best: CodePair | undefined;
  // pairRe is global: read from the start to the end here, so no position is left behind.
  pairRe.lastIndex = 0;
  for (let m = pairRe.exec(text); m; m = pairRe.exec(text)) {
    if (m[2] === '2' || m[1]![0] === '2') continue;
    const generic = Number(m[3]) === 0 && Number(m[4]) === 0;
    if (!generic || !best || isGenericStatus(best.status)) best = { reply: m[1]!, status: `${m[2]}.${Number(m[3])}.${Number(m[4])}` };
  }
  return best;
}

/** The first 4xx/5xx status code in `text` that says more than X.0.0, or ''. */
function firstSpecificFailure(text: string): string {
  if (!text) return '';
  statusReGlobal.lastIndex = 0;
  for (let m = statusReGlobal.exec(text); m; m = statusReGlobal.exec(text)) {
    if (m[1] === '2' || (Number(m[2]) === 0 && Number(m[3]) === 0)) continue;
    statusReGlobal.lastIndex = 0;
    return `${m[1]}.${Number(m[2])}.${Number(m[3])}`;
  }
  return '';
}

const failureReplyRe = /(?<![\w.:/-])([45][0-5]\d)(?=[ \-]|$)/m;

/** The first 4xx/5xx reply code in `text`, or ''. */
export function findFailureReply(text: string): string {
  const m = failureReplyRe.exec(text);
  return m ? m[1]! : '';
}
