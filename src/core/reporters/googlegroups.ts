/**
 * Google Groups refusing a post (sent by mailer-daemon@googlemail.com, in the poster's language):
 *
 *   We're writing to let you know that the group you tried to contact (libsisimai) may not
 *   exist, or you may not have permission to post messages to the group.
 *
 * The group's address is only in X-Failed-Recipients: (and the original's To:).
 */
import { header } from '../parse/message.js';
import { firstAddress, foundRecipient, noticeSays, originalTo } from './lib.js';
import type { Reporter } from './types.js';

export const googlegroups = {
  name: 'GoogleGroups',
  marks: { says: ['google groups', 'google-gruppe', 'groups.google.com'] },
  detect: noticeSays('google groups', 'google-gruppe', 'groups.google.com'),
  recipients(ctx) {
    const h = header(ctx, 'x-failed-recipients');
    const list = h ? h.split(',').map((s) => firstAddress(s)).filter(Boolean) : originalTo(ctx).filter((a) => a.endsWith('googlegroups.com'));
    const text = ctx.notice.trim().split(/\n\s*\n/).slice(0, 2).join(' ').replace(/\s+/g, ' ').slice(0, 600);
    return list.map((a) => foundRecipient(a, text, { hint: 'rejected' }));
  },
} as const satisfies Reporter;
