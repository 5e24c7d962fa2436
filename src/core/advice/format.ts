/**
 * An explanation as plain text, for a terminal or a text e-mail: headline, what happened, the
 * steps, keep-or-remove, then the technical detail. Labels come from the explanation itself, so
 * the text is in one language throughout.
 */
import type { Explanation, RecipientExplanation, RecipientGroup, TechnicalDetail } from './index.js';

// The server's words reach the terminal: an escape sequence in a bounce must not recolour,
// retitle or rewrite the user's terminal, so every control character becomes a space.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const safe = (text: string): string => text.replace(controls, ' ');

function technicalLines(t: TechnicalDetail, address: string, labels: Explanation['labels'], indent: string): string[] {
  const rows: [string, string][] = [
    [labels.address, address],
    [labels.status, t.status && (t.statusMeaning ? `${t.status} — ${t.statusMeaning}` : t.status)],
    [labels.reply, t.reply && (t.replyMeaning ? `${t.reply} — ${t.replyMeaning}` : t.reply)],
    [labels.remoteHost, t.remoteHost],
    [labels.diagnostic, t.diagnostic],
  ];
  const shown = rows.filter(([, value]) => value);
  if (shown.length === 0) return [];
  const width = Math.max(...shown.map(([label]) => label.length));
  return [`${indent}${labels.technical}`, ...shown.map(([label, value]) => `${indent}  ${label.padEnd(width)}  ${value}`)];
}

function body(
  part: Pick<RecipientExplanation, 'headline' | 'summary' | 'steps' | 'actionText'>,
  labels: Explanation['labels'],
  indent: string,
): string[] {
  return [
    `${indent}${part.headline}`,
    `${indent}${part.summary}`,
    '',
    `${indent}${labels.whatToDo}`,
    ...part.steps.map((step, i) => `${indent}  ${i + 1}. ${step}`),
    '',
    `${indent}→ ${part.actionText}`,
  ];
}

/**
 * Plain-text rendering, one line per item, no colours (the caller may add them), no wrapping
 * (terminals wrap, and copied text should not carry hard breaks).
 * @example
 * ```ts
 * process.stdout.write(formatExplanationText(explain(verdict, { locale: 'it' })));
 * ```
 */
export function formatExplanationText(e: Explanation): string {
  const { labels } = e;
  const lines: string[] = [];
  if (e.recipients.length <= 1) {
    lines.push(...body(e, labels, ''));
    const tech = technicalLines(e.technical, e.recipients[0]?.address ?? '', labels, '');
    if (tech.length > 0) lines.push('', ...tech);
  } else if (e.groups.length === 1) {
    // Several addresses, one outcome: the advice once (its summary opens with the group's title),
    // then the addresses, then one example of the server's words.
    const only = e.groups[0] as RecipientGroup;
    lines.push(...body(e, labels, ''), '', labels.recipients, `  ${only.addresses.map((a) => a || '—').join(', ')}`);
    const tech = technicalLines(only.technical, only.addresses[0] ?? '', labels, '');
    if (tech.length > 0) lines.push('', ...tech);
  } else {
    // Several addresses: the notice's headline, then once per group of addresses that failed the
    // same way its advice and one example of the server's words (the others differ in the address).
    lines.push(e.headline, e.summary, '', labels.recipients);
    for (const g of e.groups) {
      lines.push('', `• ${g.addresses.map((a) => a || '—').join(', ')}`);
      if (g.title) lines.push(`  ${g.title}`);
      lines.push(...body(g, labels, '  '));
      const tech = technicalLines(g.technical, g.addresses.length > 1 ? (g.addresses[0] ?? '') : '', labels, '  ');
      if (tech.length > 0) lines.push('', ...tech);
    }
  }
  // A forwarded notice says so under its headline: the forwarder is not the one who failed.
  if (e.forwarded) lines.splice(1, 0, e.forwarded);
  return `${lines.map(safe).join('\n')}\n`;
}
