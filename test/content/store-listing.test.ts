/** The store listing: every language has its texts within the stores' limits, and the screenshots are 1280×800. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/content/i18n.js';

const sections = (lang: string) =>
  Object.fromEntries(
    readFileSync(`store/${lang}/listing.md`, 'utf8')
      .split(/^## /m)
      .slice(1)
      .map((s) => [s.slice(0, s.indexOf('\n')).trim(), s.slice(s.indexOf('\n') + 1).trim()]),
  );

describe('store listing', () => {
  it('has a name, a summary of at most 132 characters and a description in every language', () => {
    for (const lang of locales) {
      const parts = Object.values(sections(lang));
      expect(parts.length, lang).toBe(5);
      const [name, summary, description] = parts as [string, string, string];
      expect(name.length, `${lang} name`).toBeLessThanOrEqual(75);
      expect(summary.length, `${lang} summary`).toBeGreaterThan(40);
      expect(summary.length, `${lang} summary`).toBeLessThanOrEqual(132);
      expect(description.length, `${lang} description`).toBeGreaterThan(600);
      // No English left in a translation's description (its first line is a question in the language).
      if (lang !== 'en') expect(description, lang).not.toContain('what happened');
    }
  });

  it('ships the privacy policy and 1280×800 screenshots', () => {
    expect(readFileSync('PRIVACY.md', 'utf8')).toMatch(/What it keeps/);
    const shots = readdirSync('store/screenshots').filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(4);
    for (const name of shots) {
      const png = readFileSync(`store/screenshots/${name}`);
      // The PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1280, 800]);
    }
    for (const name of ['banner-light.png', 'banner-dark.png', 'popup-light.png', 'popup-dark.png']) expect(existsSync(`test/e2e/screenshots/${name}`), name).toBe(true);
  });
});
