/**
 * postal-mime's reading of a message, sorted into the parts the classifier needs. Kept apart from
 * parse/message.ts so that code which must stay small can leave postal-mime out and have another
 * context (the extension's background) run this for it.
 */
import PostalMime from 'postal-mime';
import { htmlToText } from './html.js';
import { attachedRole, type Header, type MessageParts } from './message.js';

const utf8 = new TextDecoder('utf-8');

function decodePart(content: unknown, charset?: string): string {
  if (typeof content === 'string') return content;
  let decoder = utf8;
  if (charset) {
    try {
      decoder = new TextDecoder(charset);
    } catch {
      // An unknown charset label: UTF-8 reads ASCII, which is what notices mostly are.
    }
  }
  if (content instanceof ArrayBuffer) return decoder.decode(new Uint8Array(content));
  if (ArrayBuffer.isView(content)) return decoder.decode(content);
  return '';
}

/** postal-mime's reading of `raw` (whole; parse/message.ts trims it and fixes its line ends first). */
export async function readWithPostalMime(raw: string | Uint8Array): Promise<MessageParts> {
  // The returned original is kept as an attachment so its text does not mix with the notice's.
  const email = await PostalMime.parse(raw, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: 50,
    maxRfc822NestingDepth: 0,
  });
  const headers: Header[] = email.headers.map((h) => ({ key: h.key, value: h.value }));
  const deliveryStatus: string[] = [];
  let feedbackReport = '';
  let original = '';
  let extraText = '';
  for (const a of email.attachments) {
    const type = (a.mimeType || '').toLowerCase();
    const role = attachedRole(type);
    if (role === 'delivery-status') {
      deliveryStatus.push(decodePart(a.content));
    } else if (role === 'feedback-report') {
      feedbackReport ||= decodePart(a.content);
    } else if (role === 'original') {
      original ||= decodePart(a.content);
    } else if (type.startsWith('text/plain') && !a.filename) {
      // Some notices mark their explanation as an inline attachment, or break its Content-Type
      // ("text/plain" then an unfolded "charset=" line), which leaves the charset in the type.
      const charset = /charset\s*=\s*"?([\w.:-]{1,40})/.exec(type)?.[1];
      extraText += `${decodePart(a.content, charset)}\n`;
    }
  }
  let body = email.text ?? '';
  if (!body.trim() && email.html) body = htmlToText(email.html);
  if (extraText) body = `${extraText}${body}`;
  const contentType = (headers.find((h) => h.key === 'content-type')?.value ?? '').toLowerCase();
  return {
    headers,
    subject: email.subject ?? '',
    from: email.from ? `${email.from.name ? `${email.from.name} ` : ''}<${email.from.address ?? ''}>` : '',
    body,
    deliveryStatus,
    feedbackReport,
    original,
    contentType,
  };
}

