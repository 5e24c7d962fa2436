/**
 * Facts the server's words state that the verdict has no field for: that a notice is only a
 * delay warning, and how long the sending server says it will keep trying. The advice repeats
 * them rather than saying "for a while". Read from the recipient's words (and the notice's own
 * evidence); bounded input, linear expressions only.
 */

/** How long retries go on, as the notice says it. */
export type RetrySchedule =
  | { readonly count: number; readonly unit: 'day' | 'hour' | 'minute' }
  | { readonly until: string };

// A delay notice in free text, where no `Action: delayed` field says so.
// "This is just a warning, you do not need to do anything right now. ... We will continue trying for 5 days" (generic)
// "Delivery incomplete. There was a temporary problem delivering your message ... Gmail will retry for 47 more hours" (gmail.com)
// "THIS IS A WARNING MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE." (sendmail)
const delayPhrases = [
  'this is just a warning',
  'this is only a warning',
  'warning message only',
  'do not need to resend',
  'will continue trying',
  'will continue to try',
  'will keep trying',
  'will retry for',
  'will be retried',
  'will try again',
  'still trying to deliver',
  'has not been delivered yet',
  'not yet been delivered',
  'delivery incomplete',
  'delivery delayed',
  'delivery has been delayed',
  'delivery is delayed',
  // RFC 3464 §2.3.9: only a delay report says until when it will retry.
  'will-retry-until',
] as const;

// Words that say retries are over: then the warning phrases quoted elsewhere do not count.
// ("You will be notified if the delivery fails permanently" is a promise, not a failure.)
const gaveUpPhrases = ['gave up', 'giving up', 'given up', 'permanent failure', 'permanent error', 'will not be retried', 'no more attempts'] as const;

const maxText = 16_384;

/** True when the words show a delay warning: nothing has failed yet, and retries go on. */
export function isDelayWarning(text: string, status: string, reply: string): boolean {
  if (status.trim().startsWith('5') || reply.trim().startsWith('5')) return false;
  const t = text.slice(0, maxText).toLowerCase();
  return delayPhrases.some((p) => t.includes(p)) && !gaveUpPhrases.some((p) => t.includes(p));
}

// "Will-Retry-Until: Tue, 3 Dec 2024 10:00:00 +0000" (RFC 3464 §2.3.9)
const retryUntil = /will-retry-until:[ \t]*([^\n\r]{4,64})/;
// "will continue trying for 5 days", "will retry for 47 more hours", "retry ... for 840 minutes":
// a retry word, then within one clause a number and a unit. Bounded gaps keep it linear.
const retryFor = /(?:retr(?:y|ies|ying)|trying|try again|attempts?)[^.\n\d]{0,40}(\d{1,4}) ?(?:more )?(day|hour|minute|min)s?\b/;

/**
 * The words in which a notice states its retry schedule ("We will continue trying for 5 days",
 * "Will-Retry-Until: …"), as written, for the verdict's evidence; '' when it states none.
 * A notice's readable text and its DSN fields are read here so the advice can repeat them.
 */
export function retryStatement(text: string): string {
  const t = text.slice(0, maxText);
  const lower = t.toLowerCase();
  const m = retryUntil.exec(lower) ?? retryFor.exec(lower);
  return m ? t.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ').trim() : '';
}

/** The retry schedule the notice states, if any. */
export function retrySchedule(text: string): RetrySchedule | undefined {
  const t = text.slice(0, maxText);
  const until = retryUntil.exec(t.toLowerCase());
  if (until?.[1]) {
    // The date as the notice wrote it (case kept), trimmed of a trailing comment.
    const at = (until.index ?? 0) + until[0].length - until[1].length;
    return { until: t.slice(at, at + until[1].length).trim() };
  }
  const m = retryFor.exec(t.toLowerCase());
  if (!m?.[1] || !m[2]) return undefined;
  const count = Number(m[1]);
  if (count <= 0) return undefined;
  return { count, unit: m[2] === 'min' ? 'minute' : (m[2] as 'day' | 'hour' | 'minute') };
}

/** Sizes a size refusal states, in MiB (what mail programs show as MB). */
export interface SizeFacts {
  /** The message as sent; 0 when the words do not say. */
  readonly size: number;
  /** The server's limit; 0 when the words do not say. */
  readonly limit: number;
}

