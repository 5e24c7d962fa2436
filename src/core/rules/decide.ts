/**
 * Decides one recipient's reason from what its notice says, walking `evidenceOrder` (below): the
 * format's own certainty, the receiving provider's wording, the server's words, then the status
 * code, then the rest of the notice, the reply and the action.
 *
 * The server's words are read in tiers: the first line of the diagnostic (the reply the remote
 * server gave, or the DSN's Diagnostic-Code), then the rest of the recipient's block (a session
 * transcript, where Sendmail appends its own synthetic "550 5.1.1 ... User unknown" after any
 * refusal), then the rest of the notice. An earlier tier that says something wins.
 */
import { findStatus, isGenericStatus } from '../parse/codes.js';
import { permanentReasons } from '../taxonomy.js';
import { beforeData, commandIn, commandInFolded, type SmtpCommand } from './commands.js';
import { fold, squash } from './fold.js';
import type { ReporterName } from '../reporters/index.js';
import type { Reason } from '../types.js';
import { addressNotFoundSentences, broadPhrases, namesInHosts, phrasePatterns, phrases, sentencePatterns, sentencePhrases, serverWords, type PhraseTable } from './phrases.js';
import { matchFormat, matchFormatStatus, phraseText } from './formats.js';
import { phrasePrecedence } from './precedence.js';
import { providerRules } from './providers.js';
import { PhraseIndex, requiredLiteral } from './scan.js';
import { givenUpRe } from './notice.js';
import { reasonFromStatus, replyReason } from './status.js';

/** A connection attempt that got no answer, as MTAs write it (notice.ts noAnswerRe, without "unreachable"). */
const noAnswerWordsRe = /connection timed out|timed out while|no answer from|not responding|did not respond/;

/**
 * Whether words of the expired list (folded) say only that a host gave no answer, as one
 * attempt's outcome ("Connection timed out"), not that the retries ran out: a network error.
 */
export function noAnswerOnly(folded: string): boolean {
  return noAnswerWordsRe.test(folded) && !givenUpRe.test(folded);
}

export interface ReasonInput {
  /** The server's words for this recipient; its first line is the server's reply itself. */
  readonly diagnostic: string;
  /** The rest of the notice, read only when the recipient's own words decide nothing. */
  readonly context: string;
  readonly status: string;
  readonly reply: string;
  readonly action: string;
  /**
   * The SMTP command the server answered ('' when the notice does not say); left out, it is
   * read here from the diagnostic (rules/commands.ts).
   */
  readonly command?: SmtpCommand | '' | undefined;
  readonly hint?: Reason | undefined;
  readonly remoteHost: string;
  /** The DSN's Diagnostic-Code type: `x-unix` means a local program (pipe, procmail) answered. */
  readonly diagnosticType?: string | undefined;
  /** The notice format that was recognised (reporters/*: `exim`, `postfix`, ... or `generic`). */
  readonly reporter?: ReporterName | undefined;
  /**
   * The words are a server's reply a person pasted on its own (the popup, `--text`): the answer
   * that refused the address they wrote to, with no notice around it that could place it after DATA.
   */
  readonly bare?: boolean | undefined;
}

export interface Decision {
  readonly reason: Reason;
  /** Which rule decided, e.g. `phrase`, `status`, `provider:google`. */
  readonly rule: string;
  /** The exact words (or code) that decided. */
  readonly matched: string;
  /** Which source in `evidenceOrder` decided (absent when none did). */
  readonly source?: EvidenceSource;
}

/**
 * Reasons whose specific words still lose to a specific status code: their wordings are loose
 * ("internal error", "refused by recipient", "syntax error") where the code is exact.
 */
const weakWords: ReadonlySet<Reason> = new Set<Reason>(['systemerror', 'filtered', 'syntaxerror', 'contenterror', 'expired']);

/**
 * Status codes whose reason is itself a guess (X.4.x network trouble, X.3.x system trouble, X.4.7
 * expiry): the server's specific words win over them, loose or not ("421 4.4.2 ... Message
 * expired: unable to deliver in 840 minutes" is the retries running out). Sisimai reads these
 * codes the same way: their reasons are the ones it decides again from the words.
 */
