/**
 * The bulk report over many verdicts: which addresses to remove from a mailing list, which to
 * keep, and counts by kind, category and domain. The CLI's `--summary`, `--json --summary` and
 * `--remove-list` print it; the extension's bounce digest builds the same one from the notices of
 * a mailbox. Pure and incremental: feed verdicts one by one (any number: the tables grow with the
 * number of distinct addresses and domains, never with the number of messages).
 *
 * @example
 * ```ts
 * import { classify, BounceSummary } from 'whybounce';
 * const summary = new BounceSummary();
 * for (const raw of notices) summary.add(await classify(raw), { date: messageDate(raw) });
 * const report = summary.report();
 * report.remove; // ['bob@example.org', ...]  hard failures and complaints: take them off the list
 * report.keep;   // ['ann@example.com', ...]  only soft failures or delays: the next mail may pass
 * ```
 *
 * The rules, for one address (compared lowercased):
 * - Its **latest** verdict decides: the notice with the latest message `Date`; when either notice
 *   has no usable date, or both have the same, the one added later. A later delivery report
 *   (`delivered`) takes the address off both lists: the address works.
 * - A **complaint** (RFC 5965 feedback report) is final: the person asked not to get the mail, so
 *   the address stays in `remove` whatever comes after it. A report that says nothing against
 *   the address (Feedback-Type virus, not-spam, auth-failure: taxonomy.ts `feedbackAction`)
 *   puts it on no list.
 * - `remove`: latest verdict a hard failure, or any complaint. `keep`: latest verdict a soft
 *   failure or a delay.
 */
import type { BounceCategory, Category, Kind, Reason, Recipient, Severity, Verdict } from './types.js';
import { bounceCategories, kinds } from './types.js';
import { parseDate } from './parse/date.js';
import { feedbackAction } from './taxonomy.js';

/** What one address's notices say, for the report's remove/keep lists. */
export interface AddressEntry {
  /** The address, lowercased. */
  readonly address: string;
  /** Its domain (after the last `@`), lowercased. */
  readonly domain: string;
  /** `remove`, `keep`, or `none` (its latest notice says it was delivered). */
  readonly list: 'remove' | 'keep' | 'none';
  /** The latest verdict's category for this address (`complaint` for a complaint). */
  readonly category: Category;
  /** The latest verdict's reason for this address. */
  readonly reason: Reason;
  /** The latest verdict's severity for this address (`none` for a complaint or a delivery). */
  readonly severity: Severity;
  /** How many notices named this address (every notice, whatever it said). */
  readonly notices: number;
  /** True when any notice was a complaint about this address. */
  readonly complained: boolean;
  /** The latest notice's date (ISO 8601) when it had one, else ''. */
  readonly date: string;
  /** The server's words about this address in the latest notice ('' when it gave none). */
  readonly diagnostic: string;
  /** Where the latest notice is (`SummaryMeta.ref`: a file, a link), '' when not given. */
  readonly ref: string;
}

/** The report: the shape of `whybounce --json --summary`, plus the per-address details. */
export interface SummaryReport {
  /** Messages added. */
  readonly messages: number;
  /** Messages by kind (every kind present, 0 when none). */
  readonly kinds: Record<Kind, number>;
  /**
   * Failed or delayed recipients by category, over every bounce added (a bounce that names no
   * recipient counts once, under its own category). Only categories seen are present.
   */
  readonly categories: Partial<Record<BounceCategory, number>>;
  /** The same recipients by severity. */
  readonly severities: { readonly hard: number; readonly soft: number };
  /** Domains with the most addresses to remove or keep, most first (then by name). */
  readonly domains: readonly { readonly domain: string; readonly failed: number }[];
  /** Addresses to remove (hard failures, complaints): lowercased, deduplicated, sorted. */
  readonly remove: readonly string[];
  /** Addresses to keep (latest notice a soft failure or delay): lowercased, deduplicated, sorted. */
  readonly keep: readonly string[];
  /** Every address of `remove` and `keep`, with its latest category and count of notices, sorted by address. */
  readonly addresses: readonly AddressEntry[];
}

