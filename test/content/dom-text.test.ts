// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { domText } from '../../src/content/dom-text.js';
import { safeText } from '../../src/content/safe-text.js';

function html(markup: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = markup; // test input only
  return div;
}

describe('domText', () => {
  it('keeps the line structure that <br>, blocks and table rows give', () => {
    const text = domText(html('<div>Delivery has failed:<br>a@example.jp</div><p>Reason</p><table><tr><td>Status</td><td>5.1.1</td></tr><tr><td>Host</td><td>mx</td></tr></table>'));
    expect(text).toBe('Delivery has failed:\na@example.jp\n\nReason\n\nStatus\t5.1.1\nHost\tmx');
  });

  it('leaves out scripts, styles and skipped subtrees', () => {
    const root = html('<style>.x{}</style><script>var a=1</script><p>kept</p><div data-skip>not this</div>');
    expect(domText(root, { skip: (e) => e.hasAttribute('data-skip') })).toBe('kept');
  });

  it('survives nesting deeper than the call stack and stops at the length limit', () => {
    let node: HTMLElement = document.createElement('div');
    const root = node;
    for (let i = 0; i < 20000; i++) {
      const child = document.createElement('span');
      node.appendChild(child);
      node = child;
    }
    node.textContent = 'deep';
    expect(domText(root)).toBe('deep');
    expect(domText(html(`<p>${'x'.repeat(5000)}</p>`), { maxLength: 100 }).length).toBeLessThanOrEqual(100);
  });
});

describe('safeText', () => {
  it('shows bidi controls and hidden control characters as visible markers', () => {
    expect(safeText('user unknown \u202emoc.live@nimda')).toBe('user unknown ⟨U+202E⟩moc.live@nimda');
    expect(safeText('a\u0000b\u2066c\u200fd')).toBe('a⟨U+0000⟩b⟨U+2066⟩c⟨U+200F⟩d');
    expect(safeText('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });

  it('bounds what it shows', () => {
    expect(safeText('x'.repeat(10), 4)).toBe('xxxx…');
  });
});
