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
  it('accepts only a bounded MIME request and well-formed parts', async () => {
    const { isMimeMessage, isMessageParts, maxMimeChars } = await import('../../src/content/messages.js');
    expect(isMimeMessage({ type: 'whybounce:mime', raw: 'Subject: x\n\nbody' })).toBe(true);
    expect(isMimeMessage({ type: 'whybounce:mime', raw: 'x'.repeat(maxMimeChars + 1) })).toBe(false);
    expect(isMimeMessage({ type: 'whybounce:mime', raw: 42 })).toBe(false);
    const { readWithPostalMime } = await import('../../src/core/parse/postal.js');
    const parts = await readWithPostalMime('Subject: hi\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n');
    expect(isMessageParts(JSON.parse(JSON.stringify(parts)))).toBe(true);
    expect(parts.body.trim()).toBe('hello');
    expect(isMessageParts({ headers: [], body: 1 })).toBe(false);
  });
});