/** What the summary reads of a verdict: any `Verdict` will do, or just these fields of it. */
export interface SummaryInput {
  readonly kind: Verdict['kind'];
  readonly category: Verdict['category'];
  readonly severity: Verdict['severity'];
  /** A complaint's Feedback-Type; a complaint without one counts as a spam complaint. */
  readonly feedbackType?: Verdict['feedbackType'];
  /** `diagnostic` may be left out (the CLI does: a report over millions of notices keeps no words). */
  readonly recipients: readonly (Pick<Recipient, 'address' | 'action' | 'severity' | 'category' | 'reason'> & { readonly diagnostic?: string })[];
}

/** When a verdict's message was sent, for "latest wins". */
export interface SummaryMeta {
  /** The message's Date: a Date, milliseconds since the epoch, or a date string (RFC 5322 or ISO 8601). */
  readonly date?: Date | number | string;
  /** Where the message is (a file name, a link into a webmail), kept for each address's latest notice. */
  readonly ref?: string;
}

interface Slot {
  list: 'remove' | 'keep' | 'none';
  category: Category;
  reason: Reason;
  severity: Severity;
  notices: number;
  complained: boolean;
  /** Milliseconds since the epoch of the latest notice, NaN when it had no usable date. */
  time: number;
  /** The position of the latest notice in the order added. */
  order: number;
  diagnostic: string;
  ref: string;
}

/** The JSON report of `whybounce --json --summary`: exactly the documented keys, in order. */
export interface SummaryJson {
  readonly messages: number;
  readonly kinds: Record<Kind, number>;
  readonly categories: Partial<Record<BounceCategory, number>>;
  readonly domains: readonly { readonly domain: string; readonly failed: number }[];
  readonly remove: readonly string[];
  readonly keep: readonly string[];
}

/**
 * A string of its own, not a view of the text it was cut from. Engines keep a substring (in V8
 * one of 13 characters or more) as a view of its parent: an address or a diagnostic the report
 * keeps would keep its whole notice, up to a MiB, for as long as the report lives (a 400 MB mbox
 * of 1 MB notices: 495 MB peak RSS in the CLI before it copied). Joining forces a new string.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** Collects verdicts into a `SummaryReport`. */
export class BounceSummary {
  private messages = 0;
  private readonly kindCounts = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>;
  private readonly categoryCounts = new Map<BounceCategory, number>();
  private hard = 0;
  private soft = 0;
  private readonly slots = new Map<string, Slot>();

