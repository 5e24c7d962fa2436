/**
 * Whether an input is empty: no bytes at all, or nothing but white space (space, tab, CR, LF,
 * form feed) and byte-order marks (U+FEFF; its UTF-8 bytes EF BB BF). Such an input holds
 * nothing to read, and its verdict says so (`Verdict.empty`) rather than calling it ordinary mail.
 * Decided here once, for every reader: classify, classifyText, and through the verdict the CLI,
 * the popup and the digest.
 */
import type { ClassifyInput } from '../types.js';

const blankText = /^[ \t\r\n\f\ufeff]*$/;

/** True when `input` holds nothing but white space; stops at its first other character. */
export function isEmptyInput(input: ClassifyInput): boolean {
  if (typeof input === 'string') return blankText.test(input);
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a || b === 0x0c) continue;
    if (b === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}
