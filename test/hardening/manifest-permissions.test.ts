/**
 * ISSUE 5, point 5, on what ships: the built manifests (dist/chrome, dist/firefox, made by
 * `npm run build`) ask for nothing beyond an allow-list, use every permission they ask for, run
 * only on the webmails, and the built code has no way to send a request anywhere. (The source
 * manifest is checked in test/content/manifest.test.ts; the e2e test watches the network.)
 *
 * Skipped, with a message, when the extension has not been built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each permission allowed, and what in the built code shows it is used. */
const allowedPermissions: Record<string, RegExp> = {
  storage: /\.storage\.(?:local|sync|session|onChanged)\b/,
};
const webmailOrigins = ['https://mail.google.com/*', 'https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'];
/** Keys that widen what the extension can reach or who can reach it. */
const forbiddenKeys = ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable', 'chrome_url_overrides', 'devtools_page', 'oauth2', 'declarative_net_request', 'sandbox', 'update_url', 'key'];
/** Top-level keys a whybounce manifest may have at all. */
const allowedKeys = new Set([
  'manifest_version', 'name', 'short_name', 'description', 'version', 'version_name', 'default_locale', 'icons', 'action',
  'options_ui', 'background', 'permissions', 'content_scripts', 'browser_specific_settings', 'content_security_policy', 'minimum_chrome_version', 'author', 'homepage_url',
]);
/**
 * URLs that may appear in the built code, never fetched: XML namespaces (DOM libraries name them),
 * and the webmails' match patterns, which the popup and options page pass to
 * permissions.contains/request (src/access/SiteAccess.tsx).
 */
const allowedUrl = (url: string) => /^https?:\/\/www\.w3\.org\//.test(url) || webmailOrigins.includes(url);
/**
 * Built files that may send a request, and why. The Gmail content script fetches the open
 * message's "Show original" page from Gmail's own origin (src/content/gmail/source.ts; the source
 * check below pins the origin); nothing else may.
 */
const mayRequest = [/src\/content\/gmail\/main\.js$/];
/** APIs that send a request. */
const networkApi = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection)\b/g;

const builds = ['chrome', 'firefox'].map((name) => ({ name, dir: join('dist', name) }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

for (const build of builds) {
  const manifestPath = join(build.dir, 'manifest.json');
  const built = existsSync(manifestPath);
  if (!built) console.warn(`manifest-permissions: ${manifestPath} not found; run \`npm run build\` to check the built ${build.name} extension`);

  describe.skipIf(!built)(`built ${build.name} manifest (${manifestPath})`, () => {
    const manifest = built ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, any>) : {};
    const code = built
      ? filesUnder(build.dir).filter((f) => /\.(?:m?js|html|css)$/.test(f)).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }))
      : [];

    it('is MV3 with only known top-level keys and none that widen its reach', () => {
      expect(manifest.manifest_version).toBe(3);
      expect(Object.keys(manifest).filter((k) => !allowedKeys.has(k))).toEqual([]);
      for (const key of forbiddenKeys) expect(manifest[key], key).toBeUndefined();
      expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*|file:\/\//);
    });

    it('asks only for allow-listed permissions, and uses each one', () => {
      const permissions: string[] = manifest.permissions ?? [];
      expect(permissions.filter((p) => !(p in allowedPermissions))).toEqual([]);
      for (const p of permissions) {
        expect(code.some((c) => allowedPermissions[p]!.test(c.text)), `permission "${p}" is asked for but never used`).toBe(true);
      }
    });

    it('runs content scripts only on the webmails, top frame only, from files it ships', () => {
      const scripts: Record<string, any>[] = manifest.content_scripts ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) {
        expect(s.matches.filter((m: string) => !webmailOrigins.includes(m))).toEqual([]);
        expect(s.all_frames ?? false).toBe(false);
        expect(s.match_about_blank ?? false).toBe(false);
        expect(s.match_origin_as_fallback ?? false).toBe(false);
        expect(s.world ?? 'ISOLATED').toBe('ISOLATED');
        for (const f of [...(s.js ?? []), ...(s.css ?? [])]) expect(existsSync(join(build.dir, f)), f).toBe(true);
      }
    });

    it('keeps the default content security policy (no remote code, no eval)', () => {
      const csp = manifest.content_security_policy;
      const policies: string[] = typeof csp === 'string' ? [csp] : csp ? Object.values(csp) : [];
      for (const p of policies) expect(p).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
    });

    it('ships no code that can send a request, and names no URL but XML namespaces', () => {
      const calls: string[] = [];
      const urls: string[] = [];
      for (const { file, text } of code) {
        for (const m of text.matchAll(networkApi)) {
          const around = text.slice(Math.max(0, m.index - 1500), m.index + 300);
          // Vite's modulepreload polyfill fetches the extension's own chunks (its own origin).
          if (m[0] === 'fetch' && around.includes('modulepreload')) continue;
          if (m[0] === 'fetch' && mayRequest.some((r) => r.test(file.replaceAll('\\', '/')))) continue;
          calls.push(`${file}: ${text.slice(Math.max(0, m.index - 40), m.index + 40)}`);
        }
        for (const m of text.matchAll(/\bhttps?:\/\/[^\s"'`)<>]+/g)) if (!allowedUrl(m[0])) urls.push(`${file}: ${m[0]}`);
      }
      expect(calls).toEqual([]);
      expect(urls).toEqual([]);
    });
  });
}

describe('source: the only request goes to the webmail that is open', () => {
  const sources = ['src', 'popup'].flatMap((d) => (existsSync(d) ? filesUnder(d) : [])).filter((f) => /\.tsx?$/.test(f));

  it('fetch is called in one place, the Gmail original-source reader', () => {
    // Comments stripped roughly (they mention fetches); what is left is code.
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const callers = sources.filter((f) => /\bfetch\s*\(|\.fetch\b|XMLHttpRequest|WebSocket|EventSource|sendBeacon/.test(code(f)));
    expect(callers.map((f) => f.replaceAll('\\', '/')).sort()).toEqual(['src/content/gmail/source.ts']);
  });

  it('and its URL is built from the page\'s own origin, with no redirects followed', () => {
    const adapter = readFileSync('src/content/gmail/adapter.ts', 'utf8');
    expect(adapter).toMatch(/originalSourceUrl\(location\.origin,/);
    const source = readFileSync('src/content/gmail/source.ts', 'utf8');
    expect(source).toMatch(/redirect: 'manual'/);
    expect(source).toMatch(/credentials: 'same-origin'/);
  });
});
