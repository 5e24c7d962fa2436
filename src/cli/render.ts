/** The CLI's human output: per message the kind, category, severity, recipients and the server's words. */
import type { Verdict } from '../core/index.js';

export function renderHuman(name: string, v: Verdict, lang: string): string {
  void lang;
  const lines: string[] = [name];
  const head = v.kind === 'bounce' ? `${v.kind}: ${v.category} (${v.reason}), ${v.severity}` : v.kind;
  lines.push(`  ${head}${v.truncated ? ' [input truncated]' : ''}`);
  for (const r of v.recipients) {
    const codes = [r.status, r.reply].filter(Boolean).join(' ');
    lines.push(`  - ${r.address || '(address not given)'}: ${r.category}, ${r.severity}${codes ? ` [${codes}]` : ''}${r.remoteHost ? ` via ${r.remoteHost}` : ''}`);
    if (r.diagnostic) lines.push(`      "${r.diagnostic.slice(0, 400)}"`);
  }
  if (v.note) lines.push(`  note: ${v.note}`);
  return `${lines.join('\n')}\n\n`;
}
