/**
 * The `--summary` report for people: counts by kind and category, the domains with the most
 * failures, then the addresses to remove and to keep, each with its latest category and the
 * number of notices that named it. The data comes from core/summary.ts.
 */
import type { SummaryReport } from '../core/index.js';
import { paint } from './color.js';
import { safe } from './safe.js';

const n = (x: number) => x.toLocaleString('en-US');

export function renderSummary(r: SummaryReport, color: boolean): string {
  const c = color ? paint : { red: String, yellow: String, green: String, cyan: String, bold: String, dim: String };
  const lines: string[] = [];
  const kinds = Object.entries(r.kinds).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${n(v)}`);
  lines.push(c.bold(`${n(r.messages)} ${r.messages === 1 ? 'message' : 'messages'}`) + (kinds.length ? `: ${kinds.join(' · ')}` : ''));
  const cats = Object.entries(r.categories);
  if (cats.length) {
    lines.push('', c.bold(`Failed recipients by category (${c.red(`hard ${n(r.severities.hard)}`)} · ${c.yellow(`soft ${n(r.severities.soft)}`)})`));
    const w = Math.max(...cats.map(([k]) => k.length));
    for (const [k, v] of cats.sort((a, b) => b[1] - a[1])) lines.push(`  ${k.padEnd(w)}  ${n(v).padStart(7)}`);
  }
  if (r.domains.length) {
    lines.push('', c.bold('Domains with the most failed addresses'));
    const w = Math.max(...r.domains.map((d) => d.domain.length));
    for (const d of r.domains) lines.push(`  ${safe(d.domain).padEnd(w)}  ${n(d.failed).padStart(7)}`);
  }
  const list = (which: 'remove' | 'keep', title: string) => {
    const entries = r.addresses.filter((a) => a.list === which);
    lines.push('', c.bold(which === 'remove' ? c.red(title) : c.yellow(title)));
    if (!entries.length) lines.push('  (none)');
    const w = Math.min(60, Math.max(0, ...entries.map((a) => a.address.length)));
    for (const a of entries) {
      const what = a.complained ? 'complaint' : a.category;
      lines.push(`  ${safe(a.address).padEnd(w)}  ${what.padEnd(19)} ${n(a.notices)} ${a.notices === 1 ? 'notice' : 'notices'}`);
    }
  };
  list('remove', `Remove (${n(r.remove.length)}): hard failures and complaints`);
  list('keep', `Keep (${n(r.keep.length)}): only soft failures or delays, the next mail may pass`);
  return `${lines.join('\n')}\n`;
}
