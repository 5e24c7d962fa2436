/**
 * The CLI's human output: per message its name, the verdict's fixed names (kind, category,
 * severity, as in TAXONOMY.md) and the explanation in the chosen language.
 */
import { explain, formatExplanationText, type Verdict } from '../core/index.js';
import { badge, paint } from './color.js';

/** One message's explanation; `color` paints the badge (hard red, soft yellow) for a terminal. */
export function renderHuman(name: string, v: Verdict, lang: string, color = false): string {
  const names = v.kind === 'bounce' ? `${v.kind} · ${v.category} · ${v.severity}` : v.kind;
  const flags = [v.truncated ? 'truncated' : '', v.input === 'text' ? 'text' : ''].filter(Boolean);
  // Colour goes on after safe(), which would drop its escape codes; the names are fixed words.
  const tag = `[${names}${flags.length ? `; ${flags.join(', ')}` : ''}]`;
  const head = color ? `${paint.bold(`── ${safe(name)}`)}  ${badge(tag, v.severity, v.kind)}` : `── ${safe(name)}  ${tag}`;
  return `${head}\n${safe(formatExplanationText(explain(v, { locale: lang })).trimEnd())}\n\n`;
}

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
