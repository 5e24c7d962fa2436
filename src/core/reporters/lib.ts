/**
 * Small readers the format modules share: cut a section out of a notice, take the address a
 * line names. Every regex here is linear.
 */
import { addressMatches, firstAddressMatch, isAddress, normalizeAddress } from '../parse/address.js';
import { heldIn, noticePhrases } from '../notice-phrases.js';
import { squash } from '../rules/fold.js';
import type { FoundRecipient, NoticeContext } from './types.js';

/**
 * Whether the folded notice holds `phrase` (`ctx.noticeLower.includes(phrase)`). Every format's
 * `detect` asks this of the same notice: a phrase of the notice's phrase table (the formats'
 * marks, the signs of `noticeSays`, notice-phrases.ts) is answered from the notice's one reading,
 * another (a format's second sign, asked of few notices) by `includes`.
 */
export function says(ctx: NoticeContext, phrase: string): boolean {
  const n = noticePhrases.numberOf(phrase);
  return n >= 0 ? heldIn(ctx).startOf(n, phrase) >= 0 : ctx.noticeLower.includes(phrase);
}

/** Lowercased From: of the notice. */
export function fromOf(ctx: NoticeContext): string {
  return ctx.from.toLowerCase();
}

/** Lowercased Subject: of the notice. */
export function subjectOf(ctx: NoticeContext): string {
  return ctx.subject.toLowerCase();
}

/** Whether `c` is a character `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Characters from the most to the least common in English text and mail notices. `indexOf` finds
 * a text's places by its first character, then compares the rest at each one: a word looked for
 * from a common letter ("transcript") is compared at most places of the text, one looked for
 * from a rarer one ("pt" of it) at few. Characters not listed count as the rarest. A notice writes
 * '.', '-' and ':' about as often as its middle letters (host names, rules of dashes, header fields
 * and "... recipients:" lines): ranked among the letters, so that a marker is not looked for from
 * its colon or its dashes (over the dev corpus, 8,996 places compared for 4,289 marker searches
 * before, 3,549 after).
 */
const commonFirst = ' etaoinsrhldcum.-:fpgwyb,0123456789vk/()<>@_=\'"xjqz';

/** How common character `c` is (commonFirst): lower is rarer. */
function commonness(c: string): number {
  const i = commonFirst.indexOf(c);
  return i < 0 ? 0 : commonFirst.length - i;
}

/**
 * A marker's words (split on white space), and what is looked for first: `key`, the word, and
 * `at`, where in it the looked-for part starts (`probe`, the word from its rarest character on).
 * `first`: the same within the first word, for a search bounded by where the marker starts.
 */
interface MarkerWords {
  readonly words: readonly string[];
  readonly key: number;
  readonly at: number;
  readonly probe: string;
  /** The key word before its probe. */
  readonly lead: string;
  readonly firstAt: number;
  readonly firstProbe: string;
  readonly firstLead: string;
}

/** A marker's words, by the marker: the markers are the formats' constants, split once each. */
const markerWords = new Map<string, MarkerWords>();

/** Where in `word` its rarest character is (the first of equals), by commonFirst: `word.slice(at)` is the part to look for. */
export function rarestAt(word: string): number {
  let at = 0;
  for (let i = 1; i < word.length; i++) if (commonness(word[i]!) < commonness(word[at]!)) at = i;
  return at;
}

/** The words of `phrase` and where each search starts (MarkerWords). */
function wordsOf(phrase: string): MarkerWords {
  let w = markerWords.get(phrase);
  if (!w) {
    const words = phrase.trim().split(/\s+/);
    // The word whose rarest character is the rarest of all (the first such word).
    let key = 0;
    for (let k = 1; k < words.length; k++) {
      if (commonness(words[k]![rarestAt(words[k]!)] ?? ' ') < commonness(words[key]![rarestAt(words[key]!)] ?? ' ')) key = k;
    }
    const at = rarestAt(words[key]!);
    const firstAt = rarestAt(words[0]!);
    const [word, first] = [words[key]!, words[0]!];
    w = { words, key, at, probe: word.slice(at), lead: word.slice(0, at), firstAt, firstProbe: first.slice(firstAt), firstLead: first.slice(0, firstAt) };
    markerWords.set(phrase, w);
  }
  return w;
}

/**
 * Where `phrase` first occurs in `lower` at or after `from` and starting before `before` (any run
 * of whitespace, line breaks included, may stand for each of its spaces): [start, end], or null.
 * Read by indexOf. With no bound, one of the marker's words is looked for (the one with the
 * rarest character, from that character on: MarkerWords), the rest of that word and the words
 * before it checked backwards from each place it occurs, the words after it forwards: each place
 * of that word makes at most one match, and a later place a later start (the words are fixed and
 * white space runs are taken whole), so the first place that matches gives the first match. With
 * a bound, its first word is looked for only in the text before the bound.
 */
