// @vitest-environment happy-dom
/**
 * The runner's lifecycle on saved Gmail and Outlook pages, with a stand-in classifier so that
 * what is tested is mounting, idempotency, navigation, dismissal and the source upgrade, not
 * the classifier's accuracy (real-classifier.test.ts covers that).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../../src/core/index.js';
import { hostAttribute } from '../../src/content/banner.js';
import { gmailAdapter } from '../../src/content/gmail/adapter.js';
import { outlookAdapter } from '../../src/content/outlook/adapter.js';
import { memoryStore } from '../../src/content/settings.js';
import { explainLocally } from '../../src/content/explain-local.js';
import type { Locale } from '../../src/content/locale.js';
import { fixtureIndex, gmailUrl, hosts, loadPage, notABounce, run, verdict, type Harness } from './helpers.js';

/** Text from a notice sender is a bounce; everything else is ordinary mail. */
const textClassifier = (text: string): Verdict =>
  /^From: .*(mailer-daemon|postmaster)/im.test(text) && !/maintenance/i.test(text)
    ? verdict('bounce', 'bad-mailbox', 'hard', ['kijitora@example.jp'], 'text')
    : notABounce;

const gmailIndex = fixtureIndex('gmail');

let harness: Harness | undefined;
afterEach(() => {
  harness?.controller.abort();
  harness = undefined;
});

function gmailRun(options: { raw?: (url: string) => string | null; classify?: (raw: string) => Verdict; store?: ReturnType<typeof memoryStore> } = {}) {
  const fetched: string[] = [];
  const adapter = gmailAdapter({
    fetchSource: async (url) => {
      fetched.push(url);
      return options.raw ? options.raw(url) : null;
    },
  });
  harness = run(adapter, {
    classifyText: textClassifier,
    classify: async (input) => (options.classify ? options.classify(String(input)) : notABounce),
    ...(options.store ? { store: options.store } : {}),
  });
  return { harness, fetched };
}