const guessedByStatus: ReadonlySet<Reason> = new Set<Reason>(['networkerror', 'systemerror', 'expired']);


const quotaReasons: ReadonlySet<Reason> = new Set<Reason>(['mailboxfull', 'mesgtoobig', 'exceedlimit', 'systemfull']);

export { fold } from './fold.js';

export interface PhraseMatch {
  readonly reason: Reason;
  readonly phrase: string;
  /** Matched in the broad table: a hint, not a decision. */
  readonly broad: boolean;
}

// A token with a dot between letters or digits ("spamrelay.example.net", "mx.block.example"):
// a host or domain name, whose labels are names, not the server's words. Tokens are what a space separates.
const hostTokenRe = /[a-z0-9]\.[a-z]/;
// A URL's path or query ("?c=rdns"): codes, not a name.
const urlPartRe = /[/?=&]/;

/**
 * Which host names a phrase may not stand in: none (a phrase of several words, a blocklist's
 * word, a name: rules/phrases.ts namesInHosts), bare host names but not URLs (whose path and query
 * carry codes: "?c=rdns"), for the other one-word specific phrases ("virus" in
 * virusscan.example.net says nothing), or any host or domain name, for the broad words ("spam" in
 * spamrelay.example.net, "filter" in filter.example.org). The text is read once, as it is: a
 * place where a phrase occurs that touches such a name is passed over, the answer reading the text
 * with those names blanked to "_" gave (no phrase holds "_" as a word: test/core/scan.test.ts).
 */
type HostRule = 'none' | 'bare' | 'all';

/** Whether a token of `text` (a run without a space) that the range [from, to) touches is a host name the rule excludes. */
function touchesHost(text: string, from: number, to: number, rule: HostRule): boolean {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 32) continue;
    const start = text.lastIndexOf(' ', i) + 1;
    let end = text.indexOf(' ', i);
    if (end < 0) end = text.length;
    const token = text.slice(start, end);
    if (hostTokenRe.test(token) && (rule === 'all' || !urlPartRe.test(token))) return true;
    i = end;
  }
  return false;
}

/**
 * One entry of the reason tables: a phrase, or a wording with a variable part (rules/phrases.ts
 * patterns), read by its regex where the literal every match of it holds is (rules/scan.ts
 * requiredLiteral).
 */
interface Entry {
  readonly reason: Reason;
  /** From the broad table: a hint, not a decision. */
  readonly broad: boolean;
  /** The phrase, or the pattern's literal ('' for a pattern with none: always tried). */
  readonly text: string;
  readonly re?: RegExp;
  readonly hosts: HostRule;
}

/**
 * A table's entries in precedence order (rules/precedence.ts): each reason's phrases, then its
 * wordings with a variable part, then the next reason's.
 */
function tableEntries(table: PhraseTable, patterns: Partial<Record<Reason, readonly RegExp[]>>, broad: boolean): Entry[] {
  return phrasePrecedence.flatMap((reason) => [
    ...(table[reason] ?? []).map((p): Entry => ({
      reason, broad, text: p,
      hosts: broad ? 'all' : p.includes(' ') || reason === 'blocked' || namesInHosts.has(p) ? 'none' : 'bare',
    })),
    ...(patterns[reason] ?? []).map((re): Entry => ({ reason, broad, text: requiredLiteral(re), re, hosts: 'none' })),
  ]);
}

/**
 * The three tables as one list in the order they decide: a whole known sentence, then the
 * specific phrases, then the broad words; indexed (rules/scan.ts PhraseIndex), so one reading of
 * a text finds the first entry it holds.
 */
const entries: readonly Entry[] = [
  ...tableEntries(sentencePhrases, sentencePatterns, false),
  ...tableEntries(phrases, phrasePatterns, false),
  // The broad table reads no wordings with a variable part.
  ...tableEntries(broadPhrases, {}, true),
];
const broadFrom = entries.findIndex((e) => e.broad);
const entryIndex = new PhraseIndex(entries.map((e) => e.text));

