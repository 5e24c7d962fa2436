/** What the extension asks the browser for: only what it uses (the hardening issue). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firefoxManifest, manifest } from '../../vite.config.js';

const source = JSON.parse(readFileSync('manifest.json', 'utf8'));
// Written out, not read from the registry: a new origin must be a deliberate change here too.
const webmailOrigins = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];

describe('manifest', () => {
  it('asks only for storage: no tabs, no host permissions, no <all_urls>, nothing web-accessible', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) {
      expect((manifest as Record<string, unknown>)[key], key).toBeUndefined();
    }
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('runs content scripts only on the webmail origins, one script per webmail of the registry', () => {
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort();
    expect(matches).toEqual([...webmailOrigins].sort());
    for (const c of manifest.content_scripts) expect((c as { all_frames?: boolean }).all_frames ?? false).toBe(false);
    expect(manifest.content_scripts.map((c) => c.js)).toEqual([['src/content/gmail/main.ts'], ['src/content/outlook/main.ts']]);
    // The source manifest leaves them to the registry (src/content/webmails.ts).
    expect(source.content_scripts).toBeUndefined();
  });

  it('derives a Firefox MV3 manifest: background scripts, a gecko id, no data collected', () => {
    const ff = firefoxManifest(manifest) as Record<string, any>;
    expect(ff.background.scripts).toEqual([manifest.background.service_worker]);
    expect(ff.background.service_worker).toBeUndefined();
    expect(ff.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(ff.permissions).toEqual(['storage']);
  });
});

describe('messages to the background', () => {
  it('accepts only a bounded reading request, and an answer that holds a verdict', async () => {
    const { isReadMessage, isReadAnswer, maxReadChars } = await import('../../src/content/messages.js');
    expect(isReadMessage({ type: 'whybounce:read', mode: 'text', text: 'From: x\n\nbody', locale: 'it' })).toBe(true);
    expect(isReadMessage({ type: 'whybounce:read', mode: 'auto', text: 'Subject: x\n\nbody' })).toBe(true);
    expect(isReadMessage({ type: 'whybounce:read', mode: 'text', text: 'x'.repeat(maxReadChars + 1) })).toBe(false);
    expect(isReadMessage({ type: 'whybounce:read', mode: 'eval', text: 'x' })).toBe(false);
    expect(isReadMessage({ type: 'whybounce:read', mode: 'text', text: 'x', locale: 'xx' })).toBe(false);
    expect(isReadMessage({ type: 'whybounce:read', mode: 'text', text: 42 })).toBe(false);
    const { answerContent } = await import('../../src/background/answers.js');
    const answer = await answerContent({ type: 'whybounce:read', mode: 'message', text: 'Subject: hi\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n' });
    expect(isReadAnswer(JSON.parse(JSON.stringify(answer)))).toBe(true);
    expect(isReadAnswer({ verdict: { kind: 'bounce' } })).toBe(false);
    expect(isReadAnswer(undefined)).toBe(false);
    // Not a message for the background's answers (the count is the badge's, in index.ts).
    expect(answerContent({ type: 'whybounce:count', count: 1 })).toBeUndefined();
  });
});
