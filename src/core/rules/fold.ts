/**
 * A run of white space that folding changes: two or more characters, or one other than a plain
 * space. A lone plain space, the most common run by far, is left where it is: replacing it with
 * itself was most of the work of `replace(/\s+/g, ' ')`. With no such run the text comes back as it was.
 */
const unfoldedRunRe = / \s+|[^\S ]\s*/g;

/** `text` with each run of white space made one space (what `text.replace(/\s+/g, ' ')` gives). */
export function squash(text: string): string {
  return text.replace(unfoldedRunRe, ' ');
}

/** Lowercase, whitespace folded: the form the rules' phrases are written in. */
export function fold(text: string): string {
  return squash(text.toLowerCase());
}