describe('runner on Gmail pages', () => {
  it('puts one banner before the body of every expanded bounce, none on ordinary or collapsed messages', async () => {
    loadPage('gmail', 'thread-several-bounces.html');
    const { harness } = gmailRun();
    await harness.runner.settled();
    const expected = gmailIndex['thread-several-bounces.html']!.messages.filter((m) => m.bounce && !m.collapsed);
    const shown = hosts();
    expect(shown.map((h) => h.getAttribute(hostAttribute))).toEqual(expected.map((m) => `gmail:${m.permmsgid}`));
    for (const host of shown) {
      expect(host.nextElementSibling?.classList.contains('a3s')).toBe(true);
      expect(host.getAttribute('data-whybounce-kind')).toBe('bounce');
      expect(host.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
      expect(host.getAttribute('data-whybounce-severity')).toBe('hard');
      // No source could be fetched, so the text decided, and the banner says so.
      expect(host.getAttribute('data-whybounce-source')).toBe('text');
      expect(host.shadowRoot?.querySelector('.wb-source')?.textContent).toContain('text on screen');
    }
    expect(harness.counts.at(-1)).toBe(expected.length);
  });

  it('never adds a second banner: rescans, re-renders of a message, navigation away and back', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const { harness, fetched } = gmailRun({ raw: () => 'From: x\n\nraw', classify: () => verdict('bounce', 'bad-mailbox', 'hard', ['a@example.de'], 'message') });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
    const fetchesAfterFirst = fetched.length;

    await harness.runner.scanNow();
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(1);

    // Gmail re-renders a message: the same message, new nodes.
    const container = document.querySelector(`[data-message-id="#msg-f:1790000000000000103"]`)!;
    const copy = container.cloneNode(true) as Element; // the clone carries the old host along
    container.replaceWith(copy);
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.nextElementSibling).toBe(copy.querySelector('.a3s'));

    // Navigate to the inbox (the thread goes away), then back (Gmail builds it anew).
    const main = document.querySelector('[role="main"]')!;
    const thread = main.innerHTML;
    window.location.hash = '#inbox';
    main.replaceChildren();
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(0);
    window.location.hash = '#inbox/FMfcgzQVxRnMlrSbdKpVmVhgrGgmTcLw';
    main.innerHTML = thread;
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(1);
    // The verdict came from the cache: no second fetch for the same message.
    expect(fetched.length).toBe(fetchesAfterFirst);
  });

  it('shows the banner of a collapsed message once it is expanded', async () => {
    loadPage('gmail', 'thread-several-bounces.html');
    const { harness } = gmailRun();
    await harness.runner.settled();
    const before = hosts().length;
    const collapsed = gmailIndex['thread-several-bounces.html']!.messages.find((m) => m.collapsed)!;
    const container = document.querySelector(`[data-message-id="#${collapsed.permmsgid}"]`)!;
    const body = document.createElement('div');
    body.className = 'ii gt';
    const inner = document.createElement('div');
    inner.className = 'a3s aiL';
    inner.textContent = 'Delivery to the following recipient failed permanently: kijitora@example.or.jp';
    body.appendChild(inner);
    container.appendChild(body);
    await new Promise((resolve) => setTimeout(resolve, 60)); // the observer's debounce
    await harness.runner.settled();
    expect(hosts()).toHaveLength(before + 1);
  });

  it('upgrades the banner to the verdict of the original source', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const { harness, fetched } = gmailRun({
      raw: () => 'Received: by x\nFrom: mailer-daemon@googlemail.com\n\nraw',
      classify: () => verdict('bounce', 'quota-issues', 'soft', ['kijitora@example.de'], 'message'),
    });
    await harness.runner.settled();
    const [host] = hosts();
    expect(fetched).toEqual(['https://mail.google.com/mail/u/0/?ik=9a3ca749ae&view=om&permmsgid=msg-f:1790000000000000103']);
    expect(host!.getAttribute('data-whybounce-category')).toBe('quota-issues');
    expect(host!.getAttribute('data-whybounce-severity')).toBe('soft');
    expect(host!.getAttribute('data-whybounce-source')).toBe('message');
    expect(host!.shadowRoot!.querySelector('.wb-source')!.textContent).toContain('original message');
  });

  it('asks for the source again later when it could not be had, and not when the page offers none', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    let fetches = 0;
    const source = 'Received: by x\nFrom: mailer-daemon@googlemail.com\n\nraw';
    harness = run(
      gmailAdapter({
        fetchSource: async () => {
          fetches++;
          if (fetches === 1) throw new Error('network');
          return source;
        },
      }),
      { classifyText: textClassifier, classify: async () => verdict('bounce', 'quota-issues', 'soft', ['kijitora@example.de'], 'message'), retryMs: 150 },
    );
    await harness.runner.settled();
    // The text's verdict meanwhile.
    expect(fetches).toBe(1);
    expect(hosts()[0]!.getAttribute('data-whybounce-source')).toBe('text');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await harness.runner.settled();
    expect(fetches).toBe(2);
    expect(hosts()[0]!.getAttribute('data-whybounce-source')).toBe('message');
    expect(hosts()[0]!.getAttribute('data-whybounce-category')).toBe('quota-issues');
    harness.controller.abort();

    loadPage('gmail', 'thread-bounce-under-original.html');
    let none = 0;
    harness = run(gmailAdapter({ fetchSource: async () => (none++, null) }), { classifyText: textClassifier, classify: async () => notABounce, retryMs: 5 });
    await harness.runner.settled();
    await new Promise((resolve) => setTimeout(resolve, 40));
    await harness.runner.settled();
    expect(none).toBe(1);
    expect(hosts()[0]!.getAttribute('data-whybounce-source')).toBe('text');
  });

  it('gives up asking for a source that stays out of reach after a few tries', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    let fetches = 0;
    harness = run(
      gmailAdapter({
        fetchSource: async () => {
          fetches++;
          throw new Error('network');
        },
      }),
      { classifyText: textClassifier, classify: async () => notABounce, retryMs: 2 },
    );
    await harness.runner.settled();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await harness.runner.settled();
    // The first try and three more.
    expect(fetches).toBe(4);
    expect(hosts()[0]!.getAttribute('data-whybounce-source')).toBe('text');
  });

  it('removes the banner when the full message shows it is not a bounce', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const { harness } = gmailRun({ raw: () => 'From: a\n\nforwarded', classify: () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
  });

  it('fetches the source of a notice-looking sender only, and marks no ordinary mail', async () => {
    loadPage('gmail', 'ordinary-thread.html');
    const { harness, fetched } = gmailRun({ raw: () => 'From: postmaster@example.org\n\nmaintenance', classify: () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
    // Only the postmaster's message was worth a look at its source.
    expect(fetched).toHaveLength(1);
    expect(harness.counts.at(-1)).toBe(0);
  });

  it('cancels a source fetch when the user navigates away', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    let seen: AbortSignal | undefined;
    const adapter = gmailAdapter({
      fetchSource: (_url, signal) => {
        seen = signal;
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
      },
    });
    harness = run(adapter, { classifyText: textClassifier, classify: async () => notABounce });
    // Until the fetch has started (a fixed wait failed on a loaded machine).
    for (let i = 0; i < 200 && !seen; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen?.aborted).toBe(false);
    window.location.hash = '#sent';
    await harness.runner.scanNow();
    expect(seen?.aborted).toBe(true);
    window.location.hash = new URL(gmailUrl).hash;
  });

  it('keeps a dismissed banner hidden, on this page and the next', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const store = memoryStore();
    const { harness } = gmailRun({ store });
    await harness.runner.settled();
    const button = hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.wb-dismiss')!;
    expect(button.textContent).toBe('Hide');
    button.click();
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(0);
    expect([...(await store.getDismissed())]).toEqual(['gmail:msg-f:1790000000000000103']);
    harness.controller.abort();

    loadPage('gmail', 'thread-bounce-under-original.html');
    const second = gmailRun({ store });
    await second.harness.runner.settled();
    expect(hosts()).toHaveLength(0);

    // Restoring dismissed banners in the options brings it back.
    await store.clearDismissed();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await second.harness.runner.settled();
    expect(hosts()).toHaveLength(1);
  });

  it('speaks the language chosen in the options, and follows a change', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const store = memoryStore({ locale: 'it' });
    const { harness } = gmailRun({ store });
    await harness.runner.settled();
    const root = () => hosts()[0]!.shadowRoot!;
    expect(root().querySelector('.wb-dismiss')!.textContent).toBe('Nascondi');
    expect(root().querySelector('.wb-card')!.getAttribute('lang')).toBe('it');
    await store.setLocale('de');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await harness.runner.settled();
    expect(root().querySelector('.wb-dismiss')!.textContent).toBe('Ausblenden');
  });

  it('stops watching when its signal aborts', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const spy = vi.fn(textClassifier);
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: spy, classify: async () => notABounce });
    await harness.runner.settled();
    const calls = spy.mock.calls.length;
    harness.controller.abort();
    document.querySelector('.a3s')!.appendChild(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(spy.mock.calls.length).toBe(calls);
  });
});

