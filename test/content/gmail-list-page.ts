/**
 * A Gmail list view (a search for bounces) built from real messages, for the digest's unit and
 * end-to-end tests: one `tr.zA` row per message with the markup Gmail's list rows carry (sender
 * cell `td.yX` with `span[email][name]`, subject `span.bog > span.bqe` with the thread and
 * newest-message ids, date cell `td.xW span[title]`), as public captures of live pages show it.
 */
import { readFileSync } from 'node:fs';

export interface ListMessage {
  /** The message file, from the project root. */
  readonly raw: string;
  /** The newest message's hex id (`data-legacy-last-message-id`). */
  readonly hex: string;
}

const corpus = '../shared/corpus/sisimai-dev/eml/';
const ordinary = '../shared/corpus/not-bounce/';

/** 30 rows: bounces of many categories, delays, a complaint, and ordinary mail. */
export const digestMessages: readonly ListMessage[] = [
  'lhost-gsuite-01', 'lhost-postfix-13', 'lhost-amazonses-03', 'lhost-postfix-55', 'lhost-exim-06', 'lhost-amazonses-18',
  'lhost-amavis-03', 'lhost-amazonses-01', 'lhost-amazonses-19', 'lhost-gsuite-06', 'lhost-opensmtpd-15', 'lhost-sendmail-29',
  'lhost-exim-02', 'lhost-postfix-44', 'lhost-dragonfly-25', 'lhost-gsuite-13', 'lhost-exim-52', 'lhost-amazonworkmail-03', 'arf-21',
]
  .map((name) => `${corpus}${name}.eml`)
  .concat(
    ['002', '003', '004', '005', '009', '011', '012', '013', '014', '015', '017'].map((n) => `${ordinary}ordinary-cpython-${n}.eml`),
  )
  .map((raw, i) => ({ raw, hex: (0x18f0000000000000n + BigInt(i + 1)).toString(16) }));

export const permmsgidOf = (hex: string) => `msg-f:${BigInt(`0x${hex}`).toString(10)}`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return (m?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim();
}

function sender(from: string): { name: string; email: string } {
  const angle = /^(.*?)<([^<>]+)>/.exec(from);
  if (angle) return { name: angle[1]!.replace(/"/g, '').trim(), email: angle[2]!.trim() };
  const paren = /^(\S+)\s*\((.*)\)/.exec(from);
  if (paren) return { name: paren[2]!.trim(), email: paren[1]! };
  return { name: '', email: from.trim() };
}

function row(message: ListMessage): string {
  const raw = readFileSync(message.raw, 'latin1');
  const { name, email } = sender(header(raw, 'From'));
  const subject = header(raw, 'Subject') || '(no subject)';
  const shown = name || email;
  return `<tr class="zA yO" role="row" tabindex="-1">
<td class="oZ-x3 xY"><div role="checkbox" aria-checked="false"></div></td>
<td class="yX xY"><div class="yW"><span class="bA4"><span class="yP" email="${escapeHtml(email)}" name="${escapeHtml(shown)}">${escapeHtml(shown)}</span></span></div></td>
<td class="xY a4W"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span class="bqe" data-thread-id="#thread-f:${BigInt(`0x${message.hex}`)}" data-legacy-thread-id="${message.hex}" data-legacy-last-message-id="${message.hex}">${escapeHtml(subject)}</span></span></div><span class="y2"> - </span></div></div></td>
<td class="xW xY"><span title="${escapeHtml(header(raw, 'Date'))}"><span>Nov 10</span></span></td>
</tr>`;
}

/** The page: Gmail's frame with the list in its main area. */
export function gmailListPage(messages: readonly ListMessage[] = digestMessages): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search results - Gmail</title>
<script nonce="fixture">var GLOBALS=[null,null,0,"",null,null,null,null,null,"5a1b2c3d4e"];</script></head>
<body><div class="nH"><div role="main"><div class="ae4 UI"><table class="F cf zt"><tbody>
${messages.map(row).join('\n')}
</tbody></table></div></div></div></body></html>`;
}
