import type { HeldPhrases } from '../notice-phrases.js';
import type { DsnFields } from '../parse/dsn.js';
import type { Header } from '../parse/message.js';
import type { SmtpCommand } from '../rules/commands.js';
import type { Reason } from '../types.js';

/** What a reporter reads: the notice, already decoded. */
export interface NoticeContext {
  readonly headers: readonly Header[];
  readonly subject: string;
  readonly from: string;
  /** The notice's readable text, cut before the returned original. */
  readonly notice: string;
  /** `notice` folded (rules/fold.ts: lowercase, each run of white space one space), computed once. */
  readonly noticeLower: string;
  /** The whole readable body, including any inline copy of the original. */
  readonly body: string;
  /**
   * `body.toLowerCase()`, when whoever made the context has made it already (classify.ts reads
   * the original's markers in it): reporters/lib.ts `bodyLower` hands it on instead of a second one.
   */
  readonly bodyLower?: string;
  /** The DSN fields, when the message carries them (part or body). */
  readonly dsn: DsnFields | null;
  /** The returned original message or its headers, when attached. */
  readonly original: string;
  /** Addresses that belong to the sender of the original (the bounce's To), lowercased. */
  readonly senders: ReadonlySet<string>;
  /**
   * The notice's phrases (notice-phrases.ts heldIn), read once for the kind detector, the formats'
   * marks and `says`, kept here by a context that has the slot (classify.ts Notice); a context
   * without it (a test's) has its reading kept aside.
   */
  phrasesRead?: HeldPhrases;
}

/** One recipient as a reporter found it, before the rules decide its reason. */
export interface FoundRecipient {
  address: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  reply?: string;
  diagnostic: string;
  remoteHost?: string;
  /** The SMTP command the server answered (RCPT, DATA, MAIL, HELO ...); '' when the notice does not say. */
  command?: SmtpCommand | '';
  /** A reason the format itself makes certain (e.g. a queue-lifetime section means `expired`). */
  hint?: Reason;
  /** More of the server's words found elsewhere in the notice (read after `diagnostic`). */
  context?: string;
  /** The DSN's Diagnostic-Code type (smtp, x-unix, x-postfix ...), lowercased, when given. */
  diagnosticType?: string;
}

/**
 * What a format's notice cannot lack, written beside its `detect`: `detect` is true only for a
 * notice that holds at least one of these marks (each a literal). The formats are tried in their
 * order (reporters/index.ts); a format none of whose marks a notice holds is passed over without
 * its `detect`, so a mark left out here is a notice the format no longer claims.
 */
export interface Marks {
  /** Phrases of the folded notice (`says`). */
  readonly says?: readonly string[];
  /** Parts of the lowercased From:. */
  readonly from?: readonly string[];
  /** Parts of the lowercased Subject:. */
  readonly subject?: readonly string[];
  /** Headers: the (lowercase) name and a part of the lowercased value of the first one so named ('' for any value). */
  readonly headers?: readonly (readonly [name: string, part: string])[];
  /** Fields of a recipient of the DSN, by (lowercase) name. */
  readonly dsnFields?: readonly string[];
}

/**
 * A sending-MTA family's notice format. `detect` is cheap (headers, a few substrings);
 * `recipients` returns every failed recipient with the server's words.
 */
export interface Reporter {
  readonly name: string;
  /** What `detect` needs (see Marks). Every format of reporters/index.ts declares them (a compile error otherwise); the generic reader has none. */
  readonly marks?: Marks;
  /**
   * The format's text names each recipient as the sender wrote it, where its DSN part may name
   * the address the mail was forwarded to: with one recipient on each side, the text's wins.
   */
  readonly namesOriginal?: boolean;
  detect(ctx: NoticeContext): boolean;
  recipients(ctx: NoticeContext): FoundRecipient[];
}
