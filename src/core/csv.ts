/**
 * CSV rows for verdicts (RFC 4180): what `whybounce --csv` prints, one row per recipient, and
 * what a spreadsheet or an ESP's import reads. Pure, so the extension can offer the same file.
 *
 * @example
 * ```ts
 * import { csvHeader, csvRows } from 'whybounce';
 * let csv = csvHeader;
 * csv += csvRows(await classify(raw), { file: 'bounce.eml', date: messageDate(raw) });
 * ```
 *
 * Every record ends with CRLF (RFC 4180 2.1). A field holding a comma, a double quote, CR or LF
 * is quoted, its quotes doubled (2.6, 2.7): a diagnostic keeps its line breaks. A field from the
 * message that starts with `=`, `@`, a tab, CR, or `+`/`-` followed by anything, gets a leading `'`: spreadsheets
 * would otherwise run it as a formula, and the server's words are written by strangers.
 */
import type { Verdict } from './types.js';

/**
 * The columns, in order. `feedback_type` is a complaint's Feedback-Type (abuse, opt-out, not-spam,
 * ...; empty for everything else), as --json's `feedbackType`: a not-spam or virus report is no
 * reason to drop the address, a spam complaint is, and both are kind `complaint`.
 */
export const csvColumns = ['file', 'index', 'date', 'kind', 'category', 'reason', 'severity', 'action', 'address', 'status', 'reply', 'remote_host', 'diagnostic', 'feedback_type'] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** The header record, CRLF included. */
export const csvHeader = `${csvColumns.join(',')}\r\n`;

/**
 * The UTF-8 byte order mark the CLI writes before the header: Excel reads a CSV file without it
 * in the machine's legacy code page (mojibake for any non-ASCII diagnostic); LibreOffice, pandas
 * and most CSV readers accept it.
 */
export const csvBom = '\uFEFF';

/** Where the verdict's message came from. */
export interface CsvMeta {
  readonly file?: string;
  /** 1-based position in an mbox; absent or 0 for a one-message file. */
  readonly index?: number;
  /** The message's Date (ISO 8601), '' when unknown. */
  readonly date?: string;
}

/** One field, quoted when RFC 4180 needs it. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (/^[=@\t\r]|^[+-]./.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record from its fields, CRLF included. */
export function csvRecord(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * The records of one verdict: one per recipient, or one with an empty address (and the
 * message-level values) when it names none.
 */
export function csvRows(v: Verdict, meta: CsvMeta = {}): string {
  const base = [meta.file ?? '', meta.index ? meta.index : '', meta.date ?? '', v.kind];
  const feedbackType = v.feedbackType ?? '';
  if (v.recipients.length === 0) {
    return csvRecord([...base, v.category, v.reason, v.severity, '', '', v.status, v.reply, '', '', feedbackType]);
  }
  let out = '';
  for (const r of v.recipients) {
    out += csvRecord([...base, r.category, r.reason, r.severity, r.action, r.address, r.status, r.reply, r.remoteHost, r.diagnostic, feedbackType]);
  }
  return out;
}
