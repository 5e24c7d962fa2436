/**
 * The content scripts' classifier (background-read.ts) over the background's own answers
 * (src/background/answers.ts), through JSON as the browsers' messaging: the verdict is the
 * library's, a bounce's words come with it in the language asked for, and the banner's words are
 * not asked for a second time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import { backgroundReader } from '../../src/content/background-read.js';
import { englishWords } from '../../src/content/words.js';
import { extensionReader } from './helpers.js';

const source = readFileSync('examples/bounce-mailbox-full.eml', 'latin1');
const rendered = `From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\nAddress not found\nYour message wasn't delivered to kijitora@example.jp because the address couldn't be found, or is unable to receive mail.\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.`;

const types = (sent: unknown[]) => sent.map((m) => (m as { type: string }).type);

describe('classifying through the background', () => {
  it('gives the library verdict for a source and for the text on screen, and the words with a bounce', async () => {
    const sent: unknown[] = [];
    const reader = extensionReader(sent);
    const fromSource = await reader.classify(source, { mode: 'message' }, 'it');
    expect(fromSource).toEqual(await classify(source, { mode: 'message' }));
    const fromText = await reader.classifyText(rendered, 'de');
    expect(fromText).toEqual(classifyText(rendered, { origin: 'rendered' }));
    expect(fromText.kind).toBe('bounce');
    // The words came with the verdicts: explain asks for nothing more.
    const it = await reader.explain(fromSource, 'it');
    const de = await reader.explain(fromText, 'de');
    expect(types(sent)).toEqual(['whybounce:read', 'whybounce:read']);
    expect(it.locale).toBe('it');
    expect(it.words.dismiss).toBe('Nascondi');
    expect(de.words.dismiss).toBe('Ausblenden');
    // Another language (the user changed it meanwhile) is asked for.
    const fr = await reader.explain(fromText, 'fr');
    expect(fr.locale).toBe('fr');
    expect(types(sent)).toEqual(['whybounce:read', 'whybounce:read', 'whybounce:explain']);
  });

  it('sends no words with ordinary mail, nor with a verdict asked for without a language (the digest)', async () => {
    const answers: unknown[] = [];
    const reader = backgroundReader(async (message) => {
      const answer = await (await import('../../src/background/answers.js')).answerContent(message);
      answers.push(answer);
      return answer;
    });
    const ordinary = await reader.classifyText('From: Kiji <kiji@example.jp>\nSubject: lunch\n\nSee you at noon.', 'en');
    expect(ordinary.kind).toBe('not-a-bounce');
    const digest = await reader.classify(source);
    expect(digest.kind).toBe('bounce');
    expect(answers.map((a) => Object.keys(a as object))).toEqual([['verdict'], ['verdict']]);
  });

  it('fails the reading when the background gives no verdict, and falls back to English words for a verdict it cannot explain', async () => {
    const verdict = classifyText(rendered);
    const reader = backgroundReader(async (message) => (message.type === 'whybounce:read' ? { explanation: {} } : null));
    await expect(reader.classifyText(rendered, 'en')).rejects.toThrow();
    const words = await reader.explain(verdict, 'it');
    expect(words.words).toBe(englishWords);
    expect(words.category).toBe(verdict.category);
  });

  it('hands over no more than the classifier reads', async () => {
    const sent: unknown[] = [];
    const reader = extensionReader(sent);
    await reader.classifyText(`${rendered}\n${'x'.repeat(5 << 20)}`, 'en');
    const { maxReadChars } = await import('../../src/content/messages.js');
    expect((sent[0] as { text: string }).text.length).toBe(maxReadChars);
  });
});
