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

  it('says an opened empty file is empty, in its language, with what to give instead', async () => {
    const { catalogs } = await import('../../src/core/advice/catalog.js');
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('\ufeff \r\n\r\n')]) {
      const root = mount();
      const input = root.querySelector<HTMLInputElement>('[data-testid="file"]')!;
      Object.defineProperty(input, 'files', { value: [new File([bytes], 'vuoto.eml', { type: 'message/rfc822' })], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => root.querySelector('[data-testid="empty"]') !== null);
      const note = root.querySelector('[data-testid="empty"]')!;
      expect(note.textContent).toContain(catalogs.it['headline.empty']);
      expect(note.textContent).toContain(catalogs.it['step.empty.source']);
      expect(root.querySelector('[data-testid="not-bounce"]')).toBeNull();
      expect(root.querySelector('[data-testid="explanation"]')).toBeNull();
      expect(root.querySelector('[data-testid="copy"]')).toBeNull();
      expect(root.querySelector('[data-testid="status"]')!.textContent).toContain(catalogs.it['headline.empty']);
    }
  });

  it('shows nothing for pasted blank text, as before', async () => {
    const root = mount();
    type(root, ' \n\t\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(root.querySelector('[data-testid="empty"]')).toBeNull();
    expect(root.querySelector('[data-testid="not-bounce"]')).toBeNull();
    expect(root.querySelector('[data-testid="status"]')!.textContent).toBe('');
  });

  it('says plainly when the text is not a bounce', async () => {
    const root = mount();
    type(root, readFileSync('test/fixtures/gmail/raw/original-nyaan.eml', 'utf8'));
    await until(() => root.querySelector('[data-testid="not-bounce"]') !== null);
    expect(root.querySelector('[data-testid="explanation"]')).toBeNull();
    expect(root.querySelector('[data-testid="not-bounce"]')!.getAttribute('data-whybounce-kind')).toBe('not-a-bounce');
  });
});

describe('popup for every user', () => {
  const bounce = () => readFileSync('../shared/corpus/sisimai-dev/text/lhost-postfix-04.txt', 'utf8');
  const choose = (root: HTMLElement, file: File) => {
    const input = root.querySelector<HTMLInputElement>('[data-testid="file"]')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return input;
  };

  it('opens ready to paste, in its language, with every control named', async () => {
    document.documentElement.lang = '';
    const root = mount();
    await until(() => document.documentElement.lang === 'it');
    await until(() => document.activeElement === root.querySelector('[data-testid="paste"]'));
    expect(root.querySelector('[data-testid="file"]')!.getAttribute('aria-label')).toBe('Apri un file .eml');
    expect(root.querySelector('[data-testid="status"]')!.getAttribute('role')).toBe('status');
  });

  it('announces an explanation, and ordinary mail, in a live region', async () => {
    const root = mount();
    const status = root.querySelector('[data-testid="status"]')!;
    expect(status.textContent).toBe('');
    type(root, bounce());
    await until(() => root.querySelector('[data-testid="explanation"]') !== null);
    expect(status.textContent).toMatch(/^Spiegazione: \S/);
    type(root, readFileSync('test/fixtures/gmail/raw/original-nyaan.eml', 'utf8'));
    await until(() => root.querySelector('[data-testid="not-bounce"]') !== null);
    expect(status.textContent).toBe(root.querySelector('[data-testid="not-bounce"]')!.textContent);
  });

  it('shows the opened file, and Clear empties everything, keeps the focus and lets the same file be chosen again', async () => {
    const root = mount();
    const file = new File([readFileSync('../shared/corpus/sisimai-dev/eml/lhost-exim-06.eml')], 'ritorno.eml', { type: 'message/rfc822' });
    const input = choose(root, file);
    await until(() => root.querySelector('[data-testid="explanation"]') !== null);
    expect(root.querySelector('[data-testid="opened"]')!.textContent).toBe('Aperto: ritorno.eml');
    expect(input.value).toBe('');
    const clear = root.querySelector<HTMLButtonElement>('[data-testid="clear"]')!;
    clear.focus();
    clear.click();
    await until(() => root.querySelector('[data-testid="explanation"]') === null);
    expect(document.activeElement).toBe(root.querySelector('[data-testid="paste"]'));
    expect(root.querySelector('[data-testid="clear"]')).toBeNull();
    expect(root.querySelector('[data-testid="opened"]')!.textContent).toBe('oppure trascinalo qui');
    choose(root, file);
    await until(() => root.querySelector('[data-testid="explanation"]') !== null);
  });

  it('offers Clear after the too-large error, and Clear takes it away', async () => {
    const root = mount();
    const big = new File(['x'], 'huge.eml');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    choose(root, big);
    await until(() => root.querySelector('.error') !== null);
    root.querySelector<HTMLButtonElement>('[data-testid="clear"]')!.click();
    await until(() => root.querySelector('.error') === null);
    expect(root.querySelector('[data-testid="clear"]')).toBeNull();
  });

  it('explains a 3 MB paste without putting it in the text area', async () => {
    const root = mount();
    let text = bounce();
    while (text.length < 3_000_000) text += `\nfiller line ${text.length}`;
    const area = root.querySelector<HTMLTextAreaElement>('[data-testid="paste"]')!;
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    area.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    await until(() => root.querySelector('[data-testid="explanation"]') !== null);
    expect(area.value).toBe('');
    expect(root.querySelector('[data-testid="opened"]')!.textContent).toMatch(/^Testo incollato, 2,9 MB/);
    // A short paste goes into the text area as usual.
    const small = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(small, 'clipboardData', { value: { getData: () => 'hello' } });
    area.dispatchEvent(small);
    expect(small.defaultPrevented).toBe(false);
  });

  it('copies a summary with the keep/remove line, and "Copied" goes back to "Copy summary"', async () => {
    const root = mount();
    type(root, bounce());
    await until(() => root.querySelector('[data-testid="copy"]') !== null);
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void written.push(t) }, configurable: true });
    const copy = root.querySelector<HTMLButtonElement>('[data-testid="copy"]')!;
    copy.click();
    await until(() => copy.textContent === 'Copiato');
    const action = root.querySelector('[data-testid="explanation"]')!.shadowRoot!.querySelector('.wb-action')!.textContent!;
    expect(action).not.toBe('');
    expect(written[0]).toContain(action);
    await until(() => copy.textContent === 'Copia il riepilogo', 4000);
  });
});