/** The first entry below `limit` the server's words in `folded` hold, as a match. */
function matchEntries(folded: string, limit: number): PhraseMatch | null {
  const words = serverWords(folded);
  // What each pattern tried matched (null for nothing), by entry: a literal may occur more than once.
  let tried: Map<number, string | null> | undefined;
  const hit = entryIndex.first(words, limit, (i, start) => {
    const e = entries[i]!;
    if (e.re) {
      tried ??= new Map();
      let m = tried.get(i);
      if (m === undefined) tried.set(i, (m = e.re.exec(words)?.[0].trim() ?? null));
      return m !== null;
    }
    return e.hosts === 'none' || !touchesHost(words, start, start + e.text.length, e.hosts);
  });
  if (hit < 0) return null;
  const e = entries[hit]!;
  return { reason: e.reason, phrase: e.re ? tried!.get(hit)! : e.text, broad: e.broad };
}

/**
 * The reason of a whole known sentence in `folded` (rules/phrases.ts sentencePhrases), else the
 * first reason, in precedence order, one of whose specific phrases occurs in it.
 */
export function matchPhrase(folded: string): PhraseMatch | null {
  return folded ? matchEntries(folded, broadFrom) : null;
}

/** Like `matchPhrase`, then the broad words. */
export function matchWords(folded: string): PhraseMatch | null {
  return folded ? matchEntries(folded, entries.length) : null;
}

/**
 * "User unknown" does not always mean the address does not exist. Answered to RCPT, or carried
 * by an X.1.1-style status, it does. Answered to DATA (after the recipient was accepted) it is a
 * recipient-side filter speaking (NTT docomo, au, SoftBank answer unwanted senders this way);
 * answered to MAIL FROM it is the sender that is unknown. With neither a command nor an address
 * status the words alone prove nothing: filters use them too, so the verdict stays soft (as
 * Sisimai decides); a format whose own sentence is about the address settles it earlier
 * (rules/formats.ts).
 */
function refineUserUnknown(status: string, command: SmtpCommand | '', bare: boolean, folded: string): { reason: Reason; why: string } {
  if (command === 'MAIL') return { reason: 'rejected', why: ':mail-from' };
  const byStatus = reasonFromStatus(status);
  // 551 5.1.6 "not our user": the status says the mailbox moved.
  if (byStatus === 'userunknown' || byStatus === 'hasmoved') return { reason: byStatus, why: '' };
  if (command === 'RCPT') return { reason: 'userunknown', why: '' };
  if (command === 'DATA') return { reason: 'filtered', why: ':after-data' };
  // The sending side's own sentence for a not-found code (Exchange, Microsoft 365, Gmail): no filter writes it.
  if (addressNotFoundSentences.some((p) => folded.includes(p))) return { reason: 'userunknown', why: ':notice-sentence' };
  // A reply pasted alone is what the server said of the address (issue 8 theme 2): "550 User
  // unknown", "550 5.7.1 No such user", "553 5.3.0 ... Addressee unknown". Nothing places it after
  // DATA, so its plain words win over a generic or vague code.
  if (bare) return { reason: 'userunknown', why: ':bare' };
  // 5.2.x "mailbox disabled, not accepting messages": a rule of the mailbox speaking, not its absence.
  // 5.7.x "delivery not authorized" likewise.
  if (byStatus === 'filtered' || status.startsWith('5.7.')) return { reason: 'filtered', why: ':status' };
  return { reason: 'filtered', why: ':no-rcpt' };
}

/** A refusal before any envelope was sent is a refusal of the connecting host itself. */
const refusedAtConnect: ReadonlySet<Reason> = new Set<Reason>(['rejected', 'filtered', 'policyviolation', 'securityerror', 'userunknown']);

/**
 * A permanent refusal in the greeting ("554 Service unavailable", "554 A problem occurred")
 * says nothing of the server's health: RFC 5321 3.1 lets a server answer 554 instead of 220 to
 * a client it will not serve, so the connecting host itself is refused.
 */