describe('runner on bodies the webmail renders late', () => {
  const failure = 'Delivery to the following recipient failed permanently: kijitora@example.jp';
  /** Reads only the body: a bounce when the failure sentence is on screen. */
  const bodyClassifier = vi.fn((text: string): Verdict => (text.includes(failure) ? verdict('bounce', 'bad-mailbox', 'hard') : notABounce));
  const settle = async (h: Harness) => {
    await new Promise((resolve) => setTimeout(resolve, 40)); // the observer's debounce
    await h.runner.settled();
  };

  /** The bounce of the saved thread, sent by a person-looking address and not rendered yet. */
  function lateBounce() {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const id = gmailIndex['thread-bounce-under-original.html']!.messages.find((m) => m.bounce)!.permmsgid!;
    const container = document.querySelector(`[data-message-id="#${id}"]`)!;
    const sender = container.querySelector('span.gD')!;
    sender.setAttribute('email', 'it-helpdesk@example.org');
    sender.setAttribute('name', 'IT helpdesk');
    const body = container.querySelector('.a3s')!;
    body.replaceChildren();
    return { id, body };
  }

  it('reads a body again when its text grows, and shows the banner once it says bounce', async () => {
    const { id, body } = lateBounce();
    const fetched: string[] = [];
    bodyClassifier.mockClear();
    harness = run(gmailAdapter({ fetchSource: async (url) => (fetched.push(url), null) }), { classifyText: bodyClassifier, classify: async () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
    // Not a notice sender and nothing on screen: no reason to fetch the source yet.
    expect(fetched).toHaveLength(0);

    body.append('This is an automatically generated message. ');
    await settle(harness);
    expect(hosts()).toHaveLength(0);
    body.append(failure);
    await settle(harness);
    expect(hosts().map((h) => h.getAttribute(hostAttribute))).toEqual([`gmail:${id}`]);
    // Now it reads like a bounce: the source is asked for, once.
    expect(fetched).toHaveLength(1);

    // Rescans of an unchanged body read nothing again and add nothing.
    const reads = bodyClassifier.mock.calls.length;
    await harness.runner.scanNow();
    await harness.runner.scanNow();
    expect(bodyClassifier.mock.calls.length).toBe(reads);
    expect(hosts()).toHaveLength(1);

    // More text arrives (a quoted original): read again, still one banner, no second fetch.
    body.append(' Original message follows.');
    await settle(harness);
    expect(bodyClassifier.mock.calls.length).toBe(reads + 1);
    expect(hosts()).toHaveLength(1);
    expect(fetched).toHaveLength(1);
  });

  it('stops re-reading a body that never stops changing', async () => {
    const { body } = lateBounce();
    bodyClassifier.mockClear();
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: bodyClassifier, classify: async () => notABounce });
    await harness.runner.settled();
    for (let i = 0; i < 20; i++) {
      body.textContent = `Live counter: ${'x'.repeat(i)}`;
      await harness.runner.scanNow();
    }
    expect(bodyClassifier.mock.calls.length).toBeLessThanOrEqual(3 + 8);
  });

  it('keeps the verdict of the original source when the text on screen changes', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const spy = vi.fn(textClassifier);
    harness = run(gmailAdapter({ fetchSource: async () => 'From: x\n\nraw' }), {
      classifyText: spy,
      classify: async () => verdict('bounce', 'quota-issues', 'soft', ['kijitora@example.de'], 'message'),
    });
    await harness.runner.settled();
    const reads = spy.mock.calls.length;
    document.querySelectorAll('.a3s').forEach((b) => b.append(' more'));
    await new Promise((resolve) => setTimeout(resolve, 40));
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.getAttribute('data-whybounce-source')).toBe('message');
    // Only the message whose verdict came from its text (the original mail) is read again.
    expect(spy.mock.calls.length).toBe(reads + 1);
  });
});

