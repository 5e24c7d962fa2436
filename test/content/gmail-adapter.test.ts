// @vitest-environment happy-dom
/** The Gmail selectors and adapter against saved conversation pages. */
import { describe, expect, it } from 'vitest';
import { gmailAdapter, subjectOf } from '../../src/content/gmail/adapter.js';
import { maxInputBytes } from '../../src/core/index.js';
import { accountIndex, fetchOriginal, findIk, maxSourceBytes, originalSourceUrl, permMsgId, rawFromOriginalPage, readBounded } from '../../src/content/gmail/source.js';
import { fixtureIndex, loadPage, type FixtureMessage } from './helpers.js';

const index = fixtureIndex('gmail');

describe('gmail adapter on saved pages', () => {
  it('finds the expanded messages of a thread and skips collapsed ones', () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const messages = gmailAdapter().findOpenMessages(document);
    const expected = index['thread-bounce-under-original.html']!.messages.filter((m) => !m.collapsed);
    expect(messages.map((m) => m.key)).toEqual(expected.map((m) => `gmail:${m.permmsgid}`));
    for (const m of messages) {
      expect(m.body.classList.contains('a3s')).toBe(true);
      expect(m.container.contains(m.body)).toBe(true);
    }
  });

  it('reads the sender, the thread subject and the body as text', () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const [original, bounce] = gmailAdapter().findOpenMessages(document);
    expect(subjectOf(document)).toBe('Nyaan');
    expect(original!.mightBeNotice).toBe(false);
    expect(bounce!.mightBeNotice).toBe(true);
    const text = bounce!.readText();
    expect(text.startsWith('From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Nyaan\n\n')).toBe(true);
    expect(text).toContain('Address not found');
    expect(text).toContain('550 #5.1.0 Address rejected.');
    // Block elements become line breaks, as a person sees them.
    expect(text).toMatch(/The response from the remote server was:\n+550 #5\.1\.0/);
  });

  it('keeps one entry per message in a thread of several notices', () => {
    loadPage('gmail', 'thread-several-bounces.html');
    const messages = gmailAdapter().findOpenMessages(document);
    const entries = index['thread-several-bounces.html']!.messages;
    expect(messages).toHaveLength(entries.filter((m) => !m.collapsed).length);
    expect(new Set(messages.map((m) => m.key)).size).toBe(messages.length);
  });

  it('reads every message of the fallback page through its fallback selector', () => {
    loadPage('gmail', 'fallbacks.html');
    const entries = index['fallbacks.html']!.messages as (FixtureMessage & { fallback: string; sender: string })[];
    expect(entries.map((e) => e.fallback)).toEqual(['message', 'body', 'sender-h3', 'sender-any', 'no-sender']);
    // The primary anchors are gone where each fallback is to work.
    expect(document.querySelector('h2.hP, script')).toBeNull();
    expect(document.querySelectorAll('div.adn[data-message-id]')).toHaveLength(4);
    expect(document.querySelectorAll('div.a3s')).toHaveLength(4);
    expect(document.querySelectorAll('span.gD[email]')).toHaveLength(2);
    const messages = gmailAdapter().findOpenMessages(document);
    expect(messages.map((m) => m.key)).toEqual(entries.map((e) => `gmail:${e.permmsgid}`));
    expect(subjectOf(document)).toBe('Fallbacks');
    expect(findIk(document)).toBe('5f3e2d1c0b');
    for (const [i, m] of messages.entries()) {
      const text = m.readText();
      expect(/^From: (.*)$/m.exec(text)?.[1], entries[i]!.fallback).toBe(entries[i]!.sender);
      expect(text, entries[i]!.fallback).toContain('550 5.1.1');
      expect(m.container.contains(m.body)).toBe(true);
    }
    expect(messages[1]!.body.classList.contains('a3s')).toBe(false);
    expect(messages[1]!.body.parentElement!.matches('div.ii.gt')).toBe(true);
  });

  it("never takes the recipient ('to me', g2) for the sender", () => {
    loadPage('gmail', 'fallbacks.html');
    const last = gmailAdapter().findOpenMessages(document).at(-1)!;
    expect(last.container.querySelector('span.g2[email="me@example.org"]')).not.toBeNull();
    expect(last.readText()).toMatch(/^From: \nSubject: Fallbacks\n/);
    expect(last.mightBeNotice).toBe(false);
  });

  it('finds all 200 messages of a long thread', () => {
    loadPage('gmail', 'thread-200-messages.html');
    expect(gmailAdapter().findOpenMessages(document)).toHaveLength(200);
  });

  it('reads the ik key from GLOBALS, and builds the same-origin original-source URL', () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    expect(findIk(document)).toBe('9a3ca749ae');
    expect(accountIndex('/mail/u/2/')).toBe('2');
    expect(accountIndex('/mail/')).toBe('0');
    expect(originalSourceUrl('https://mail.google.com', '0', '9a3ca749ae', 'msg-f:1790000000000000103')).toBe(
      'https://mail.google.com/mail/u/0/?ik=9a3ca749ae&view=om&permmsgid=msg-f:1790000000000000103',
    );
    expect(originalSourceUrl('https://mail.google.com', '1', '', 'msg-f:1')).toBe('https://mail.google.com/mail/u/1/?view=om&permmsgid=msg-f:1');
  });

  it('falls back to a data-ik attribute when there is no GLOBALS script', () => {
    document.documentElement.innerHTML = '<head></head><body><div data-ik="0123abcd"></div></body>';
    expect(findIk(document)).toBe('0123abcd');
  });

  it('derives permmsgid from the legacy hex id when data-message-id is missing', () => {
    const element = document.createElement('div');
    element.setAttribute('data-legacy-message-id', '18d7a0c0e0f00001');
    expect(permMsgId(element)).toBe(`msg-f:${BigInt('0x18d7a0c0e0f00001')}`);
    element.setAttribute('data-message-id', '#msg-f:42');
    expect(permMsgId(element)).toBe('msg-f:42');
    element.setAttribute('data-message-id', '#thread-f:1');
    element.removeAttribute('data-legacy-message-id');
    expect(permMsgId(element)).toBe('');
  });

  it('extracts the raw message from the "Show original" page without parsing HTML', () => {
    const page = '<html><body><div class="raw_message"><pre class="raw_message_text" id="raw_message_text">From: a@example.org\nSubject: x &lt;y&gt; &amp; z &#8217;\n\nbody &lt;img src=x&gt;</pre></div></body></html>';
    expect(rawFromOriginalPage(page)).toBe('From: a@example.org\nSubject: x <y> & z \u2019\n\nbody <img src=x>');
    expect(rawFromOriginalPage('Received: by x\nFrom: a\n\nbody')).toBe('Received: by x\nFrom: a\n\nbody');
    expect(rawFromOriginalPage('<html><body>Sign in</body></html>')).toBeNull();
  });

  it('fetches same-origin without following redirects, and gives up on anything but the page', async () => {
    const calls: RequestInit[] = [];
    const answer = (response: Response) => async (_url: string, init: RequestInit) => {
      calls.push(init);
      return response;
    };
    const signal = new AbortController().signal;
    const page = '<pre id="raw_message_text">From: a@example.org\n\nx</pre>';
    expect(await fetchOriginal('https://mail.google.com/mail/u/0/?view=om&permmsgid=msg-f:1', signal, answer(new Response(page)))).toBe('From: a@example.org\n\nx');
    expect(calls[0]).toMatchObject({ credentials: 'same-origin', redirect: 'manual' });
    expect(await fetchOriginal('u', signal, answer(new Response('denied', { status: 403 })))).toBeNull();
    expect(await fetchOriginal('u', signal, answer(new Response('<html>Sign in</html>')))).toBeNull();
    // Gmail busy: no source this time, one to ask for again later (the runner does).
    await expect(fetchOriginal('u', signal, answer(new Response('later', { status: 503 })))).rejects.toThrow('503');
    await expect(fetchOriginal('u', signal, answer(new Response('slow down', { status: 429 })))).rejects.toThrow('429');
    expect(await fetchOriginal('u', signal, answer(new Response('no such message', { status: 404 })))).toBeNull();
  });

  it('reads at most the limit of a huge source and stops downloading', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode('x'.repeat(65536));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const text = await readBounded(new Response(stream), 200_000);
    expect(text).toHaveLength(200_000);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('decodes the page with the charset its Content-Type names, else as UTF-8', async () => {
    // "Società" in ISO-8859-1 (one byte for "à") and in UTF-8 (two).
    const latin1 = Uint8Array.from([83, 111, 99, 105, 101, 116, 0xe0]);
    const utf8 = new TextEncoder().encode('Società');
    const typed = (bytes: Uint8Array<ArrayBuffer>, type?: string) => new Response(bytes, type ? { headers: { 'Content-Type': type } } : {});
    expect(await readBounded(typed(latin1, 'text/html; charset=ISO-8859-1'), 1000)).toBe('Società');
    expect(await readBounded(typed(latin1, 'text/plain;charset="windows-1252"'), 1000)).toBe('Società');
    expect(await readBounded(typed(utf8, 'text/html; charset=UTF-8'), 1000)).toBe('Società');
    expect(await readBounded(typed(utf8), 1000)).toBe('Società');
    // A label the Encoding Standard does not know: UTF-8, as a browser falls back.
    expect(await readBounded(typed(utf8, 'text/html; charset=x-no-such-charset'), 1000)).toBe('Società');
    const raw = await fetchOriginal('u', new AbortController().signal, async () => typed(Uint8Array.from([...new TextEncoder().encode('<pre id="raw_message_text">Subject: '), ...latin1, 60, 47, 112, 114, 101, 62]), 'text/html; charset=iso-8859-1'));
    expect(raw).toBe('Subject: Società');
  });

  it('downloads about twice what the core reads (the page is entity-escaped), not megabytes more', async () => {
    expect(maxSourceBytes).toBe(2 * maxInputBytes);
    let pulled = 0;
    // A notice's headers as the page escapes them: a few entities a line.
    const chunk = new TextEncoder().encode('Received: from mx.example.org (&lt;mx.example.org&gt; [192.0.2.1]) by mx.example.net\n'.repeat(800));
    const head = new TextEncoder().encode('<html><body><pre id="raw_message_text">From: a@example.org\n\n');
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(pulled++ === 0 ? head : chunk);
      },
    });
    const raw = await fetchOriginal('u', new AbortController().signal, async () => new Response(stream));
    // Streams pull a chunk or two ahead of the reader; nothing like the 8 MiB read before.
    expect(pulled * chunk.length).toBeLessThan(maxSourceBytes + 4 * chunk.length);
    // What was read still holds more than the core will look at.
    expect(raw!.length).toBeGreaterThan(maxInputBytes);
  });
});
