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
 * costs twice the whole of parseDate (~9,600 instructions a date in Node 20, ~4,000 with a Date's
 * UTC getters), and each getter is a call into the engine: the fields are counted from `t` here.
 * Other years, which have a sign or more digits, are left to it.
 */
export function isoString(t: number): string {
  // Years 1000 to 9999: from -30,610,224,000,000 (1000-01-01) to before 253,402,300,800,000 (10000-01-01).
  if (!(t >= -30610224000000 && t < 253402300800000) || !Number.isInteger(t)) return new Date(t).toISOString();
  const days = Math.floor(t / 86400000);
  let rest = t - days * 86400000;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  // The proleptic Gregorian date of a day count from 1970-01-01 (H. Hinnant's civil_from_days):
  // eras of 400 years (146,097 days) counted from 0000-03-01, so that a leap day ends its year.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two(month)}-${two(day)}T${two(hours)}:${two(minutes)}:${two(seconds)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
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
  // An ISO 8601 date has its first '-' fifth (checked before the pattern: most dates are RFC 5322's).
  if (s.charCodeAt(4) === 45 && /^\d{4}-\d{2}-\d{2}T/.test(s)) return Date.parse(s);
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
  // The pattern's zone is [+-] and four digits, or letters.
  if (zone.charCodeAt(0) === 43 || zone.charCodeAt(0) === 45) offset = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  else offset = zones[zone.toUpperCase()] ?? 0;
  const t = Date.UTC(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return t - offset * 60_000;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5322 4.3's obsolete zone names, plus JST (common in Japanese notices), in minutes east of UTC. */
const zones: Record<string, number> = { UT: 0, GMT: 0, Z: 0, JST: 540, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

