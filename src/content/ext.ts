/**
 * The extension API in content scripts, without webextension-polyfill's 3 KB (gzipped) of
 * wrappers: every call a content script makes here (runtime.sendMessage, storage.*, i18n) returns
 * a promise natively, as `browser.*` in Firefox and as `chrome.*` in Chrome's Manifest V3. The
 * popup, options page and background keep the polyfill. Types still come from the polyfill.
 */
import type { Browser } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** The promise-based extension API of this browser. */
export const ext: Browser = (g.browser ?? g.chrome) as Browser;
