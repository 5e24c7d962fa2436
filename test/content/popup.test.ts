// @vitest-environment happy-dom
/** The popup: paste a bounce or open an .eml, and the explanation appears; ordinary mail says so. */
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => {
  const area = () => {
    const data: Record<string, unknown> = {};
    return {
      get: async (key: string) => (key in data ? { [key]: data[key] } : {}),
      set: async (items: Record<string, unknown>) => void Object.assign(data, items),
      remove: async (key: string) => void delete data[key],
    };
  };
  return {
    default: {
      i18n: { getUILanguage: () => 'it-IT' },
      storage: { sync: area(), local: area(), onChanged: { addListener() {}, removeListener() {} } },
      runtime: { openOptionsPage: async () => {} },
    },
  };
});

// Content scripts reach the extension API through src/content/ext.ts (the browser's own promise
// API, no polyfill); here it is the same fake as the polyfill's.
vi.mock('../../src/content/ext.js', async () => ({ ext: (await import('webextension-polyfill')).default }));

const { App } = await import('../../popup/App.js');

const until = async (check: () => boolean, ms = 3000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function mount() {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(h(App, {}), root);
  return root;
}

function type(root: HTMLElement, text: string) {
  const area = root.querySelector<HTMLTextAreaElement>('[data-testid="paste"]')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => render(null, document.body.firstElementChild!));

describe('popup', () => {
  it('explains a pasted bounce at once, in the browser language, with a copyable summary', async () => {
    const root = mount();
    expect(root.querySelector('h1')!.textContent).toBe('Perché la mia email è tornata indietro?');
    type(root, readFileSync('../shared/corpus/sisimai-dev/text/lhost-postfix-04.txt', 'utf8'));
    await until(() => root.querySelector('[data-testid="explanation"]') !== null);
    const card = root.querySelector<HTMLElement>('[data-testid="explanation"]')!;
    expect(card.getAttribute('data-whybounce-kind')).toBe('bounce');
    expect(card.getAttribute('data-whybounce-category')).toBe('bad-mailbox');
    expect(card.shadowRoot!.querySelector('.wb-card')!.getAttribute('lang')).toBe('it');
    expect(card.shadowRoot!.querySelector('.wb-addr')!.textContent).toBe('kijitora@example.co.jp');

    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
    root.querySelector<HTMLButtonElement>('[data-testid="copy"]')!.click();
    await until(() => written.length > 0);
    expect(written[0]).toContain('kijitora@example.co.jp');
  });

  it('reads a raw .eml file', async () => {
    const root = mount();
    const input = root.querySelector<HTMLInputElement>('[data-testid="file"]')!;
    const bytes = readFileSync('../shared/corpus/sisimai-dev/eml/lhost-exim-06.eml');
    const file = new File([bytes], 'bounce.eml', { type: 'message/rfc822' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector('[data-testid="explanation"]') !== null);
    expect(root.querySelector('[data-testid="explanation"]')!.getAttribute('data-whybounce-category')).toBe('message-expired');
  });

  it('says plainly when the text is not a bounce', async () => {
    const root = mount();
    type(root, readFileSync('test/fixtures/gmail/raw/original-nyaan.eml', 'utf8'));
    await until(() => root.querySelector('[data-testid="not-bounce"]') !== null);
    expect(root.querySelector('[data-testid="explanation"]')).toBeNull();
    expect(root.querySelector('[data-testid="not-bounce"]')!.getAttribute('data-whybounce-kind')).toBe('not-a-bounce');
  });
});
