/**
 * Terminal-safe text, for every output that shows a message's words or a file's name. Its own
 * module: the report and the error lines need it without the explanations (render.ts), which
 * the CLI loads only for its human output.
 */

/**
 * Text from a message (or a file name) made safe for a terminal: control characters that could
 * move the cursor or retitle the window are dropped, and bidi controls, which could make the
 * server's words read differently from what they are, are shown as their code point.
 */
export function safe(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
