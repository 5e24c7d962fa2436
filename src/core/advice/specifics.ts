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
