/** Lowercase, whitespace folded: the form the rules' phrases are written in. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}
