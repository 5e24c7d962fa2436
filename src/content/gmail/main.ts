/** Content script for mail.google.com. */
import { createClassify } from '../../core/classify.js';
import { boot } from '../boot.js';
import { ext } from '../ext.js';
import { isMessageParts, type MimeMessage } from '../messages.js';
import { gmailAdapter } from './adapter.js';

// Gmail offers each message's original source: the classifier reads it here. Most notices are
// 7-bit and read in place; for the few that need MIME decoding (base64, quoted-printable,
// charsets) the background runs postal-mime, which this script does not carry (60 KB budget).
const classify = createClassify(async (raw) => {
  const message: MimeMessage = { type: 'whybounce:mime', raw: typeof raw === 'string' ? raw : new TextDecoder().decode(raw) };
  const parts: unknown = await ext.runtime.sendMessage(message);
  if (!isMessageParts(parts)) throw new Error('no MIME reading from the background');
  return parts;
});
boot(gmailAdapter(), classify);
