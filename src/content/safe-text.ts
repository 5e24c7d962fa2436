/**
 * Message-derived strings are shown with `textContent`, which already makes markup inert. What
 * textContent does not neutralise are characters that change how the text around them looks:
 * bidi overrides and isolates can make `moc.elpmaxe@evil` read as `evil@example.com`, and C0
 * controls can hide parts of a line. Each is replaced by a visible marker such as `⟨U+202E⟩`,
 * so a person sees that the server's words contained it.
 */

// Bidi embeddings, overrides, isolates and marks; the other C0 controls but tab and newline; DEL.
const invisible = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u0000-\u0008\v\f\u000e-\u001f\u007f]/g;

export function safeText(value: string, maxLength = 4000): string {
  const text = value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
  return text.replace(invisible, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
