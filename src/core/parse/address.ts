/**
 * Finding e-mail addresses in free text. The pattern starts only at a token boundary
 * (lookbehind) and its domain part repeats `.label` groups that cannot overlap, so a match
 * attempt is linear and the whole scan stays linear in the text.
 */
import { trimChars } from './trim.js';

export const addressRe = /(?<![\w.+\-=!#$%&'*/?^`{|}~@])[\w.+\-=!#$%&'*/?^`{|}~]{1,64}@[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,62}){1,8}/g;

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
  addressRe.lastIndex = 0;
  const m = addressRe.exec(s);
  addressRe.lastIndex = 0;
  return m !== null && m[0].length >= s.trim().length - 2;
}