const mib = 1024 * 1024;
// "message size 19812345 exceeds size limit 10240000 of server mx.example.org[192.0.2.1]" (Postfix)
const postfixSize = /message size (\d{3,12}) exceeds size limit (\d{3,12})/;
// "message too big: read=19812345 max=10485760" (Exim)
const eximSize = /read=(\d{3,12}) max=(\d{3,12})/;
// "552 5.2.3 Message size exceeds fixed maximum message size (10485760)" (sendmail)
const maxOnly = /maximum (?:message )?size[^\d\n]{0,24}(\d{3,12})(?: ?(bytes|kb|mb))?/;
// "The message size (19.9 MB) exceeds the limit (10 MB)", "size 19812 KB, limit 10 MB"
const withUnits = /(size|limit|max(?:imum)?)[^\d\n]{0,16}(\d{1,9}(?:[.,]\d{1,2})?) ?(bytes|kb|mb|gb)\b/g;

function inMib(value: string, unit = 'bytes'): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n)) return 0;
  if (unit === 'gb') return n * 1024;
  if (unit === 'mb') return n;
  if (unit === 'kb') return n / 1024;
  return n / mib;
}

/** The message size and the limit a size refusal states, when it states them. */
export function sizeFacts(text: string): SizeFacts {
  const t = text.slice(0, maxText).toLowerCase();
  const pair = postfixSize.exec(t) ?? eximSize.exec(t);
  if (pair?.[1] && pair[2]) return { size: inMib(pair[1]), limit: inMib(pair[2]) };
  let size = 0;
  let limit = 0;
  for (const m of t.matchAll(withUnits)) {
    const value = inMib(m[2] ?? '', m[3]);
    if (m[1] === 'size' && !size) size = value;
    else if (m[1] !== 'size' && !limit) limit = value;
  }
  if (!limit) {
    const max = maxOnly.exec(t);
    if (max?.[1]) limit = inMib(max[1], max[2]);
  }
  return { size, limit };
}

/**
 * How big the attachments may be for a message to stay under a limit: attachments grow by about
 * a third when they are encoded for mail (base64), and the text and headers take some room too.
 */
export function attachmentRoom(limit: number): number {
  return limit * 0.73;
}

// Domains named by an authentication refusal, as the receivers word it.
// "Unauthenticated email from example.jp is not accepted due to domain's DMARC policy" (gmail.com)
// "Your message was rejected due to example.org's DMARC policy" (icloud.com)
// "The MAIL FROM domain [mail4.example.com] has an SPF record with a hard fail policy" (gmail.com)
// "192.0.2.222 is not allowed to send from <example.net> per it's SPF Record" (GoDaddy)
const domainName = '([a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63}){1,8})';
const authDomains = [
  new RegExp(`(?:email|mail) from ${domainName} is not accepted`),
  new RegExp(`due to ${domainName}'s dmarc`),
  new RegExp(`mail from domain \\[?${domainName}\\]? has an spf`),
  new RegExp(`not allowed to send from <?${domainName}>?`),
  new RegExp(`spf (?:check )?failed for (?:domain )?${domainName}`),
  // "DKIM signature verification failed for example.com", "no valid DKIM signature for domain example.com"
  new RegExp(`dkim (?:signature )?(?:verification |check )?failed for (?:domain )?<?${domainName}`),
  new RegExp(`valid dkim signature (?:for|from) (?:domain )?<?${domainName}`),
] as const;
const spfIp = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}) is not allowed to send from/;

/** The sender domain an SPF, DKIM or DMARC refusal names, and for SPF the refused sending IP. */
export function authFacts(text: string): { readonly domain: string; readonly ip: string } {
  const t = text.slice(0, maxText).toLowerCase();
  let domain = '';
  for (const re of authDomains) {
    const m = re.exec(t);
    if (m?.[1]) {
      domain = m[1];
      break;
    }
  }
  return { domain, ip: spfIp.exec(t)?.[1] ?? '' };
}

// "Please turn on SMTP Authentication in your mail client." (Exim/cPanel): the server's own
// instruction, worth repeating first. Only instructions that say what to change; a bounded clause.
// A dot followed by a letter or digit is inside a name (shop.example.jp, example.com/help), not a sentence's end.
const instruction = /\bplease (?:turn on|enable|use|configure|authenticate|log in|sign in|upgrade|update|reduce|remove|verify|check|contact|visit|see|go to|read)\b(?:[^.!\n]|\.(?=[a-z0-9])){3,150}/i;

/** The server's own instruction ("Please turn on SMTP Authentication …"), as written; '' when none. */
export function serverInstruction(diagnostic: string): string {
  const m = instruction.exec(diagnostic.slice(0, maxText));
  return m?.[0] ? m[0].trim() : '';
}
