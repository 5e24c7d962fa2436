// @vitest-environment happy-dom
/**
 * The banner for every user: valid structure with several recipients, a theme that follows the
 * page's own background, Hide that leaves focus on an Undo, and a copied summary that says
 * whether to keep the address.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost, hiddenAttribute, pageTheme, renderInto, themeAttribute } from '../../src/content/banner.js';
import { renderCard } from '../../src/content/card.js';
import { explainLocally } from '../../src/content/explain-local.js';
import { summaryText } from '../../src/content/explanation.js';
import { gmailAdapter } from '../../src/content/gmail/adapter.js';
import { translator } from '../../src/content/i18n.js';
import { memoryStore } from '../../src/content/settings.js';
import type { Verdict } from '../../src/core/index.js';
import { hosts, loadPage, notABounce, run, verdict, type Harness } from './helpers.js';

let harness: Harness | undefined;
afterEach(() => {
  harness?.controller.abort();
  harness = undefined;
});

describe('banner structure', () => {
  it('keeps the technical details valid with several recipients: each address outside its <dl>', () => {
    const v = verdict('bounce', 'bad-mailbox', 'hard', ['a@example.jp', 'b@example.jp', 'c@example.jp']);
    const card = renderCard(explainLocally(v, 'en'), v, { doc: document, t: translator('en'), locale: 'en' });
    const lists = Array.from(card.querySelectorAll('.wb-tech dl'));
    expect(lists).toHaveLength(3);
    for (const dl of lists) {
      expect(Array.from(dl.children).map((c) => c.tagName.toLowerCase()).every((tag) => tag === 'dt' || tag === 'dd')).toBe(true);
      expect(dl.previousElementSibling!.classList.contains('wb-who')).toBe(true);
    }
    expect(Array.from(card.querySelectorAll('.wb-tech .wb-who')).map((w) => w.textContent)).toEqual(['a@example.jp', 'b@example.jp', 'c@example.jp']);
    const summary = card.querySelector('.wb-tech summary')!;
    expect(summary.parentElement!.tagName.toLowerCase()).toBe('details');
  });

  it('is a region named in its language, with a Hide button', () => {
    const v = verdict('bounce', 'bad-mailbox', 'hard');
    const card = renderCard(explainLocally(v, 'de'), v, { doc: document, t: translator('de'), locale: 'de', onDismiss: () => {} });
    expect(card.getAttribute('role')).toBe('region');
    expect(card.getAttribute('aria-label')).toBe(translator('de')('bannerLabel'));
    const hide = card.querySelector('button.wb-dismiss')!;
    expect(hide.getAttribute('type')).toBe('button');
    expect(hide.textContent).toBe('Ausblenden');
  });

  it('copies a summary that says whether to keep or remove the address', () => {
    const t = translator('en');
    const hard = verdict('bounce', 'bad-mailbox', 'hard', ['a@example.jp']);
    const soft = verdict('bounce', 'quota-issues', 'soft', ['a@example.jp']);
    const hardWords = explainLocally(hard, 'en');
    const softWords = explainLocally(soft, 'en');
    expect(hardWords.action).toBe('remove');
    expect(softWords.action).toBe('keep');
    expect(summaryText(hardWords, t)).toContain(hardWords.actionText || t('actionRemove'));
    expect(summaryText(softWords, t)).toContain(softWords.actionText || t('actionKeep'));
  });

  it("copies each group's keep/remove line when the addresses' outcomes differ", () => {
    const t = translator('en');
    const hard = verdict('bounce', 'bad-mailbox', 'hard', ['gone@example.jp']);
    const soft = verdict('bounce', 'quota-issues', 'soft', ['full@example.jp']);
    const mixed: Verdict = { ...hard, recipients: [...hard.recipients, { ...soft.recipients[0]!, reason: 'mailboxfull' }] };
    const words = explainLocally(mixed, 'en');
    expect(words.groups.length).toBe(2);
    const text = summaryText(words, t);
    for (const g of words.groups) {
      expect(g.actionText).not.toBe('');
      expect(text).toContain(`${g.addresses.join(', ')}: ${g.actionText}`);
    }
  });
});

describe('banner theme', () => {
  const mount = (style: string) => {
    const page = document.createElement('div');
    page.setAttribute('style', style);
    const inner = document.createElement('div');
    page.appendChild(inner);
    document.body.replaceChildren(page);
    return inner;
  };

  it("follows the page's own background, not the system's colour scheme", () => {
    expect(pageTheme(mount('background-color: rgb(32, 33, 36); color: rgb(232, 234, 237)'))).toBe('dark');
    expect(pageTheme(mount('background-color: rgb(255, 255, 255); color: rgb(31, 31, 31)'))).toBe('light');
    // A see-through layer says nothing: the opaque one under it decides.
    expect(pageTheme(mount('background-color: rgba(255, 255, 255, 0.1)'))).not.toBe('dark');
  });

  it("reads each ancestor's style once for all the banners of a frame, with the same answers", () => {
    const page = mount('background-color: rgb(32, 33, 36); color: rgb(232, 234, 237)');
    const bodies = [0, 1, 2].map(() => {
      const wrapper = document.createElement('div');
      const body = document.createElement('div');
      wrapper.appendChild(body);
      page.appendChild(wrapper);
      return body;
    });
    const transparent = document.createElement('div');
    document.body.appendChild(transparent);
    const read = vi.spyOn(window, 'getComputedStyle');
    const alone = [...bodies, transparent].map((b) => pageTheme(b));
    const readsAlone = read.mock.calls.length;
    read.mockClear();
    const seen = new Map<Element, 'light' | 'dark' | null>();
    const shared = [...bodies, transparent].map((b) => pageTheme(b, seen));
    expect(shared).toEqual(alone);
    expect(shared.slice(0, 3)).toEqual(['dark', 'dark', 'dark']);
    // Each body and its wrapper, the page once; the element with no background up to the root
    // still reads its own text colour.
    expect(read.mock.calls.length).toBeLessThan(readsAlone);
    expect(read.mock.calls.filter(([e]) => e === page)).toHaveLength(1);
    read.mockRestore();
  });

  it('marks its host with the theme, and follows a switch on the next render (at the next frame, before it is painted)', async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const parent = mount('background-color: rgb(31, 31, 31)');
    const host = createHost(document, 'k');
    parent.appendChild(host);
    const v = verdict('bounce', 'bad-mailbox', 'hard');
    const content = { verdict: v, explanation: explainLocally(v, 'en'), card: { doc: document, t: translator('en'), locale: 'en' as const } };
    renderInto(host, content);
    await frame();
    expect(host.getAttribute(themeAttribute)).toBe('dark');
    parent.parentElement!.setAttribute('style', 'background-color: rgb(246, 248, 252)');
    parent.setAttribute('style', '');
    renderInto(host, content);
    await frame();
    expect(host.getAttribute(themeAttribute)).toBe('light');
  });
});

describe('Hide and Undo', () => {
  const textClassifier = (text: string): Verdict =>
    /^From: .*(mailer-daemon|postmaster)/im.test(text) ? verdict('bounce', 'bad-mailbox', 'hard', ['kijitora@example.jp'], 'text') : notABounce;

  it('leaves a note whose Undo takes the focus, and Undo brings the banner back with focus on Hide', async () => {
    loadPage('gmail', 'thread-bounce-under-original.html');
    const store = memoryStore();
    harness = run(gmailAdapter({ fetchSource: async () => null }), { classifyText: textClassifier, classify: async () => notABounce, store });
    await harness.runner.settled();
    const [host] = hosts();
    const key = host!.getAttribute('data-whybounce-host')!;
    const hide = host!.shadowRoot!.querySelector<HTMLButtonElement>('.wb-dismiss')!;
    hide.focus();
    hide.click();
    await harness.runner.scanNow();
    // No banner any more (nor in the toolbar count), but a note in its place.
    expect(hosts()).toHaveLength(0);
    expect(harness.counts.at(-1)).toBe(0);
    const note = document.querySelector<HTMLElement>(`[${hiddenAttribute}]`)!;
    expect(note.getAttribute(hiddenAttribute)).toBe(key);
    const undo = note.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    expect(undo.textContent).toBe('Undo');
    expect(note.shadowRoot!.activeElement).toBe(undo);
    expect([...(await store.getDismissed())]).toEqual([key]);

    undo.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await harness.runner.settled();
    expect(hosts()).toHaveLength(1);
    expect(document.querySelector(`[${hiddenAttribute}]`)).toBeNull();
    expect([...(await store.getDismissed())]).toEqual([]);
    expect(hosts()[0]!.shadowRoot!.activeElement).toBe(hosts()[0]!.shadowRoot!.querySelector('.wb-dismiss'));
  });
});