  /** Adds one message's verdict; `meta.date` is the message's Date, for "latest wins". */
  add(verdict: SummaryInput, meta: SummaryMeta = {}): void {
    const order = this.messages++;
    this.kindCounts[verdict.kind]++;
    const time = toTime(meta.date);
    if (verdict.kind === 'bounce') {
      let counted = false;
      for (const r of verdict.recipients) {
        if (r.severity !== 'hard' && r.severity !== 'soft') continue;
        this.count(r.category, r.severity);
        counted = true;
      }
      if (!counted) this.count(verdict.category, verdict.severity);
    }
    if (verdict.kind !== 'bounce' && verdict.kind !== 'complaint' && verdict.kind !== 'delivered') return;
    if (verdict.kind === 'complaint' && feedbackAction[verdict.feedbackType ?? 'abuse'] === 'none') return;
    // One notice may name an address twice (Final-Recipient and a body line): it is one notice.
    const seen = new Set<string>();
    for (const r of verdict.recipients) {
      const address = ownCopy(r.address.trim().toLowerCase());
      if (!address || seen.has(address)) continue;
      let list: Slot['list'];
      if (verdict.kind === 'complaint') list = 'remove';
      else if (r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded' || verdict.kind === 'delivered') list = 'none';
      else if (r.severity === 'hard') list = 'remove';
      else if (r.severity === 'soft') list = 'keep';
      else continue; // a recipient the notice names without a failure: says nothing of the address
      seen.add(address);
      const category: Category = verdict.kind === 'complaint' ? 'complaint' : r.category;
      const severity: Severity = list === 'none' || verdict.kind === 'complaint' ? 'none' : r.severity;
      const latest = { list, category, reason: r.reason, severity, time, order, diagnostic: ownCopy(r.diagnostic ?? ''), ref: meta.ref ?? '' };
      const slot = this.slots.get(address);
      if (!slot) {
        this.slots.set(address, { ...latest, notices: 1, complained: verdict.kind === 'complaint' });
        continue;
      }
      slot.notices++;
      if (verdict.kind === 'complaint') slot.complained = true;
      if (!isLater(time, order, slot.time, slot.order)) continue;
      Object.assign(slot, latest);
    }
  }

  private count(category: Category, severity: Severity): void {
    if (!(bounceCategories as readonly string[]).includes(category)) return;
    const c = category as BounceCategory;
    this.categoryCounts.set(c, (this.categoryCounts.get(c) ?? 0) + 1);
    if (severity === 'hard') this.hard++;
    else this.soft++;
  }

  /** The report so far; `options.domains` caps the domain list (default 10). */
  report(options: { readonly domains?: number } = {}): SummaryReport {
    const remove: string[] = [];
    const keep: string[] = [];
    const addresses: AddressEntry[] = [];
    const failedByDomain = new Map<string, number>();
    for (const [address, s] of this.slots) {
      const list = s.complained ? 'remove' : s.list;
      if (list === 'none') continue;
      const domain = domainOf(address);
      (list === 'remove' ? remove : keep).push(address);
      failedByDomain.set(domain, (failedByDomain.get(domain) ?? 0) + 1);
      addresses.push({
        address,
        domain,
        list,
        category: s.category,
        reason: s.reason,
        severity: s.severity,
        notices: s.notices,
        complained: s.complained,
        date: Number.isNaN(s.time) ? '' : new Date(s.time).toISOString(),
        diagnostic: s.diagnostic,
        ref: s.ref,
      });
    }
    remove.sort(byCodeUnit);
    keep.sort(byCodeUnit);
    addresses.sort((a, b) => byCodeUnit(a.address, b.address));
    const domains = [...failedByDomain]
      .map(([domain, failed]) => ({ domain, failed }))
      .sort((a, b) => b.failed - a.failed || byCodeUnit(a.domain, b.domain))
      .slice(0, options.domains ?? 10);
    // Categories in taxonomy order, so the report reads the same run after run.
    const categories: Partial<Record<BounceCategory, number>> = {};
    for (const c of bounceCategories) {
      const n = this.categoryCounts.get(c);
      if (n) categories[c] = n;
    }
    return { messages: this.messages, kinds: { ...this.kindCounts }, categories, severities: { hard: this.hard, soft: this.soft }, domains, remove, keep, addresses };
  }
}

/** The documented JSON shape of a report (`whybounce --json --summary`). */
export function summaryJson(r: SummaryReport): SummaryJson {
  return { messages: r.messages, kinds: r.kinds, categories: r.categories, domains: r.domains, remove: r.remove, keep: r.keep };
}

/** Summarises a list of verdicts at once (`dates[i]` is verdict i's message Date, if known). */
export function summarize(verdicts: Iterable<SummaryInput>, dates: readonly (SummaryMeta['date'] | undefined)[] = []): SummaryReport {
  const s = new BounceSummary();
  let i = 0;
  for (const v of verdicts) {
    const date = dates[i++];
    s.add(v, date === undefined ? {} : { date });
  }
  return s.report();
}

function isLater(time: number, order: number, thanTime: number, thanOrder: number): boolean {
  if (!Number.isNaN(time) && !Number.isNaN(thanTime) && time !== thanTime) return time > thanTime;
  return order > thanOrder;
}

function toTime(date: SummaryMeta['date']): number {
  if (date === undefined || date === '') return NaN;
  if (typeof date === 'number') return date;
  if (date instanceof Date) return date.getTime();
  return parseDate(date);
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1);
}

/** Plain code-unit order: the same in every engine and locale (localeCompare is not). */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
