/**
 * Sums up the notices a digest reads, with the core's own bounce summary (the CLI's `--summary`)
 * and CSV rows (the CLI's `--csv`), so the extension's lists and file are the command line's.
 */
import type { Category, Verdict } from '../../core/index.js';
import { csvHeader, csvRows } from '../../core/csv.js';
import { BounceSummary } from '../../core/summary.js';
import type { DigestRow } from './panel.js';

export interface NoticeMeta {
  /** The message's date: ISO 8601 (the core's `messageDate`), '' when unknown. */
  readonly date: string;
  /** Where the notice is: a link into the webmail, or the file it came from. */
  readonly ref: string;
  /** 1-based position in an mbox file. */
  readonly index?: number;
}

export class DigestCollector {
  private readonly summary = new BounceSummary();
  private csvText = csvHeader;
  private count = 0;

  add(verdict: Verdict, meta: NoticeMeta): void {
    this.count++;
    this.summary.add(verdict, { date: meta.date || undefined, ref: meta.ref });
    this.csvText += csvRows(verdict, { file: meta.ref, index: meta.index, date: meta.date });
  }

  get messages(): number {
    return this.count;
  }

  csv(): string {
    return this.csvText;
  }

  /** The table's rows (addresses to remove or keep) and the counts by reason. */
  view(): { rows: DigestRow[]; categories: Partial<Record<Category, number>>; remove: readonly string[] } {
    const report = this.summary.report();
    return {
      rows: report.addresses.filter((a) => a.list !== 'none'),
      categories: report.categories,
      remove: report.remove,
    };
  }
}
