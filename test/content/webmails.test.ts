/** The webmail registry (src/content/webmails.ts) and the folders it names agree. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webmails } from '../../src/content/webmails.js';

describe('webmail registry', () => {
  it('names each webmail folder once, and every folder with a content entry is in it', () => {
    const folders = readdirSync('src/content', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/content/${d.name}/main.ts`))
      .map((d) => d.name)
      .sort();
    expect(webmails.map((w) => w.id).sort()).toEqual(folders);
    expect(new Set(webmails.map((w) => w.id)).size).toBe(webmails.length);
  });

  for (const w of webmails) {
    it(`${w.id}: its folder has selectors, adapter and entry, and its origins are https match patterns`, () => {
      expect(w.entry).toBe(`src/content/${w.id}/main.ts`);
      expect(w.selectors).toBe(`src/content/${w.id}/selectors.ts`);
      for (const f of [w.entry, w.selectors, `src/content/${w.id}/adapter.ts`]) expect(existsSync(f), f).toBe(true);
      // The entry boots the runner with this webmail's adapter.
      expect(readFileSync(w.entry, 'utf8')).toMatch(/\bboot\(/);
      for (const m of w.matches) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    });
  }

  it("no origin belongs to two webmails", () => {
    const all = webmails.flatMap((w) => w.matches);
    expect(new Set(all).size).toBe(all.length);
  });
});
