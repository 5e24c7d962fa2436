// White space other than one plain space: where folding changes something.
const unfoldedRe = /[^\S ]| {2}/;

/** `text` with each run of white space made one space (`text.replace(/\s+/g, ' ')`, without the copy when nothing would change). */
export function squash(text: string): string {
  return unfoldedRe.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** Lowercase, whitespace folded: the form the rules' phrases are written in. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // With no run of white space but single plain spaces, the replacement would copy the text unchanged.
  return squash(lower);
}
