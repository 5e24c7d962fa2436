/**
 * Finding e-mail addresses in free text. The pattern starts only at a token boundary
 * (lookbehind) and its domain part repeats `.label` groups that cannot overlap, so a match
 * attempt is linear and the whole scan stays linear in the text.
 */
import { trimChars } from './trim.js';

export const addressRe = /(?<![\w.+\-=!#$%&'*/?^`{|}~@])[\w.+\-=!#$%&'*/?^`{|}~]{1,64}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){1,8}/g;

// The pattern anchored at the start of what it reads, its leading lookbehind (an address starts
// only at a token boundary) checked by hand on the character before.
const lookbehindRe = /^\(\?<!(\[[^\]]*\])\)/;
const anchoredAddressRe = new RegExp(addressRe.source.replace(lookbehindRe, '^'));
const addressCharRe = new RegExp(lookbehindRe.exec(addressRe.source)![1]!);
// The same, sticky: read where `lastIndex` puts it, with no copy of the text.
const stickyAddressRe = new RegExp(addressRe.source.replace(lookbehindRe, ''), 'y');

/**
 * For each ASCII character: 1 for one of an address's local part, 2 for '@'. The lookbehind's class
 * is the local part's with '@' added: neither may come before an address.
 */
const localChars = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (addressCharRe.test(String.fromCharCode(c))) t[c] = 1;
  t[64] = 2;
  return t;
})();
const isLocalChar = (c: number): boolean => c < 128 && localChars[c] === 1;

/**
 * Each address in `text` as `text.matchAll(addressRe)` gives them, found from the '@' signs: an
 * address holds one '@' after the run of local-part characters that ends at it, and can start
 * only where that run starts (the lookbehind: no such character, nor '@', before it). So each '@'
 * gives at most one place to read the pattern at, in the order of the text, and no regex is
 * tried at the places between.
 */
function eachAddress(text: string, found: (m: RegExpExecArray) => boolean | void): void {
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at || at - start > 64 || start < from) continue;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before < 128 && localChars[before]) continue;
    stickyAddressRe.lastIndex = start;
    const m = stickyAddressRe.exec(text);
    if (!m) continue;
    if (found(m)) return;
    from = start + m[0].length;
  }
}

/** The first address in `text`, as written, or null (what `addressRe` without its global flag finds). */
export function firstAddressMatch(text: string): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  eachAddress(text, (m) => Boolean((first = m)));
  return first;
}

/** Every match of `addressRe` in `text`, in order (what `text.matchAll(addressRe)` gives). */
export function addressMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  eachAddress(text, (m) => {
    out.push(m);
  });
  return out;
}

/** The address that starts exactly at `at` in `text` (the character before it still bounds it), as written, or null. */
export function addressAt(text: string, at: number): string | null {
  if (at > 0 && addressCharRe.test(text[at - 1]!)) return null;
  return anchoredAddressRe.exec(at > 0 ? text.slice(at) : text)?.[0] ?? null;
}

/** Every address in `text`, lowercased, in order of appearance (duplicates kept). */
export function findAddresses(text: string): string[] {
  const out: string[] = [];
  eachAddress(text, (m) => {
    out.push(normalizeAddress(m[0]));
  });
  return out;
}

/** Lowercases and trims the punctuation that sentence text leaves around an address. */
export function normalizeAddress(addr: string): string {
  return trimChars(addr, `.'"`, `.'"-`).toLowerCase();
}

/** Mailbox names that belong to mail systems, never to a recipient whose delivery failed. */
const systemLocalParts = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|double-bounce|bounce|bounces|noreply|no-reply|mail\.?delivery)$/;

export function isSystemAddress(addr: string): boolean {
  const local = addr.slice(0, addr.indexOf('@'));
  return systemLocalParts.test(local);
}

/** Loose check that a string is one address. */
export function isAddress(s: string): boolean {
  const m = firstAddressMatch(s);
  return m !== null && m[0].length >= s.trim().length - 2;
}
