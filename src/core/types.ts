/**
 * The names every part of whybounce shares (shared/TAXONOMY.md fixes them): the CLI's JSON,
 * the extension and the tests use exactly these strings. Types are derived from the `as const`
 * lists so that a new name makes the compiler point at every table that lacks it.
 */

/** Kinds of message that are not a failure notice: for them the category is the kind itself. */
export const nonBounceKinds = ['auto-reply', 'complaint', 'delivered', 'not-a-bounce'] as const;

/** What a message is, as a whole. */
export const kinds = ['bounce', ...nonBounceKinds] as const;
export type Kind = (typeof kinds)[number];

/** The categories of a failed recipient: PowerMTA's bounce categories (also Mailpro's and KumoMTA's). */
export const bounceCategories = [
  'bad-mailbox',
  'bad-domain',
  'inactive-mailbox',
  'no-answer-from-host',
  'bad-connection',
  'quota-issues',
  'protocol-errors',
  'routing-errors',
  'bad-configuration',
  'relaying-issues',
  'content-related',
  'spam-related',
  'invalid-sender',
  'message-expired',
  'policy-related',
  'virus-related',
  'other',
] as const;
export type BounceCategory = (typeof bounceCategories)[number];

/** A failed recipient's category, or for a message that is not a bounce, its kind. */
export const categories = [...bounceCategories, ...nonBounceKinds] as const;
export type Category = (typeof categories)[number];

/** Sisimai's reason vocabulary, so results compare with it one to one. */
export const reasons = [
  'userunknown',
  'hostunknown',
  'suspend',
  'hasmoved',
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'systemfull',
  'notaccept',
  'networkerror',
  'toomanyconn',
  'speeding',
  'syntaxerror',
  'notcompliantrfc',
  'mailererror',
  'systemerror',
  'norelaying',
  'contenterror',
  'spamdetected',
  'blocked',
  'badreputation',
  'requireptr',
  'authfailure',
  'rejected',
  'securityerror',
  'policyviolation',
  'filtered',
  'virusdetected',
  'expired',
  'vacation',
  'feedback',
  'delivered',
  'onhold',
  'undefined',
] as const;
export type Reason = (typeof reasons)[number];

/**
 * What a feedback report (RFC 5965 ARF) is about: its Feedback-Type. The IANA registry's values
 * (abuse, fraud, other, virus: RFC 5965; not-spam: RFC 6430; auth-failure: RFC 6591), plus
 * opt-out, which feedback loops send for an unsubscribe (the ARF drafts' opt-out, opt-out-list).
 */
export const feedbackTypes = ['abuse', 'fraud', 'virus', 'other', 'not-spam', 'auth-failure', 'opt-out'] as const;
export type FeedbackType = (typeof feedbackTypes)[number];

/** hard: the address will never work; soft: it may work later; none: not a failure. */
export const severities = ['hard', 'soft', 'none'] as const;
export type Severity = (typeof severities)[number];

/** RFC 3464 Action values, plus '' when the notice gives none. */
export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded' | '';

/** Where a piece of evidence was read. */
export type EvidenceSource = 'delivery-status' | 'body' | 'header' | 'text';

/** The exact span of text that decided, so a person can check the verdict. */
export interface Evidence {
  /** The text itself, verbatim (whitespace folded to single spaces). */
  readonly text: string;
  /** Which part of the message it comes from. */
  readonly source: EvidenceSource;
  /** What this evidence decided: e.g. `reason:userunknown`, `kind:auto-reply`, `recipient`. */
  readonly decides: string;
  /** The rule or reporter that matched, for debugging (`rules/status 5.1.1`, `reporters/exim`). */
  readonly rule: string;
}

/** One recipient named by the notice. */
export interface Recipient {
  /** The final recipient's address, lowercased domain; '' when the notice names none. */
  readonly address: string;
  /** The original recipient (RFC 3464 Original-Recipient / X-Actual-Recipient) when it differs. */
  readonly originalRecipient?: string;
  /** RFC 3464 Action: failed, delayed, delivered, relayed, expanded; '' if unknown. */
  readonly action: Action;
  /** RFC 3463 enhanced status code as written (e.g. `5.1.1`); '' when the notice gives none. */
  readonly status: string;
  /** The SMTP reply code (e.g. `550`); '' when the notice gives none. */
  readonly reply: string;
  /** The receiving server's own words, as it wrote them (whitespace folded). */
  readonly diagnostic: string;
  /** The host that answered (Remote-MTA or the host named in the notice); '' if unknown. */
  readonly remoteHost: string;
  /** The finer reason (Sisimai's vocabulary). */
  readonly reason: Reason;
  /** The category a person sees. */
  readonly category: Category;
  /** hard, soft, or none for recipients that did not fail. */
  readonly severity: Severity;
  /** The text that decided this recipient's reason. */
  readonly evidence: readonly Evidence[];
}