const vagueAtGreeting: ReadonlySet<Reason> = new Set<Reason>(['systemerror', 'syntaxerror']);


/** True when `folded` also holds words that refuse the sending host or its address. */
function saysBlocked(folded: string): boolean {
  return (phrases.blocked ?? []).some((p) => folded.includes(p)) || (broadPhrases.blocked ?? []).some((p) => folded.includes(p));
}

/** Words the reason stands on, adjusted by what the command and code add. */
function refine(reason: Reason, status: string, command: SmtpCommand | '', folded: string, reply = '', bare = false): { reason: Reason; why: string } {
  // Spam words answered before DATA judge no content yet: where the words also refuse the host
  // ("554 5.7.1 Spam source blocked: 192.0.2.1 listed" to RCPT), the host is refused.
  if (reason === 'spamdetected' && command && beforeData.has(command) && saysBlocked(folded)) return { reason: 'blocked', why: ':before-data' };
  if ((command === 'CONN' || command === 'HELO') && refusedAtConnect.has(reason)) return { reason: 'blocked', why: ':connect' };
  if (command === 'CONN' && vagueAtGreeting.has(reason) && (reply.startsWith('5') || (!reply && status.startsWith('5')))) return { reason: 'blocked', why: ':greeting' };
  if (reason === 'userunknown') return refineUserUnknown(status, command, bare, folded);
  // X.2.3 "Message length exceeds administrative limit" with words of a message too big (Sendmail's
  // "552 5.2.3 Message size exceeds fixed maximum message size"): the site's limit, as the code says
  // (Sisimai 4.25 Reason/MesgTooBig.pm true() yields to ExceedLimit on 5.2.3).
  if (reason === 'mesgtoobig' && /^[45]\.2\.3$/.test(status)) return { reason: 'exceedlimit', why: ':status' };
  // At MAIL FROM a domain that does not exist is the sender's.
  if (reason === 'hostunknown' && command === 'MAIL') return { reason: 'rejected', why: ':mail-from' };
  // A temporary DNS answer ("DNS Error: ... NXDOMAIN" with 4.x.x) is a lookup trouble, not proof of absence.
  if (reason === 'hostunknown' && status.startsWith('4')) return { reason: 'networkerror', why: ':temporary' };
  // Sendmail's "Host not found, try again" is the resolver's TRY_AGAIN answer: the lookup failed for
  // now, the name was not found absent (Sisimai 4.25 Reason/NetworkError.pm index).
  if (reason === 'hostunknown' && folded.includes('not found, try again')) return { reason: 'networkerror', why: ':try-again' };
  // "Access denied" to MAIL FROM refuses the sender; elsewhere it is the server's security policy.
  if (reason === 'securityerror' && command === 'MAIL' && folded.includes('access denied')) return { reason: 'rejected', why: ':mail-from' };
  // A null MX of the sender's domain (RFC 7505 section 4.2, IANA X.7.27 "Sender address has null MX";
  // Gmail: "550-5.7.27 The sender address/domain has a null MX record"): replies could not reach the
  // sender, so the sender is refused; the recipient's domain takes mail.
  if (reason === 'notaccept' && /\bsender (?:address|domain)/.test(folded)) return { reason: 'rejected', why: ':sender-null-mx' };
  // A local program's words that say the mailbox is over its quota (maildrop: "Command output:
  // maildrop: maildir over quota"): the quota, not the program.
  if (reason === 'mailererror') {
    const quota = (phrases.mailboxfull ?? []).find((p) => folded.includes(p));
    if (quota) return { reason: 'mailboxfull', why: ':mailer-output' };
  }
  // A reply pasted alone that says only that a connection timed out ("connect to mx[192.0.2.1]:25:
  // Connection timed out", Sendmail's "Deferred: Connection timed out with mx") is one attempt's
  // outcome: the host did not answer. Retries running out is what a notice says around it.
  if (bare && reason === 'expired' && !/^[45]\.4\.7$/.test(status) && noAnswerOnly(folded)) {
    return { reason: 'networkerror', why: ':no-answer' };
  }
  return { reason, why: '' };
}

