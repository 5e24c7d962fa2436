/**
 * A message's own `Date` header, read from its raw source without decoding anything else: for the
 * CLI's JSON and CSV and for the bulk report's "latest notice wins".
 */

/** How far into a message its header block is looked for: real header blocks are far shorter. */
const maxHeaderScan = 65536;

/**
 * The `Date` header of the top-level header block of `raw`, as ISO 8601 (UTC); '' when the
 * message has none or it cannot be read.
 */
export function messageDate(raw: string | Uint8Array): string {
  const head = headerBlock(raw);
  const m = /^date:[ \t]*([^\r\n]{0,200}(?:\r?\n[ \t][^\r\n]{0,200}){0,3})/im.exec(head);
  return m ? isoDate(m[1]!) : '';
}

/** A `Date` header's value (folded or not) as ISO 8601 (UTC); '' when it cannot be read. */
export function isoDate(value: string): string {
  const t = parseDate(value.includes('\n') ? value.replace(/\r?\n/g, ' ') : value);
  return Number.isNaN(t) ? '' : isoString(t);
}

/**
 * `new Date(t).toISOString()` ("2026-11-10T08:14:02.000Z"), written here from the date's UTC
 * fields for years 1000 to 9999: the engine formats it with a general printf-like routine that
 * costs twice the whole of parseDate (~9,600 instructions a date in Node 20, ~4,000 this way).
 * Other years, which have a sign or more digits, are left to it.
 */
export function isoString(t: number): string {
  const d = new Date(t);
  const year = d.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return d.toISOString();
  const ms = d.getUTCMilliseconds();
  return `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The top-level header block (up to the first empty line), at most `maxHeaderScan` characters. */
function headerBlock(raw: string | Uint8Array): string {
  let text: string;
  if (typeof raw === 'string') text = raw.length > maxHeaderScan ? raw.slice(0, maxHeaderScan) : raw;
  else {
    // Only the bytes before the first empty line are decoded (latin1, one char per byte: a Date
    // header is ASCII), not the whole message.
    // Line to line by indexOf; the chars made with apply (spreading a typed array walks its
    // iterator, ~100 µs for a header block).
    let n = Math.min(raw.length, maxHeaderScan);
    for (let i = raw.indexOf(10); i >= 0 && i < n; i = raw.indexOf(10, i + 1)) {
      if (raw[i + 1] === 10 || (raw[i + 1] === 13 && raw[i + 2] === 10)) {
        n = i;
        break;
      }
    }
    let s = '';
    for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, raw.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    return s;
  }
  // The mbox "From " line is not a header; neither is anything after the blank line.
  const end = /\r?\n\r?\n/.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/**
 * Milliseconds since the epoch of an RFC 5322 date (`Tue, 10 Nov 2026 09:14:02 +0100 (CET)`) or
 * an ISO 8601 one; NaN when it cannot be read. Parsed here rather than by `Date.parse`, whose
 * reading of RFC 5322 dates differs between engines (the extension runs in three).
 */
export function parseDate(text: string): number {
  const s = (text.includes('(') ? text.replace(/\([^()]{0,200}\)/g, ' ') : text).trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(s)) return Date.parse(s);
  const m = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]{0,6}\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?/.exec(s);
  if (!m) return NaN;
  const month = months.indexOf(m[2]!.toLowerCase());
  if (month < 0) return NaN;
  let year = Number(m[3]);
  // RFC 5322 4.3: two-digit years are 19xx from 50, 20xx below; three-digit years add 1900.
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  else if (m[3]!.length === 3) year += 1900;
  const zone = m[7] ?? '+0000';
  let offset = 0;
  if (/^[+-]\d{4}$/.test(zone)) offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  else offset = zones[zone.toUpperCase()] ?? 0;
  const t = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return t - offset * 60_000;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5322 4.3's obsolete zone names, plus JST (common in Japanese notices), in minutes east of UTC. */
const zones: Record<string, number> = { UT: 0, GMT: 0, Z: 0, JST: 540, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

