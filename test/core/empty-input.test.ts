/**
 * An empty input (no bytes, or nothing but white space and a byte-order mark) is said to be
 * empty: one fact, decided by the core, that every interface explains in its own language.
 */
import { describe, expect, it as test } from 'vitest';
import { classify, classifyText, explain, formatExplanationText, supportedLocales, type Verdict } from '../../src/core/index.js';
import { catalogs } from '../../src/core/advice/catalog.js';

const bytes = (...b: number[]) => new Uint8Array(b);
const bom = [0xef, 0xbb, 0xbf];

function expectEmpty(v: Verdict, what: string): void {
  expect(v.empty, what).toBe(true);
  expect(v.kind, what).toBe('not-a-bounce');
  expect(v.category, what).toBe('not-a-bounce');
  expect(v.reason, what).toBe('undefined');
  expect(v.severity, what).toBe('none');
  expect(v.recipients, what).toEqual([]);
}

describe('an empty input', () => {
  const inputs: [string, string | Uint8Array | ArrayBuffer][] = [
    ['no bytes', bytes()],
    ['an empty ArrayBuffer', new ArrayBuffer(0)],
    ['an empty string', ''],
    ['white space (bytes)', bytes(0x20, 0x09, 0x0d, 0x0a, 0x0c, 0x0a)],
    ['white space (string)', ' \t\r\n\f\n  '],
    ['a byte-order mark only (bytes)', bytes(...bom)],
    ['a byte-order mark and line breaks (bytes)', bytes(...bom, 0x0d, 0x0a, 0x0d, 0x0a)],
    ['a byte-order mark only (string)', '\ufeff'],
  ];
  for (const [what, input] of inputs) {
    test(`${what}: classify says it is empty, in every mode`, async () => {
      expectEmpty(await classify(input), what);
      expectEmpty(await classify(input, { mode: 'text', origin: 'pasted' }), `${what}, text`);
      expectEmpty(await classify(input, { mode: 'message' }), `${what}, message`);
    });
  }

  test('blank text read by classifyText is empty too', () => {
    expectEmpty(classifyText(''), 'empty');
    expectEmpty(classifyText(' \n\t\r\n', { origin: 'pasted' }), 'blank');
  });

  test('one character is not empty, nor is ordinary mail', async () => {
    for (const input of ['x', bytes(0x78), bytes(...bom, 0x2e), ' . ', bytes(0x00), 'Subject: hello\n\nHi Maria, see you tomorrow.\n']) {
      const v = await classify(input);
      expect(v.empty, String(input)).toBeUndefined();
      expect('empty' in v, String(input)).toBe(false);
    }
    expect('empty' in classifyText('.')).toBe(false);
  });
});

describe('an empty input explained', () => {
  for (const locale of supportedLocales) {
    test(`${locale}: its own headline, sentence and steps, not ordinary mail's`, async () => {
      const c = catalogs[locale];
      const e = explain(await classify(bytes()), { locale });
      expect(e.headline).toBe(c['headline.empty']);
      expect(e.summary).toBe(c['summary.empty']);
      expect(e.steps).toEqual([c['step.empty.source'], c['step.empty.text']]);
      expect(e.action).toBe('none');
      const ordinary = explain(await classify('Subject: hello\n\nHi Maria, see you tomorrow.\n'), { locale });
      expect(ordinary.headline).toBe(c['headline.not-a-bounce']);
      expect(e.headline).not.toBe(ordinary.headline);
      expect(e.summary).not.toBe(ordinary.summary);
      const text = formatExplanationText(e);
      expect(text).toContain(c['headline.empty']);
      expect(text).not.toContain(c['summary.not-a-bounce']);
    });
  }

  test('in English and Italian, in plain words', async () => {
    const v = await classify(' \n');
    expect(explain(v, { locale: 'en' }).headline).toBe('Nothing to read: the input is empty');
    expect(explain(v, { locale: 'it' }).headline).toMatch(/vuot/);
  });
});