export function markerAt(lower: string, phrase: string, from = 0, before = Infinity): [number, number] | null {
  const m = wordsOf(phrase);
  const { words } = m;
  const bounded = before < lower.length;
  const anchorAt = bounded ? 0 : m.key;
  const anchor = words[anchorAt]!;
  if (!anchor) {
    // A marker of blank lines ("\n\n\n") is looked up as it is.
    const hay = bounded ? lower.slice(0, Math.max(0, before - 1 + phrase.length)) : lower;
    const i = hay.indexOf(phrase, from);
    return i >= 0 ? [i, i + phrase.length] : null;
  }
  const at = bounded ? m.firstAt : m.at;
  const probe = bounded ? m.firstProbe : m.probe;
  const lead = bounded ? m.firstLead : m.lead;
  // The text the anchor is looked for in: up to where a match starting before the bound may hold it.
  const hay = bounded ? lower.slice(0, Math.max(0, before - 1 + anchor.length)) : lower;
  for (let p = hay.indexOf(probe, from + at); p >= 0; p = hay.indexOf(probe, p + 1)) {
    // The anchor word starts `at` before its probe.
    const i = p - at;
    if (at > 0 && !lower.startsWith(lead, i)) continue;
    let start = i;
    for (let k = anchorAt - 1; k >= 0 && start >= 0; k--) {
      let j = start;
      while (j > 0 && isSpace(lower.charCodeAt(j - 1))) j--;
      const w = words[k]!;
      start = j < start && j - w.length >= from && lower.startsWith(w, j - w.length) ? j - w.length : -1;
    }
    if (start < 0) continue;
    let end = i + anchor.length;
    for (let k = anchorAt + 1; k < words.length && end >= 0; k++) {
      let j = end;
      while (j < lower.length && isSpace(lower.charCodeAt(j))) j++;
      end = j > end && lower.startsWith(words[k]!, j) ? j + words[k]!.length : -1;
    }
    if (end >= 0) return [start, end];
  }
  return null;
}

/**
 * The text between the first of `starts` and the first of `ends` after it, searched
 * case-insensitively in `text` (`lower` is its lowercase form; a line break may stand for a
 * space of a marker, as servers wrap their sentences). '' when no start is found. The start
 * marker itself is not included.
 */
export function section(text: string, lower: string, starts: readonly string[], ends: readonly string[]): string {
  let from = -1;
  let begin = 0;
  // Each marker is looked for only before the place of the one found so far.
  for (const s of starts) {
    const hit = markerAt(lower, s, 0, from < 0 ? Infinity : from);
    if (hit && (from < 0 || hit[0] < from)) {
      from = hit[0];
      begin = hit[1];
    }
  }
  if (from < 0) return '';
  let end = text.length;
  for (const e of ends) {
    const hit = markerAt(lower, e, begin, end);
    if (hit && hit[0] < end) end = hit[0];
  }
  return text.slice(begin, end);
}

/** Each notice's `body` lowercased, made when first asked for and dropped with the notice. */
const lowerBodies = new WeakMap<NoticeContext, string>();

/** `ctx.body.toLowerCase()`, made once per notice however many readers ask (the context's own, when it has one). */
export function bodyLower(ctx: NoticeContext): string {
  if (ctx.bodyLower !== undefined) return ctx.bodyLower;
  let lower = lowerBodies.get(ctx);
  if (lower === undefined) lowerBodies.set(ctx, (lower = ctx.body.toLowerCase()));
  return lower;
}

/** `section` of the notice's whole readable body (`ctx.body`, the inline original included). */
export function bodySection(ctx: NoticeContext, starts: readonly string[], ends: readonly string[]): string {
  return section(ctx.body, bodyLower(ctx), starts, ends);
}

/**
 * A `detect` for a format known by its notice's sentences: true when the notice holds one of
 * `signs`, a sign being a phrase or a list of phrases that must all occur (folded: lowercase,
 * single spaces).
 */
export function noticeSays(...signs: readonly (string | readonly string[])[]): (ctx: NoticeContext) => boolean {
  // Each sign's phrases with their numbers in the table, taken once: `says` looks each number up per call.
  const numbered = signs.map((s) => (typeof s === 'string' ? [s] : s).map((p) => [noticePhrases.add(p), p] as const));
  return (ctx) => {
    const held = heldIn(ctx);
    return numbered.some((all) => all.every(([n, p]) => held.startOf(n, p) >= 0));
  };
}

