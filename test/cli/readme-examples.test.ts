/**
 * The README's CLI examples are the CLI's real output: each `text` block that follows a sentence
 * naming the example file it prints is compared, line for line, with what the CLI writes for that
 * file today, so the README cannot keep words the advice no longer uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './support/io.js';

const root = join(__dirname, '../..');


/** Each example: the file the sentence before it names, and the block's lines with the list indent removed. */
function examples(readme: string): { file: string; lines: string[] }[] {
  const out: { file: string; lines: string[] }[] = [];
  const block = /`(?:whybounce |npm start` prints, for `)?(examples\/[a-z-]+\.eml)`\)?:\n\n( *)```text\n([\s\S]*?)\n\2```/g;
  for (const m of readme.matchAll(block)) {
    const indent = m[2] ?? '';
    out.push({ file: m[1] ?? '', lines: (m[3] ?? '').split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)) });
  }
  return out;
}

describe("the README's CLI examples", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const found = examples(readme);

  it('are found: the mailbox-full example and the several-addresses example', () => {
    expect(found.map((e) => e.file)).toEqual(['examples/bounce-mailbox-full.eml', 'examples/bounce-several.eml']);
  });

  for (const { file, lines } of found) {
    it(`show what the CLI prints for ${file}`, async () => {
      const io = fakeIO({ env: { NO_COLOR: '1' } });
      expect(await main([join(root, file)], io)).toBe(0);
      // The CLI names the file as it was given: the README gives it relative to the project.
      const printed = io.out.split(join(root, file)).join(file);
      expect(lines).toEqual(printed.replace(/\n+$/, '').split('\n'));
    });
  }
});
