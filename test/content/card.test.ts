// @vitest-environment happy-dom
/** The banner card: hostile server words stay inert text; every part is localized. */
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/content/card.js';
import { createHost, renderInto } from '../../src/content/banner.js';
import { explainLocally } from '../../src/content/explain-local.js';
import { fallbackExplanation, isExplanation, summaryText } from '../../src/content/explanation.js';
import { bannerWords, locales, translator } from '../../src/content/i18n.js';
import { wordsTranslator } from '../../src/content/words.js';
import { bounceCategories, categories, type Verdict } from '../../src/core/index.js';
import { verdict } from './helpers.js';

const hostile = '550 5.1.1 <img src=x onerror="window.__xss=1"><script>window.__xss=2</script><style>*{display:none}</style> user unknown \u202emoc.live@nimda';

function hostileVerdict(): Verdict {
  const v = verdict('bounce', 'bad-mailbox', 'hard', ['kijitora@example.com']);
  return { ...v, recipients: v.recipients.map((r) => ({ ...r, diagnostic: hostile, remoteHost: 'mx.<b>example</b>.com' })) };
}

describe('banner card', () => {
  it('shows markup, script, CSS and bidi overrides from the server as inert text', () => {
    const t = translator('en');
    const v = hostileVerdict();
    const host = createHost(document, 'gmail:msg-f:1');
    document.body.appendChild(host);
    renderInto(host, { verdict: v, explanation: explainLocally(v, 'en'), card: { doc: document, t, locale: 'en', source: 'message' } });
    const root = host.shadowRoot!;
    expect(root.querySelector('img, script, b, iframe, object')).toBeNull();
    // Our own stylesheet is the only style (or none, when adopted).
    expect(root.querySelectorAll('style').length).toBeLessThanOrEqual(1);
    const diag = root.querySelector('.wb-diag')!;
    expect(diag.textContent).toContain('<img src=x onerror="window.__xss=1">');
    expect(diag.textContent).toContain('<script>window.__xss=2</script>');
    expect(diag.textContent).toContain('⟨U+202E⟩moc.live@nimda');
    expect(diag.textContent).not.toContain('\u202e');
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
    expect(host.getAttribute('data-whybounce-kind')).toBe('bounce');
    expect(host.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
    expect(host.getAttribute('data-whybounce-severity')).toBe('hard');
  });

  it('renders headline, badge, recipients, technical details and the source line', () => {
    const t = translator('fr');
    const v = verdict('bounce', 'quota-issues', 'soft', ['a@example.jp', 'b@example.jp']);
    const card = renderCard(explainLocally(v, 'fr'), v, { doc: document, t, locale: 'fr', source: 'text', onDismiss: () => {} });
    expect(card.getAttribute('lang')).toBe('fr');
    expect(card.querySelector('.wb-headline')!.textContent).not.toBe('');
    expect(card.querySelector('.wb-head .wb-badge')!.textContent).toBe('Temporaire');
    expect(Array.from(card.querySelectorAll('.wb-recipients li .wb-addr')).map((e) => e.textContent)).toEqual(['a@example.jp', 'b@example.jp']);
    expect(card.querySelector('details.wb-tech summary')!.textContent).toBe('Détails techniques');
    expect(card.querySelector('details.wb-tech')!.hasAttribute('open')).toBe(false);
    expect(card.querySelectorAll('.wb-who')).toHaveLength(2);
    expect(card.querySelector('.wb-source')!.textContent).toBe('Lu dans le texte affiché. · whybounce');
    expect(card.querySelector('.wb-dismiss')!.textContent).toBe('Masquer');
  });

  it('groups addresses that failed the same way, each group with its own advice when outcomes differ', () => {
    const t = translator('it');
    const same = verdict('bounce', 'bad-mailbox', 'hard', ['a@example.jp', 'b@example.jp', 'c@example.jp']);
    const one = renderCard(explainLocally(same, 'it'), same, { doc: document, t, locale: 'it' });
    expect(one.querySelectorAll('.wb-recipients > li')).toHaveLength(1);
    // One group: the card's headline is plural and its summary opens with the group's title, said once.
    expect(one.querySelector('.wb-headline')!.textContent).toBe('Questi indirizzi non esistono');
    expect(one.querySelector('.wb-summary')!.textContent!.startsWith('Tutti e 3 gli indirizzi di example.jp sono stati rifiutati per lo stesso motivo.')).toBe(true);
    expect(one.textContent!.split('Tutti e 3 gli indirizzi').length - 1).toBe(1);
    expect(one.querySelector('.wb-gline')).toBeNull();
    expect(one.querySelector('.wb-rline')).toBeNull();
    expect(one.querySelectorAll('.wb-recipients li .wb-addr')).toHaveLength(3);
    const base = verdict('bounce', 'bad-mailbox', 'hard', ['a@example.jp', 'b@example.jp']);
    const mixed: Verdict = {
      ...base,
      recipients: [
        ...base.recipients,
        { ...base.recipients[0]!, address: 'c@example.com', category: 'quota-issues', severity: 'soft', status: '5.2.2', diagnostic: '552 5.2.2 Mailbox full' },
      ],
    };
    const card = renderCard(explainLocally(mixed, 'it'), mixed, { doc: document, t, locale: 'it' });
    const items = Array.from(card.querySelectorAll<HTMLElement>('.wb-recipients > li'));
    expect(items.map((li) => li.dataset.action)).toEqual(['remove', 'keep']);
    for (const li of items) expect(li.querySelectorAll('.wb-steps li').length).toBeGreaterThanOrEqual(2);
    expect(card.querySelector('.wb-headline')!.textContent).toBe('3 indirizzi non raggiunti: 2 non esistono, 1 casella è piena');
  });

  it('re-renders only when what it shows changed', () => {
    const t = translator('en');
    const v = verdict('bounce', 'bad-mailbox', 'hard');
    const host = createHost(document, 'k');
    const content = { verdict: v, explanation: explainLocally(v, 'en'), card: { doc: document, t, locale: 'en' as const, source: 'text' as const } };
    renderInto(host, content);
    const first = host.shadowRoot!.querySelector('.wb-card');
    renderInto(host, content);
    expect(host.shadowRoot!.querySelector('.wb-card')).toBe(first);
    renderInto(host, { ...content, card: { ...content.card, source: 'message' } });
    expect(host.shadowRoot!.querySelector('.wb-card')).not.toBe(first);
  });

  it('summarizes an explanation as plain text for the clipboard', () => {
    const t = translator('en');
    const v = verdict('bounce', 'bad-mailbox', 'hard', ['a@example.jp']);
    const text = summaryText(explainLocally(v, 'en'), t);
    expect(text).toContain('a@example.jp');
    expect(text).toContain('Recipients:');
    expect(text).toContain('550 5.1.1');
  });

  it('says the reason in words when no explanation could be had: never a category id, in every language', () => {
    for (const locale of locales) {
      const words = bannerWords(locale);
      for (const category of bounceCategories) {
        const v = verdict('bounce', category, 'hard', ['a@example.jp', 'b@example.jp']);
        const card = renderCard(fallbackExplanation(v, words, locale), v, { doc: document, t: wordsTranslator(words), locale, source: 'text' });
        const text = card.textContent ?? '';
        for (const id of categories) if (id.includes('-')) expect(text, `${locale} ${category}`).not.toContain(id);
        expect(text, `${locale} ${category}`).not.toMatch(/\$\d/);
        // The recipient lines read as sentences of their own.
        const line = card.querySelector('.wb-rline')!.textContent!;
        expect(line.charAt(0), `${locale} ${category}`).toBe(line.charAt(0).toLocaleUpperCase(locale));
      }
    }
    const it = fallbackExplanation(verdict('bounce', 'bad-mailbox', 'hard'), bannerWords('it'), 'it');
    expect(it.summary).toBe("Il server di destinazione l'ha rimandata indietro: l'indirizzo non esiste.");
  });

  it("takes the background's answer as it is when it is an explanation, and nothing else", () => {
    const v = verdict('bounce', 'quota-issues', 'soft', ['a@example.jp', 'b@example.jp']);
    expect(isExplanation(explainLocally(v, 'de'), v)).toBe(true);
    expect(isExplanation(fallbackExplanation(v, bannerWords('en')), v)).toBe(true);
    for (const bad of [undefined, null, 'x', {}, { ...explainLocally(v, 'de'), words: {} }, { ...explainLocally(v, 'de'), recipients: [] }]) {
      expect(isExplanation(bad, v)).toBe(false);
    }
  });
});