function splitFirstLine(text: string): [string, string] {
  // A text that starts with a printable ASCII character has no leading white space to drop.
  const c = text.charCodeAt(0);
  const t = c > 32 && c < 127 ? text : text.replace(/^\s+/, '');
  const nl = t.indexOf('\n');
  return nl < 0 ? [t, ''] : [t.slice(0, nl), t.slice(nl + 1)];
}

/**
 * Every provider's host names in one index, each with its provider's number, and each provider's
 * phrases in their own (rules/scan.ts PhraseIndex).
 */
const providerHosts = providerRules.flatMap((rule, n) => rule.hosts.map((host) => ({ host, n })));
const hostIndex = new PhraseIndex(providerHosts.map((h) => h.host));
const labelChar = /[a-z0-9-]/;
const providerPhrases = providerRules.map((rule) => new PhraseIndex(rule.phrases.map((p) => p.phrase)));
// providersNamed keeps one bit per provider.
if (providerRules.length > 31) throw new Error('rules/decide.ts: more providers than bits in providersNamed');

/**
 * Which providers `text` names, as bits by their number in `providerRules`: where one of its
 * host names starts a label of a host name (`me.com` names `mx01.mail.me.com`, not `mx.acme.com`;
 * `yahoo` names `mta5.am0.yahoodns.net`), as Sisimai keys its provider modules by the host's own
 * domain. In a reply, too, a provider's name counts where it starts a word or a label:
 * 'pat@acme.com' quoted in a reply names no Apple host (me.com), 'pat@me.com' does.
 */
function providersNamed(text: string, named = 0): number {
  if (!text) return named;
  hostIndex.forEach(text, (i, start) => {
    if (start === 0 || !labelChar.test(text[start - 1]!)) named |= 1 << providerHosts[i]!.n;
  });
  return named;
}

function matchProvider(host: string, folded: string, status: string, command: SmtpCommand | ''): Decision | null {
  const named = providersNamed(folded, providersNamed(host));
  if (!named) return null;
  for (let n = 0; n < providerRules.length; n++) {
    if (!(named & (1 << n))) continue;
    const rule = providerRules[n]!;
    // The provider's first phrase the text holds whose conditions hold.
    const hit = providerPhrases[n]!.first(folded, undefined, (i) => {
      const p = rule.phrases[i]!;
      return (!p.status || status.startsWith(p.status)) && (!p.codes || p.codes.includes(status)) && (p.command === undefined || p.command === command);
    });
    if (hit >= 0) {
      const p = rule.phrases[hit]!;
      return { reason: p.reason, rule: `provider:${rule.name}`, matched: p.phrase };
    }
    const code = rule.codes?.pattern.exec(folded);
    const byCode = code ? rule.codes?.table[code[1]!] : undefined;
    if (code && byCode) return { reason: byCode, rule: `provider:${rule.name}`, matched: code[0] };
  }
  return null;
}

/** The reason a status code's subject implies when nothing more specific decided. */
function classReason(status: string): Reason | undefined {
  if (/^[45]\.7\.\d/.test(status)) return 'securityerror';
  if (/^[45]\.6\.\d/.test(status)) return 'contenterror';
  return undefined;
}

/** What every source of evidence reads, computed once per recipient. */
interface Facts {
  readonly input: ReasonInput;
  readonly first: string;
  readonly rest: string;
  readonly all: string;
  readonly status: string;
  readonly command: SmtpCommand | '';
  /** The format's own reading of the status code (rules/formats.ts), or null. */
  readonly formatStatus: ReturnType<typeof matchFormatStatus>;
  /** The reason the status code gives, when it is specific. */
  readonly byStatus: Reason | undefined;
}

type Source = (f: Facts) => Decision | null;

/**
 * The order in which evidence decides a recipient's reason: the first source that decides wins.
 * Certainties of the notice's own format first, then what the receiving provider means by its
 * words, then the server's words against its status code, then the code alone, then the rest
 * of the notice, then the bare reply, action and command. (Among the words, which reason wins
 * when several match is rules/precedence.ts.)
 */
