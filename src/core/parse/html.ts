/**
 * HTML to readable text, for notices with only an HTML part (Office 365, Gmail) and for text
 * copied from a webmail. Not a full HTML parser: tags are dropped, block tags become line
 * breaks, a few entities are decoded. Linear in the input: one pass of a tag regex without
 * nested quantifiers.
 */

const entities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#160': ' ',
};

const blockTags = new Set(['br', 'p', 'div', 'tr', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'hr', 'td', 'th']);

export function htmlToText(html: string): string {
  let out = '';
  let skipUntil = '';
  let last = 0;
  // `<` then a tag name or `/` or `!`, then anything but `<` or `>`. The lookahead keeps the
  // name and the attributes from trading characters (quadratic backtracking on `<aaaa...`), and
  // stopping at `<` keeps each attempt from re-scanning to the end of a text full of `<a `.
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*(?![a-zA-Z0-9])|!--)[^<>]*>/g;
  for (const m of html.matchAll(tagRe)) {
    const idx = m.index ?? 0;
    if (!skipUntil) out += html.slice(last, idx);
    last = idx + m[0].length;
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = '';
      continue;
    }
    if (!closing && (name === 'style' || name === 'script' || name === 'head' || name === 'title')) {
      skipUntil = name;
      continue;
    }
    if (blockTags.has(name)) out += name === 'td' || name === 'th' ? ' ' : '\n';
  }
  if (!skipUntil) out += html.slice(last);
  return out
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (all, ent: string) => {
      if (ent[0] === '#') {
        const code = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return entities[ent.toLowerCase()] ?? all;
    })
    // Only at the start of a run of blanks: from every position inside a long run, `+\n` would
    // re-scan the rest of it (quadratic).
    .replace(/(?<![ \t\u00a0])[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
