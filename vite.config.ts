/**
 * The browser extension build. `vite build` makes dist/chrome; `vite build --mode firefox` makes
 * dist/firefox from the same manifest.json, its content scripts added from the webmail registry
 * (src/content/webmails.ts), rewritten for Firefox's MV3 (background.scripts, a
 * gecko id, the data-collection declaration). scripts/build-ext.mjs runs both.
 * The library and CLI are built separately (scripts/build-lib.mjs).
 */
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'vite';
import base from './manifest.json' with { type: 'json' };
import { webmails } from './src/content/webmails.js';

/** The manifest's content scripts, one per webmail of the registry (src/content/webmails.ts). */
export const manifest = {
  ...base,
  content_scripts: webmails.map((w) => ({ matches: [...w.matches], js: [w.entry], run_at: 'document_idle' })),
};

type Manifest = typeof manifest & Record<string, unknown>;

/** Firefox MV3 has no service workers for extensions yet: the same script runs as an event page. */
export function firefoxManifest(base: typeof manifest): Manifest {
  const { service_worker: worker, ...background } = base.background;
  return {
    ...base,
    background: { ...background, scripts: [worker] } as unknown as Manifest['background'],
    browser_specific_settings: {
      // data_collection_permissions is read from Firefox 140 on desktop (the current ESR) and
      // from 142 on Android.
      gecko: {
        id: 'whybounce@whybounce',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/** Build-time derivatives of inputs, regenerated on every build (not committed). */
const generated = fileURLToPath(new URL('./node_modules/.cache/whybounce-ext/', import.meta.url));

/**
 * postal-mime (the core's MIME parser) carries the whole WHATWG named-entity table (2,200
 * entries, 12 KB gzipped) to turn HTML-only notices into text. Notices use a handful of entities,
 * so the extension build keeps the Latin-1 ones and common punctuation; numeric references
 * (`&#8217;`) are decoded by postal-mime itself. The library and CLI build keep the full table.
 * (The table was cut for the content scripts' size budget; since the background classifies for
 * them, postal-mime is only in the background and the extension pages, and the cut stays so that
 * the extension reads HTML notices as it did.)
 */
async function slimHtmlEntities(): Promise<string> {
  const keep = new Set(['&ndash;', '&mdash;', '&lsquo;', '&rsquo;', '&sbquo;', '&ldquo;', '&rdquo;', '&bdquo;', '&hellip;',
    '&bull;', '&euro;', '&trade;', '&lsaquo;', '&rsaquo;', '&apos;', '&thinsp;', '&ensp;', '&emsp;', '&zwnj;', '&zwj;', '&lrm;', '&rlm;']);
  const original = join(dirname(fileURLToPath(import.meta.resolve('postal-mime'))), 'html-entities.js');
  const { htmlEntities } = (await import(pathToFileURL(original).href)) as { htmlEntities: Record<string, string> };
  const slim = Object.fromEntries(
    Object.entries(htmlEntities).filter(([name, value]) => keep.has(name) || (value.length === 1 && value.charCodeAt(0) <= 0xff)),
  );
  const file = join(generated, 'html-entities.js');
  writeFileSync(file, `export const htmlEntities = ${JSON.stringify(slim)};\n`);
  return file;
}

/**
 * The _locales catalogs are bundled so that the UI can follow the language chosen in the options;
 * the bundled copies drop the translator-facing descriptions (they stay in public/_locales).
 */
function slimCatalogs(): string {
  for (const locale of readdirSync('public/_locales')) {
    const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
    const slim = Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, { message: v.message }]));
    mkdirSync(join(generated, '_locales', locale), { recursive: true });
    writeFileSync(join(generated, '_locales', locale, 'messages.json'), JSON.stringify(slim));
  }
  return join(generated, '_locales');
}

const contentScripts = webmails.map((w) => w.entry);

export default defineConfig(async ({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  mkdirSync(generated, { recursive: true });
  const entities = await slimHtmlEntities();
  const catalogs = slimCatalogs();
  return {
    // Aliases rather than plugins: crxjs builds the standalone content scripts in a second Vite
    // build that keeps `resolve` but not the plugins.
    resolve: {
      alias: [
        // Only postal-mime imports a module by this name.
        { find: /^\.\/html-entities\.js$/, replacement: entities },
        { find: /^.*\/public\/_locales\/([a-z]{2})\/messages\.json$/, replacement: `${catalogs}/$1/messages.json` },
      ],
    },
    plugins: [
      preact(),
      crx({
        manifest: (browser === 'firefox' ? firefoxManifest(manifest) : manifest) as ManifestV3Export,
        browser,
        // Self-contained content scripts: no loader, no dynamic import of a web-accessible chunk
        // (which would expose the extension's files to every Gmail page).
        contentScripts: { standaloneFiles: contentScripts },
      }),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: ['chrome120', 'firefox140'],
      sourcemap: false,
      // Extension pages are loaded from disk: no reason to split them into many chunks.
      chunkSizeWarningLimit: 1024,
      // Pages the manifest does not name: the digest of many files, opened from the popup.
      rollupOptions: { input: { digest: 'src/digest/index.html' } },
    },
  };
});
