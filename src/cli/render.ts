/**
 * The CLI's human output: per message its name, the verdict's fixed names (kind, category,
 * severity, as in TAXONOMY.md) and the explanation in the chosen language.
 */
import { explain, formatExplanationText, type Verdict } from '../core/index.js';

export function renderHuman(name: string, v: Verdict, lang: string): string {
  const names = v.kind === 'bounce' ? `${v.kind} · ${v.category} · ${v.severity}` : v.kind;
  const flags = [v.truncated ? 'truncated' : '', v.input === 'text' ? 'text' : ''].filter(Boolean);
  const head = `── ${name}  [${names}${flags.length ? `; ${flags.join(', ')}` : ''}]`;
  return `${head}\n${formatExplanationText(explain(v, { locale: lang })).trimEnd()}\n\n`;
}