/** The whole answer for one message. */
export interface Verdict {
  /** What the message is. */
  readonly kind: Kind;
  /** The category of the most important recipient; equals `kind` when not a bounce. */
  readonly category: Category;
  /** The reason of the most important recipient. */
  readonly reason: Reason;
  /** The severity of the most important recipient; `none` when not a bounce. */
  readonly severity: Severity;
  /**
   * The RFC 3463 enhanced status code that decided (e.g. `5.1.1`): the most important recipient's,
   * else the notice's own when it names no recipient (a pasted "550 5.1.1 User unknown" line).
   * '' when none is given or the message is not a bounce.
   */
  readonly status: string;
  /** The SMTP reply code (e.g. `550`) read the same way as `status`; '' when none. */
  readonly reply: string;
  /** Every recipient the notice names (failed or delayed ones for a bounce). */
  readonly recipients: readonly Recipient[];
  /**
   * For a complaint only: what the report is about (its Feedback-Type; `opt-out` for an
   * unsubscribe, `abuse` when the report names no type, as spam complaints most often do).
   */
  readonly feedbackType?: FeedbackType;
  /** Message-level evidence (why this kind), plus the deciding recipient's. */
  readonly evidence: readonly Evidence[];
  /** How the input was read: a full message, or rendered/pasted text. */
  readonly input: 'message' | 'text';
  /** The sending-MTA family whose notice format was recognised (e.g. `postfix`, `exchange`), or ''. */
  readonly reporter: string;
  /** The notice's Subject and From, when known, for display. */
  readonly subject: string;
  readonly from: string;
  /**
   * The message's own `Date` header as ISO 8601 (UTC), read with its other headers (the same as
   * `messageDate` of the raw message); absent when it has none, it cannot be read, or the input
   * is text. A forward's is the forwarder's message's.
   */
  readonly date?: string;
  /**
   * True when a person forwarded the notice (inline under "Forwarded message", "Original Message",
   * Outlook's From/Sent/To/Subject block, or attached as message/rfc822): the verdict, recipients,
   * `subject` and `from` are the forwarded notice's, never the forwarder's. Absent otherwise.
   */
  readonly forwarded?: boolean;
  /**
   * True when the input held nothing to read: no bytes, or only white space (spaces, tabs, line
   * breaks, form feeds) and a byte-order mark. The verdict is then `not-a-bounce` with no
   * recipients, and the explanation says the input is empty, not that it reads like ordinary
   * mail. Absent otherwise.
   */
  readonly empty?: true;
  /** True when the input exceeded the size limit and only its start was read. */
  readonly truncated: boolean;
  /** Why the verdict is what it is when nothing specific decided (e.g. "no recipient found"). */
  readonly note: string;
}

/** What `classify` accepts: raw message source or text, as a string or bytes. */
export type ClassifyInput = string | Uint8Array | ArrayBuffer;

export interface ClassifyOptions {
  /**
   * How to read the input. `auto` (default) treats it as a message when it starts with header
   * lines, else as rendered text; `text` forces the rendered/pasted-text reading.
   */
  readonly mode?: 'auto' | 'message' | 'text';
  /**
   * Where text (not a raw message) comes from. `rendered` (default): what a webmail shows, read
   * strictly, because a banner on ordinary mail is a false alarm in the user's inbox. `pasted`:
   * text a person pasted or saved to have it explained (the popup, `whybounce --text`); whoever
   * pastes it knows it came back, so a server's answer on its own ("550 5.1.1 User unknown",
   * "Status: 5.1.1", "... (#5.1.1)", a blocklist refusal) is read as a bounce. Ignored for messages.
   */
  readonly origin?: 'rendered' | 'pasted';
}