/**
 * The recipients of a format that writes one per line: each line of `text` that `line` matches
 * names the address (its first group) and the server's words (its second).
 */
export function lineRecipients(text: string, line: RegExp): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (const l of linesOf(text)) {
    const m = line.exec(l);
    const a = m ? firstAddress(m[1]!) : '';
    if (a) out.push(foundRecipient(a, m![2]!));
  }
  return out;
}

/** The first address in `text`, normalised, or ''. */
export function firstAddress(text: string): string {
  const m = firstAddressMatch(text);
  return m ? normalizeAddress(m[0]) : '';
}

/** Every distinct address in `text`, normalised, in order. */
export function addressesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of addressMatches(text)) {
    const a = normalizeAddress(m[0]);
    if (!out.includes(a)) out.push(a);
  }
  return out;
}

/** Lines of `text`, trimmed of trailing spaces. */
export function linesOf(text: string): string[] {
  // Trimmed in place: `map` would make a second array.
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i]!.trimEnd();
  return lines;
}

/** `<a@b>` or `a@b` alone at the start of a line (maybe indented), or null. */
export function leadAddress(line: string): string | null {
  const m = /^\s*<?([^\s<>()"]{1,256}@[^\s<>()":]{1,256})>?(?=$|[\s:,;.])/.exec(line);
  if (!m) return null;
  let a = m[1]!;
  while (/[.,;:]$/.test(a)) a = a.slice(0, -1);
  return isAddress(a) ? normalizeAddress(a) : null;
}

/** Joins lines, dropping blank ones and folding spaces: the server's words as one text. */
export function words(lines: readonly string[]): string {
  return squash(lines.map((l) => l.trim()).filter(Boolean).join(' ')).trim();
}

/**
 * Completes a bare local part ("kijitora") with the domain the returned original's To:, Cc:
 * or Received "for <...>" gives for it, as some notices name local recipients without one.
 */
export function completeAddress(ctx: NoticeContext, local: string): string {
  if (local.includes('@')) return normalizeAddress(local);
  const l = local.toLowerCase();
  const hay = `${ctx.original}\n${ctx.body}`;
  for (const m of addressMatches(hay)) {
    const a = normalizeAddress(m[0]);
    if (a.slice(0, a.indexOf('@')) === l) return a;
  }
  return '';
}

/** The To: addresses of the returned original (attached or inline), for notices that name none. */
export function originalTo(ctx: NoticeContext): string[] {
  const src = ctx.original || ctx.body;
  const m = /^to:[ \t]*(.*(?:\n[ \t].*){0,5})/im.exec(src);
  return m ? addressesIn(m[1]!) : [];
}

/** Builds a FoundRecipient, leaving out the fields that are empty. */
export function foundRecipient(address: string, diagnostic: string, extra: Partial<FoundRecipient> = {}): FoundRecipient {
  const r: FoundRecipient = { address, diagnostic };
  // Key by key, in their order (`Object.entries` would make an array of pairs for each recipient).
  for (const k in extra) {
    const v = extra[k as keyof FoundRecipient];
    if (v !== undefined && v !== '') (r as unknown as Record<string, unknown>)[k] = v;
  }
  return r;
}

/**
 * Blocks that begin with "<a@b>:" alone on a line (qmail's shape, which Yahoo!, X2 and X4
 * keep), the block holding the lines up to the next such line or the end of `text`.
 */
export function angleBlocks(text: string, maxLines = 20): { address: string; lines: string[] }[] {
  const out: { address: string; lines: string[] }[] = [];
  let cur: { address: string; lines: string[] } | null = null;
  for (const line of linesOf(text)) {
    const m = /^\s*<([^<>\s]{1,256}@[^<>\s]{1,256})>:?(.*)$/.exec(line);
    if (m && isAddress(m[1]!)) {
      cur = { address: normalizeAddress(m[1]!), lines: m[2]!.trim() ? [m[2]!.trim()] : [] };
      out.push(cur);
      continue;
    }
    if (cur && cur.lines.length < maxLines) cur.lines.push(line);
  }
  return out;
}

/** The failed recipients a DSN names, for formats whose text names none of its own. */
export function dsnFound(ctx: NoticeContext): FoundRecipient[] {
  const out: FoundRecipient[] = [];
  for (const r of ctx.dsn?.recipients ?? []) {
    if (r.action === 'delivered' || r.action === 'relayed' || r.action === 'expanded') continue;
    const a = normalizeAddress(r.finalRecipient);
    if (isAddress(a)) out.push(foundRecipient(a, r.diagnostic, { action: r.action, status: r.status, remoteHost: r.remoteMta }));
  }
  return out;
}