export const evidenceOrder = [
  // A reporter's own certainty (a queue-lifetime section means expired: rules/formats.ts formatHints).
  'reporter',
  // The format's verdict on a status code it writes itself (Microsoft's 5.7.5xx-7xx).
  'format-status',
  // The receiving provider's wording (rules/providers.ts).
  'provider',
  // The notice format's own sentence for the cause (rules/formats.ts).
  'format',
  // A local program (pipe, procmail) failed the delivery: Postfix's "x-unix" diagnostic.
  'diagnostic-type',
  // The server's words: first line, then the rest of the recipient's block, unless a specific
  // status code contradicts loose words.
  'words',
  // The status code's reason (rules/status.ts).
  'status',
  // The status code's class alone: X.7.x security or policy, X.6.x content (RFC 3463 3.7, 3.8).
  'status-class',
  // The rest of the notice's words, when the recipient's own say nothing.
  'notice',
  // The bare SMTP reply code.
  'reply',
  // Still trying, or a 4xx: the retries ran out.
  'action',
  // Refused at the greeting or HELO with nothing more said: the connecting host itself.
  'command',
] as const;
export type EvidenceSource = (typeof evidenceOrder)[number];

const sources = {
  reporter: ({ input }) => (input.hint ? { reason: input.hint, rule: 'reporter', matched: '' } : null),
  'format-status': ({ input, formatStatus, status }) =>
    formatStatus && !formatStatus.guess ? { reason: formatStatus.reason, rule: `format-status:${input.reporter ?? ''}`, matched: status } : null,
  provider: ({ input, all, status, command }) => matchProvider(input.remoteHost.toLowerCase(), all, status, command),
  format: ({ input, all, status }) => {
    const own = matchFormat(input.reporter, all, /^[45]\.\d{1,3}\.[1-9]/.test(status));
    return own ? { reason: own.reason, rule: `format:${input.reporter ?? ''}`, matched: phraseText(own.phrase) } : null;
  },
  // Postfix writes "Diagnostic-Code: x-unix; ..." when a local program (a pipe, procmail) failed
  // the delivery: the mailer's error, whatever the program printed, unless it says the mailbox is full.
  'diagnostic-type': ({ input, all }) => {
    if (input.diagnosticType !== 'x-unix') return null;
    const w = matchPhrase(all);
    return !w || !quotaReasons.has(w.reason) ? { reason: 'mailererror', rule: 'diagnostic-type', matched: 'x-unix' } : null;
  },
  words: ({ input, first, rest, all, status, command, byStatus }) => {
    for (const text of [first, rest]) {
      const w = matchWords(text);
      if (!w) continue;
      if (byStatus && byStatus !== w.reason && (w.broad || (weakWords.has(w.reason) && !guessedByStatus.has(byStatus)))) return null;
      const r = refine(w.reason, status, command, all, input.reply, input.bare);
      return { reason: r.reason, rule: `${w.broad ? 'words' : 'phrase'}${r.why}`, matched: w.phrase };
    }
    return null;
  },
  status: ({ input, byStatus, status }) => {
    // X.4.1 "No answer from host" pasted alone is an attempt's outcome, not retries run out (see refine).
    if (input.bare && byStatus === 'expired' && /^[45]\.4\.1$/.test(status)) return { reason: 'networkerror', rule: 'status:no-answer', matched: status };
    // A vague system code (X.5.4 "invalid command arguments", X.5.5, X.3.0) answered with RFC 5321's
    // 500-504 replies (syntax error, command unrecognized or not implemented): the command was not
    // understood (Sisimai 4.25 Reason/SyntaxError.pm true(): a 50x/40x reply code when no words decided).
    if (byStatus === 'systemerror' && /^[45]0[0-4]$/.test(input.reply)) return { reason: 'syntaxerror', rule: 'status:reply', matched: `${input.reply} ${status}` };
    return byStatus ? { reason: byStatus, rule: 'status', matched: status } : null;
  },
  'status-class': ({ status }) => {
    const byClass = classReason(status);
    return byClass ? { reason: byClass, rule: 'status-class', matched: status } : null;
  },
  notice: ({ input, all, status, command }) => {
    const context = fold(input.context);
    const inContext = matchWords(context);
    // A delayed recipient with no words of its own: the notice's words about a permanent failure
    // (a missing address or domain) are another recipient's (such failures are never retried),
    // so they cannot explain it.
    const delayed = input.action === 'delayed' || status.startsWith('4');
    if (!inContext || (delayed && permanentReasons.has(inContext.reason))) return null;
    const r = refine(inContext.reason, status, command || commandInFolded(context), all, input.reply, input.bare);
    return { reason: r.reason, rule: `phrase:notice${r.why}`, matched: inContext.phrase };
  },
  reply: ({ input }) => {
    const byReply = input.action === 'delayed' ? undefined : replyReason[input.reply];
    return byReply ? { reason: byReply, rule: 'reply', matched: input.reply } : null;
  },
  action: ({ input, status }) =>
    input.action === 'delayed' || status.startsWith('4') || input.reply.startsWith('4') ? { reason: 'expired', rule: 'action', matched: input.action || status } : null,
  command: ({ command }) => (command === 'HELO' || command === 'CONN' ? { reason: 'blocked', rule: 'command', matched: command } : null),
} as const satisfies Record<EvidenceSource, Source>;

