/**
 * The classifier for a message source, with its MIME decoding done by the background: most
 * notices are 7-bit and read in place; for the few that need decoding (base64, quoted-printable,
 * charsets) the background runs postal-mime, which the content scripts do not carry (size budget).
 */
import { createClassify } from '../core/classify.js';
import { ext } from './ext.js';
import { isMessageParts, type MimeMessage } from './messages.js';

export const classifyWithBackgroundMime = createClassify(async (raw) => {
  const message: MimeMessage = { type: 'whybounce:mime', raw: typeof raw === 'string' ? raw : new TextDecoder().decode(raw) };
  const parts: unknown = await ext.runtime.sendMessage(message);
  if (!isMessageParts(parts)) throw new Error('no MIME reading from the background');
  return parts;
});
