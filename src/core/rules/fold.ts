// White space other than one plain space: where folding changes something.
const unfoldedRe = /[^\S ]| {2}/;

/** Lowercase, whitespace folded: the form the rules' phrases are written in. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // With no run of white space but single plain spaces, the replacement would copy the text unchanged.
  return unfoldedRe.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}