/** Each source's reader, in `evidenceOrder`. */
const sourceReaders: readonly Source[] = evidenceOrder.map((source) => sources[source]);

/**
 * A recipient's words as the rules read them: the first line of its diagnostic (the server's
 * reply) and the rest, each folded (rules/fold.ts).
 */
export interface FoldedWords {
  readonly first: string;
  readonly rest: string;
}

/** The folded words of a diagnostic, as decideReason reads `input.diagnostic`. */
export function foldedWords(diagnostic: string): FoldedWords {
  const [firstRaw, restRaw] = splitFirstLine(diagnostic);
  return { first: fold(firstRaw), rest: fold(restRaw) };
}

/**
 * `foldedWords` of `${line}\n${context}` (of `line` alone where `context` is ''), where `line` is
 * already one line, its white space folded and trimmed (`squash(text).trim()`), and not empty:
 * `line` is its own first line, and lowercasing it folds it (no character's lowercase is or holds
 * white space, and white space has no case), so it is not read for white space again.
 */
export function lineWords(line: string, context: string): FoldedWords {
  return { first: line.toLowerCase(), rest: context ? fold(context) : '' };
}

/**
 * The recipient's reason: the first source in `evidenceOrder` that decides, else `undefined`.
 * `words`: `foldedWords(input.diagnostic)`, where the caller has it already.
 */
export function decideReason(input: ReasonInput, words: FoldedWords = foldedWords(input.diagnostic)): Decision {
  const { first, rest } = words;
  const all = rest ? `${first} ${rest}` : first;
  const status = input.status || findStatus(input.diagnostic);
  const formatStatus = matchFormatStatus(input.reporter, status);
  const facts: Facts = {
    input, first, rest, all, status, formatStatus,
    // A pasted reply's own lines may leave out the line that names the step ("Connected to
    // 192.0.2.1 but sender was rejected." above qmail's "Remote host said: 553 ..."): the rest of
    // what was pasted is the same answer.
    // (`all` is folded but for the space that joins its two parts, which may make a run of two.)
    command: input.command ?? (commandInFolded(squash(all), input.reporter) || (input.bare ? commandIn(input.context) : '')),
    // A format's guess at its own code counts as the code's reason, after the words.
    byStatus: formatStatus?.reason ?? (isGenericStatus(status) ? undefined : reasonFromStatus(status)),
  };
  for (let i = 0; i < evidenceOrder.length; i++) {
    const d = sourceReaders[i]!(facts);
    // Field by field: a spread of `d` is a slow generic copy.
    if (d) return { reason: d.reason, rule: d.rule, matched: d.matched, source: evidenceOrder[i]! };
  }
  return { reason: 'undefined', rule: 'none', matched: '' };
}
