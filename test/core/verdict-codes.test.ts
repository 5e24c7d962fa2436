/**
 * The verdict's message-level `status` and `reply`: the deciding recipient's codes, or the
 * notice's own when it names no recipient (a reply line pasted on its own has a code but no
 * address). Non-bounces carry none.
 */
import { describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import { toJson } from '../../src/cli/work.js';

describe('verdict status and reply', () => {
  it('a DSN: the deciding recipient\'s codes', async () => {
    const { readFileSync } = await import('node:fs');
    const v = await classify(readFileSync(`${__dirname}/../../examples/bounce-mailbox-full.eml`));
    expect(v.recipients.length).toBeGreaterThan(0);
    const main = v.recipients.find((r) => r.reason === v.reason)!;
    expect([v.status, v.reply]).toEqual([main.status, main.reply]);
    expect(v.status).toMatch(/^[45]\.\d+\.\d+$/);
  });

  it('a notice with no recipient: its own reply and status', () => {
    // Exchange's first line, as Outlook on the web shows it, address left out by the person pasting.
    const v = classifyText("Delivery has failed to these recipients or groups:\n\nRemote Server returned '550 5.7.1 Relaying denied'\n");
    expect(v.kind).toBe('bounce');
    expect(v.recipients).toEqual([]);
    expect([v.status, v.reply]).toEqual(['5.7.1', '550']);
  });

  it('a reply with a generic code pair and a specific one later: the specific one', () => {
    const v = classifyText("Delivery has failed to these recipients or groups:\n\n550 5.0.0 Remote server said: 550 5.2.1 Mailbox disabled\n");
    expect([v.status, v.reply]).toEqual(['5.2.1', '550']);
  });

  it('ordinary mail and auto-replies carry no codes', async () => {
    const ordinary = await classify('From: a@example.org\nTo: b@example.org\nSubject: hi\nMessage-ID: <x@y>\n\nsee you at 5.30\n');
    expect([ordinary.kind, ordinary.status, ordinary.reply]).toEqual(['not-a-bounce', '', '']);
  });

  it('the CLI\'s --json line carries them', () => {
    const v = classifyText("Delivery has failed to these recipients or groups:\n\nRemote Server returned '552 5.2.2 Mailbox full'\n");
    const line = toJson('x.txt', v);
    expect(line).toMatchObject({ kind: 'bounce', status: '5.2.2', reply: '552' });
  });
});