describe('runner on Outlook pages', () => {
  it('marks each NDR of a conversation and leaves the original alone', async () => {
    loadPage('outlook', 'conversation.html');
    harness = run(outlookAdapter(), { classifyText: textClassifier, classify: async () => notABounce });
    await harness.runner.settled();
    const expected = fixtureIndex('outlook')['conversation.html']!.messages.filter((m) => m.bounce).length;
    expect(hosts()).toHaveLength(expected);
    for (const host of hosts()) {
      // Before the body's ARIA document, or before the body itself when it has none.
      expect(host.nextElementSibling?.matches('[role="document"], [id^="UniqueMessageBody"]')).toBe(true);
      expect(host.getAttribute('data-whybounce-source')).toBe('text');
    }
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(expected);
  });

  /** Reads only the body: a bounce when Exchange's "wasn't found" sentence is on screen. */
  const ndrClassifier = (text: string): Verdict =>
    /wasn't found at the destination domain/.test(text) ? verdict('bounce', 'bad-mailbox', 'hard', ['kijitora@example.jp'], 'text') : notABounce;
  const dismissFirst = () => hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.wb-dismiss')!.click();

  it('keeps a hidden NDR hidden while Outlook fills its body in lazily', async () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const body = document.querySelector('[id^="UniqueMessageBody"]')!;
    const full = Array.from(body.childNodes);
    body.replaceChildren();
    const store = memoryStore();
    harness = run(outlookAdapter(), { classifyText: ndrClassifier, classify: async () => notABounce, store });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
    body.append(...full);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
    const key = hosts()[0]!.getAttribute(hostAttribute)!;
    dismissFirst();
    await harness.runner.scanNow();
    expect([...(await store.getDismissed())]).toEqual([key]);
    // Outlook adds the rest of the message (a quoted original, images' alt text): still hidden.
    body.append(' The original message follows.');
    await new Promise((resolve) => setTimeout(resolve, 40));
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
  });

  it('hides one of two identical NDRs and leaves the other\'s banner alone', async () => {
    loadPage('outlook', 'ndr-reading-pane.html');
    const item = document.querySelector('[aria-expanded="true"]')!;
    const twin = item.cloneNode(true) as Element;
    item.after(twin);
    harness = run(outlookAdapter(), { classifyText: ndrClassifier, classify: async () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(2);
    expect(new Set(hosts().map((h) => h.getAttribute(hostAttribute))).size).toBe(2);
    dismissFirst();
    await harness.runner.scanNow();
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(1);
    expect(twin.contains(hosts()[0]!)).toBe(true);
  });

  it('marks nothing on ordinary mail', async () => {
    loadPage('outlook', 'ordinary.html');
    harness = run(outlookAdapter(), { classifyText: textClassifier, classify: async () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
  });
});

describe('runner with verdicts that arrive later (the background classifies)', () => {
  const later = <T>(value: T, ms = 150) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  it('shows the banners when the verdicts arrive, and a rescan meanwhile reads nothing twice', async () => {
    loadPage('gmail', 'thread-several-bounces.html');
    const spy = vi.fn((text: string) => later(textClassifier(text)));
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: spy, classify: async () => notABounce });
    const open = gmailAdapter().findOpenMessages(document).length;
    // Two rescans while the first readings are still out.
    await Promise.all([harness.runner.scanNow(), harness.runner.scanNow()]);
    await harness.runner.settled();
    expect(spy.mock.calls.length).toBe(open);
    const expected = gmailIndex['thread-several-bounces.html']!.messages.filter((m) => m.bounce && !m.collapsed);
    expect(hosts().map((h) => h.getAttribute(hostAttribute))).toEqual(expected.map((m) => `gmail:${m.permmsgid}`));
    expect(harness.counts.at(-1)).toBe(expected.length);
  });

  it('asks again for the words in the chosen language when the background could not give them (the banner speaks English meanwhile)', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const store = memoryStore({ locale: 'it' });
    let fail = true;
    const explain = vi.fn(async (v: Verdict, locale: Locale) => {
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return explainLocally(v, locale);
    });
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: textClassifier, classify: async () => notABounce, store, explain, retryMs: 5 });
    await harness.runner.settled();
    const root = () => hosts()[0]!.shadowRoot!;
    expect(root().querySelector('.wb-card')!.getAttribute('lang')).toBe('en');
    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await harness.runner.settled();
    expect(root().querySelector('.wb-card')!.getAttribute('lang')).toBe('it');
    expect(root().querySelector('.wb-dismiss')!.textContent).toBe('Nascondi');
  });

  it('gives up asking for the words after a few tries while the background stays unreachable', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const explain = vi.fn(async () => {
      throw new Error('no background');
    });
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: textClassifier, classify: async () => notABounce, store: memoryStore({ locale: 'fr' }), explain, retryMs: 2 });
    await harness.runner.settled();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await harness.runner.settled();
    expect(explain.mock.calls.length).toBeGreaterThan(1);
    expect(explain.mock.calls.length).toBeLessThanOrEqual(4);
    expect(hosts()[0]!.shadowRoot!.querySelector('.wb-card')!.getAttribute('lang')).toBe('en');
  });

  it('tries again on the next rescan when the background gave no verdict', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    let fail = true;
    const spy = vi.fn((text: string) => (fail ? Promise.reject(new Error('no background')) : later(textClassifier(text))));
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: spy, classify: async () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
    fail = false;
    await harness.runner.scanNow();
    expect(hosts()).toHaveLength(1);
  });

  it('tries again by itself on a page that does not change, when the background gave no verdict', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    let fail = true;
    const spy = vi.fn((text: string) => (fail ? Promise.reject(new Error('no background')) : later(textClassifier(text))));
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: spy, classify: async () => notABounce, retryMs: 5 });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
  });

  it('takes a later verdict that says "not a bounce" as it comes, and the banner goes', async () => {
    const { body } = (() => {
      loadPage('gmail', 'thread-bounce-under-original.html');
      const id = gmailIndex['thread-bounce-under-original.html']!.messages.find((m) => m.bounce)!.permmsgid!;
      return { body: document.querySelector(`[data-message-id="#${id}"] .a3s`)! };
    })();
    const spy = vi.fn((text: string) => later(/retracted/.test(text) ? notABounce : textClassifier(text)));
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: spy, classify: async () => notABounce });
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
    body.append(' retracted');
    await new Promise((resolve) => setTimeout(resolve, 40));
    await harness.runner.settled();
    expect(hosts()).toHaveLength(0);
    expect(harness.counts.at(-1)).toBe(0);
  });
});
