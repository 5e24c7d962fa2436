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
  // HTML collapses the white space of its source: a newline there is no line break. Source
  // written (or pasted) with a newline after each <br> would otherwise read as blank lines between
  // every line, which ends a pasted text's lead header lines after the first. Only white space
  // holding a newline next to a break is dropped (the rest of the text is kept as it stands); not
  // inside <pre>, whose newlines are line breaks.
  let pre = 0;
  let afterBreak = false;
  for (const m of html.matchAll(tagRe)) {
    const idx = m.index ?? 0;
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    const block = blockTags.has(name);
    if (!skipUntil) {
      let seg = html.slice(last, idx);
      if (!pre) seg = trimSourceBreaks(seg, afterBreak, block);
      out += seg;
      if (seg) afterBreak = false;
    }
    last = idx + m[0].length;
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = '';
      continue;
    }
    if (!closing && (name === 'style' || name === 'script' || name === 'head' || name === 'title')) {
      skipUntil = name;
      continue;
    }
    if (name === 'pre') pre = closing ? Math.max(0, pre - 1) : pre + 1;
    if (block) {
      out += name === 'td' || name === 'th' ? ' ' : '\n';
      afterBreak = true;
    }
  }
  if (!skipUntil) out += pre ? html.slice(last) : trimSourceBreaks(html.slice(last), afterBreak, false);
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

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/**
 * `seg` (source text between two tags) without the white space that holds a newline at its start
 * (`after`: a break came just before) and at its end (`before`: a break comes just after).
 * Scanned in code: a regex anchored at the end would re-scan a long run of blanks from each start.
 */
function trimSourceBreaks(seg: string, after: boolean, before: boolean): string {
  if (!seg.includes('\n')) return seg;
  let a = 0;
  let b = seg.length;
  if (after) {
    while (a < b && isBlank(seg[a])) a++;
    if (!seg.slice(0, a).includes('\n')) a = 0;
  }
  if (before) {
    let j = b;
    while (j > a && isBlank(seg[j - 1])) j--;
    if (seg.slice(j, b).includes('\n')) b = j;
  }
  return a === 0 && b === seg.length ? seg : seg.slice(a, b);
}
