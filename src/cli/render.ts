/**
 * The CLI's human output: per message its name, the verdict's fixed names (kind, category,
 * severity, as in TAXONOMY.md) and the explanation in the chosen language.
 */
import { explain, formatExplanationText, type Verdict } from '../core/index.js';
import { badge, paint } from './color.js';
import { safe } from './safe.js';

export { safe };

/** One message's explanation; `color` paints the badge (hard red, soft yellow) for a terminal. */
export function renderHuman(name: string, v: Verdict, lang: string, color = false): string {
  const names = v.kind === 'bounce' ? `${v.kind} · ${v.category} · ${v.severity}` : v.kind;
  const flags = [v.truncated ? 'truncated' : '', v.empty ? 'empty' : v.input === 'text' ? 'text' : ''].filter(Boolean);
  // Colour goes on after safe(), which would drop its escape codes; the names are fixed words.
  const tag = `[${names}${flags.length ? `; ${flags.join(', ')}` : ''}]`;
  const head = color ? `${paint.bold(`── ${safe(name)}`)}  ${badge(tag, v.severity, v.kind)}` : `── ${safe(name)}  ${tag}`;
  return `${head}\n${safe(formatExplanationText(explain(v, { locale: lang })).trimEnd())}\n\n`;
}
