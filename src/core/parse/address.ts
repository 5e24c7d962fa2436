/**
 * Finding e-mail addresses in free text. The pattern starts only at a token boundary
 * (lookbehind) and its domain part repeats `.label` groups that cannot overlap, so a match
 * attempt is linear and the whole scan stays linear in the text.
 */
import { trimChars } from './trim.js';

export const addressRe = /(?<![\w.+\-=!#$%&'*/?^`{|}~@])[\w.+\-=!#$%&'*/?^`{|}~]{1,64}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){1,8}/g;

// The same pattern without the global flag: exec and test on it start at 0 and keep no position,
// so no reader leaves state behind in the shared global one (which only matchAll, which copies it, reads).
const oneAddressRe = new RegExp(addressRe.source);

/** The first address in `text`, as written, or null. */
export function firstAddressMatch(text: string): RegExpExecArray | null {
  return oneAddressRe.exec(text);
}

// The pattern anchored at the start of what it reads, its leading lookbehind (an address starts
// only at a token boundary) checked by hand on the character before.
const lookbehindRe = /^\(\?<!(\[[^\]]*\])\)/;
const anchoredAddressRe = new RegExp(addressRe.source.replace(lookbehindRe, '^'));
const addressCharRe = new RegExp(lookbehindRe.exec(addressRe.source)![1]!);

/** The address that starts exactly at `at` in `text` (the character before it still bounds it), as written, or null. */
export function addressAt(text: string, at: number): string | null {
  if (at > 0 && addressCharRe.test(text[at - 1]!)) return null;
  return anchoredAddressRe.exec(at > 0 ? text.slice(at) : text)?.[0] ?? null;
}

/** Every address in `text`, lowercased, in order of appearance (duplicates kept). */
export function findAddresses(text: string): string[] {
  return Array.from(text.matchAll(addressRe), (m) => normalizeAddress(m[0]));
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
