/**
 * The text a person sees in a rendered message, with its line breaks, read without layout.
 * `innerText` would be closer but forces a style and layout pass per message, which on a long
 * Gmail thread is exactly the long task the budget forbids; `textContent` loses every line break
 * that a `<br>` or a `<div>` made, and bounce notices are line-oriented.
 */

// Elements after which a person sees a new line.
const blockTags = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
// Never visible as text.
const skipTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'svg', 'SVG', 'IMG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Enough for any notice; the core applies its own limit too. */
export const maxTextLength = 256 * 1024;

export interface DomTextOptions {
  /** Subtrees to leave out (e.g. our own banner host). */
  readonly skip?: (element: Element) => boolean;
  readonly maxLength?: number;
}

export function domText(root: Node, options: DomTextOptions = {}): string {
  const max = options.maxLength ?? maxTextLength;
  const parts: string[] = [];
  let length = 0;
  // Line breaks owed at the end of the output so far: adjacent blocks share theirs, as in
  // innerText's "required line break count" (a paragraph asks for two, other blocks for one).
  let trailingBreaks = 0;
  const lineBreaks = (count: number) => {
    if (length === 0 || trailingBreaks >= count) return;
    parts.push('\n'.repeat(count - trailingBreaks));
    length += count - trailingBreaks;
    trailingBreaks = count;
  };
  const emit = (text: string) => {
    if (text === '') return;
    parts.push(text);
    length += text.length;
    trailingBreaks = text.endsWith('\n') ? 1 : 0;
  };
  // An explicit stack: hostile HTML can nest deeper than the JS call stack allows.
  const stack: (Node | 1 | 2 | 'tab')[] = [root];
  while (stack.length > 0 && length < max) {
    const item = stack.pop()!;
    if (item === 1 || item === 2) {
      lineBreaks(item);
      continue;
    }
    if (item === 'tab') {
      emit('\t');
      continue;
    }
    if (item.nodeType === 3 /* TEXT_NODE */) {
      emit((item as Text).data);
      continue;
    }
    if (item.nodeType !== 1 /* ELEMENT_NODE */ && item.nodeType !== 9 && item.nodeType !== 11) continue;
    if (item.nodeType === 1) {
      const element = item as Element;
      const tag = element.tagName.toUpperCase();
      if (skipTags.has(tag) || options.skip?.(element)) continue;
      if (tag === 'BR') {
        emit('\n');
        continue;
      }
      const breaks = tag === 'P' ? 2 : blockTags.has(tag) ? 1 : 0;
      if (breaks) stack.push(breaks);
      else if (tag === 'TD' || tag === 'TH') stack.push('tab');
      // Children go on the stack last-first so that they come off in document order.
      const children = element.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      if (breaks) stack.push(breaks);
      continue;
    }
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return tidy(parts.join('').slice(0, max));
}

/** Collapse the runs of spaces and blank lines that markup indentation leaves behind. */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, (run) => (run.includes('\t') ? '\t' : ' ')).trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
