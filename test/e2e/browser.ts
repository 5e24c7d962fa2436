/**
 * The e2e harness: the built extension in a real browser, Chromium or Firefox, driven through one
 * small interface so that every case runs in both. Browsers come from Debian (never downloaded):
 * Chromium through playwright-core (CDP), Firefox ESR through puppeteer-core over WebDriver BiDi.
 *
 * ## API (for test/e2e/*.e2e.ts)
 * ```ts
 * import { e2eBrowsers, launch, type E2EBrowser, type E2EPage } from './browser.js';
 * for (const name of e2eBrowsers) describe(name, () => {   // 'chromium', 'firefox'
 *   let b: E2EBrowser;
 *   beforeAll(async () => { b = await launch(name); });  // launch(name, { locale: 'it-IT' })
 *   afterAll(() => b?.close());
 *   it('…', async () => {
 *     const page = await b.openWebmail('gmail', 'thread-bounce-under-original.html'); // a saved page
 *     //   at its real URL (https://mail.google.com/mail/u/0/#inbox/…), served from test/fixtures;
 *     //   b.openWebmail('outlook', 'ndr-reading-pane.html'); a third argument overrides the URL's
 *     //   hash (Gmail) or path (Outlook), e.g. '#inbox' for the message list.
 *     const popup = await b.openExtensionPage('popup/index.html', { width: 440, height: 760 });
 *     //   also 'src/options/index.html'; b.extensionUrl(path) gives the URL itself.
 *     await page.waitFor(() => document.querySelectorAll('[data-whybounce-host]').length === 1);
 *     await page.click('[data-whybounce-host] >>> .wb-dismiss');   // '>>>' enters a shadow root
 *     await popup.fill('[data-testid="paste"]', text);   // sets the value, fires `input`
 *     await popup.click('button', { name: /clear/i });     // the button whose text matches
 *     await popup.setFile('[data-testid="file"]', path); await options.select('select', 'it');
 *     await page.text(sel); await page.attr(sel, 'lang'); await page.count(sel);
 *     await page.evaluate((arg) => …, arg);               // runs in the page (one argument)
 *     await page.screenshot(b.shot('name.png'), { fullPage: true });  // or { selector }
 *     await page.reload(); await page.wait(300); await page.close();
 *     b.requests;   // every http(s) URL a page asked for, in order (fixtures answered them)
 *     b.foreign;    // requests to any origin but the webmails': refused, and listed here
 *     b.originals;  // Gmail "Show original" (view=om) URLs answered (b.originalTimes: when)
 *     addGmailPage(name, html, { permmsgid: file }) (webmail-server.ts): a page a test builds
 *     b.proxied;    // Firefox: what reached the network at all (the browser's own requests,
 *                   //   the background script's): a loopback proxy that refuses everything
 *   });
 * });
 * ```
 * Screenshots go to test-results/e2e/<browser>/ (`b.shot(name)` gives the path).
 * `WHYBOUNCE_E2E_BROWSERS=firefox` (or `chromium`) runs one browser only, while iterating.
 *
 * ## Why it is built this way
 * - Requests: each page's requests are intercepted (playwright's context.route, puppeteer's
 *   setRequestInterception) and answered by webmail-server.ts. Chromium's context.route sees the
 *   whole profile, service worker included. Puppeteer's interception is per tab, so Firefox also
 *   goes through a proxy on 127.0.0.1 that refuses and records every request: one that bypasses
 *   the tabs (the background script's, the browser's own) is seen too. Firefox's own
 *   requests (remote settings, telemetry, captive portal, safe browsing, updates) are turned off
 *   by the prefs below, so that `proxied` must be empty: the check stays strict.
 * - Firefox: the extension is installed as a temporary add-on (MV3 host permissions are granted
 *   to temporary installs), under a fixed moz-extension UUID so that its pages have a known URL;
 *   optional-permission prompts are answered yes (`extensions.webextOptionalPermissionPrompts`),
 *   which lets a test revoke the webmail access and ask for it again.
 * - Long tasks: Chromium reports them (PerformanceObserver 'longtask'); Firefox has no such API,
 *   so webmail-server.ts's page script measures the gaps of a 0 ms timer loop there instead.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type HTTPRequest, type Page as PpPage } from 'puppeteer-core';
import { startWebmails, WebmailState, webmailAnswer, webmailUrl, type Webmail } from './webmail-server.js';

export type BrowserName = 'chromium' | 'firefox';
const allBrowsers: readonly BrowserName[] = ['chromium', 'firefox'];
/** The browsers this run covers: both, unless WHYBOUNCE_E2E_BROWSERS names some. */
export const e2eBrowsers: readonly BrowserName[] = (() => {
  const wanted = process.env['WHYBOUNCE_E2E_BROWSERS']?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!wanted?.length) return allBrowsers;
  const unknown = wanted.filter((w) => !(allBrowsers as readonly string[]).includes(w));
  if (unknown.length) throw new Error(`WHYBOUNCE_E2E_BROWSERS: unknown ${unknown.join(', ')} (chromium, firefox)`);
  return allBrowsers.filter((b) => wanted.includes(b));
})();

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const firefoxPath = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const extensionDirs: Record<BrowserName, string> = { chromium: resolve('dist/chrome'), firefox: resolve('dist/firefox') };
const firefoxAddonId = 'whybounce@whybounce';
/** Fixed so that the extension's pages have a known URL in every run. */
const firefoxUuid = '0b5e1b7c-3a52-4f0e-9d6e-5e3c2a1f0b0d';
const defaultViewport = { width: 1280, height: 900 };

export interface Viewport {
  width: number;
  height: number;
}

/** One tab. Selectors are CSS; `a >>> b` finds `b` inside the open shadow root of `a`. */
export interface E2EPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves when `fn(arg)` is truthy in the page; fails after `timeout` ms (15 s). */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<void>;
  /** A real mouse click in the middle of the (first) element; `name` filters by its text. */
  click(selector: string, options?: { name?: RegExp }): Promise<void>;
  /** Sets a text field's value as a paste would, and fires `input`. */
  fill(selector: string, text: string): Promise<void>;
  /** Chooses a <select>'s option by value, and fires `change`. */
  select(selector: string, value: string): Promise<void>;
  /** Gives a file input a file from disk. */
  setFile(selector: string, path: string): Promise<void>;
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  attr(selector: string, name: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  screenshot(path: string, options?: { fullPage?: boolean; selector?: string }): Promise<void>;
  setViewport(viewport: Viewport): Promise<void>;
  reload(): Promise<void>;
  wait(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>: the origin of the extension's pages. */
  readonly extensionOrigin: string;
  extensionUrl(path: string): string;
  /** A saved page of test/fixtures/<webmail>/ at its real URL (`where`: Gmail's hash, Outlook's path). */
  openWebmail(webmail: Webmail, page: string, where?: string): Promise<E2EPage>;
  /** Which saved page the next load of that webmail gets (openWebmail sets it too; for reloads). */
  serve(webmail: Webmail, page: string): void;
  openExtensionPage(path: string, viewport?: Viewport): Promise<E2EPage>;
  /** A new tab at any URL (answered like openWebmail's; other origins are refused). */
  open(url: string, viewport?: Viewport): Promise<E2EPage>;
  readonly requests: readonly string[];
  readonly foreign: readonly string[];
  readonly originals: readonly string[];
  /** When each of `originals` was asked for (Date.now()). */
  readonly originalTimes: readonly number[];
  readonly proxied: readonly string[];
  /** test-results/e2e/<browser>/<name>, its folder made. */
  shot(name: string): string;
  close(): Promise<void>;
}

/** Finds elements through `>>>` shadow-root steps; runs inside the page. */
export function deepQueryAll(selector: string, name?: string): Element[] {
  const steps = selector.split('>>>').map((s) => s.trim());
  let roots: (Document | ShadowRoot | Element)[] = [document];
  let found: Element[] = [];
  steps.forEach((step, i) => {
    found = roots.flatMap((r) => Array.from(r.querySelectorAll(step)));
    if (i < steps.length - 1) roots = found.map((e) => e.shadowRoot).filter((r): r is ShadowRoot => r !== null);
  });
  if (name !== undefined) {
    const re = new RegExp(name.slice(1, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1));
    found = found.filter((e) => re.test((e.textContent ?? '').trim()));
  }
  return found;
}

/** What the two drivers differ in; everything else is written once, over these. */
interface Driver {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeout: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  setFile(selector: string, name: string | undefined, path: string): Promise<void>;
  screenshot(path: string, fullPage: boolean, selector: string | undefined): Promise<void>;
  setViewport(viewport: Viewport): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

const deepQuerySource = deepQueryAll.toString();
/** A page function that first defines deepQueryAll (functions cannot cross into the page). */
const withQuery = <A, R>(body: string) =>
  new Function('arg', `const deepQueryAll = ${deepQuerySource};\n${body}`) as (arg: A) => R;

function pageOver(d: Driver): E2EPage {
  const one = async <R>(selector: string, name: RegExp | undefined, body: string, value = ''): Promise<R> =>
    d.evaluate(withQuery<{ selector: string; name?: string; value: string }, R>(
      `const el = deepQueryAll(arg.selector, arg.name)[0];\nif (!el) throw new Error('no element matches ' + arg.selector);\n${body}`,
    ), { selector, name: name?.toString(), value });
  const page: E2EPage = {
    evaluate: (fn, arg) => d.evaluate(fn, arg as never),
    waitFor: (fn, arg, options) => d.waitFor(fn, arg as never, options?.timeout ?? 15_000),
    async click(selector, options) {
      // Waits for the element (extension UIs render asynchronously), then clicks where it is.
      await d.waitFor(withQuery(`return deepQueryAll(arg.selector, arg.name).length > 0;`), { selector, name: options?.name?.toString() }, 15_000);
      const at = await one<{ x: number; y: number }>(selector, options?.name,
        `el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`);
      await d.mouseClick(at.x, at.y);
    },
    fill: (selector, text) => one(selector, undefined, `el.focus(); el.value = arg.value; el.dispatchEvent(new Event('input', { bubbles: true }));`, text),
    select: (selector, value) =>
      one(selector, undefined, `el.value = arg.value; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));`, value),
    setFile: (selector, path) => d.setFile(selector, undefined, path),
    text: (selector) => d.evaluate(withQuery<{ selector: string }, string | null>(`const el = deepQueryAll(arg.selector)[0]; return el ? el.textContent : null;`), { selector }),
    texts: (selector) => d.evaluate(withQuery<{ selector: string }, string[]>(`return deepQueryAll(arg.selector).map((e) => e.textContent ?? '');`), { selector }),
    attr: (selector, name) =>
      d.evaluate(withQuery<{ selector: string; name: string }, string | null>(`const el = deepQueryAll(arg.selector)[0]; return el ? el.getAttribute(arg.name) : null;`), { selector, name }),
    count: (selector) => d.evaluate(withQuery<{ selector: string }, number>(`return deepQueryAll(arg.selector).length;`), { selector }),
    screenshot: async (path, options) => {
      mkdirSync(resolve(path, '..'), { recursive: true });
      await d.screenshot(path, options?.fullPage ?? false, options?.selector);
    },
    setViewport: (viewport) => d.setViewport(viewport),
    reload: () => d.reload(),
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    close: () => d.close(),
  };
  return page;
}

/** A proxy on loopback that answers every request with 403 and remembers it. */
async function refusingProxy(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`connect ${req.url ?? '?'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

function checkBuilt(name: BrowserName, executable: string) {
  if (!existsSync(executable)) throw new Error(`no ${name} at ${executable}: apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}`);
  if (!existsSync(join(extensionDirs[name], 'manifest.json'))) throw new Error(`${extensionDirs[name]} is missing: npm run build`);
}

export async function launch(name: BrowserName, options: { locale?: string } = {}): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(options.locale ?? 'en-US') : launchFirefox(options.locale ?? 'en-US');
}

/**
 * Chromium alone, as Playwright's own BrowserContext: for cases that need what the interface
 * above does not offer yet (keyboard focus walks, emulateMedia, the file chooser), such as
 * a11y.e2e.ts. Pair it with webmail-server.ts's startWebmails(context). Prefer `launch()`: a
 * case written on it runs in Firefox too.
 */
export async function launchPlaywright(locale = 'en-US'): Promise<{ context: BrowserContext; extensionId: string; close(): Promise<void> }> {
  checkBuilt('chromium', chromiumPath);
  const profile = mkdtempSync(join(tmpdir(), 'whybounce-e2e-'));
  const context = await chromium.launchPersistentContext(profile, chromiumOptions(locale));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function chromiumOptions(locale: string): Parameters<typeof chromium.launchPersistentContext>[1] {
  const extensionDir = extensionDirs.chromium;
  return {
    executablePath: chromiumPath,
    headless: false, // --headless=new below: the mode that runs extensions
    locale,
    viewport: defaultViewport,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
      `--lang=${locale}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  };
}

function common(name: BrowserName, state: WebmailState, proxy: { seen: string[] }, extensionOrigin: string) {
  return {
    name,
    extensionOrigin,
    extensionUrl: (path: string) => `${extensionOrigin}/${path.replace(/^\//, '')}`,
    serve: (webmail: Webmail, page: string) => state.serve(webmail, page),
    requests: state.requests,
    foreign: state.foreign,
    originals: state.originals,
    originalTimes: state.originalTimes,
    proxied: proxy.seen,
    shot(file: string) {
      const dir = `test-results/e2e/${name}`;
      mkdirSync(dir, { recursive: true });
      return `${dir}/${file}`;
    },
  };
}

async function launchChromium(locale: string): Promise<E2EBrowser> {
  checkBuilt('chromium', chromiumPath);
  // No proxy here: Chromium's own update and sign-in pings cannot all be switched off by flags,
  // and context.route() already sees the extension's requests (content scripts, service worker).
  const proxy = { seen: [] as string[] };
  const profile = mkdtempSync(join(tmpdir(), 'whybounce-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, chromiumOptions(locale));
  const state = await startWebmails(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;

  const wrap = (page: PwPage): E2EPage =>
    pageOver({
      evaluate: (fn, arg) => page.evaluate(fn as never, arg),
      waitFor: async (fn, arg, timeout) => void (await page.waitForFunction(fn as never, arg, { timeout })),
      mouseClick: (x, y) => page.mouse.click(x, y),
      async setFile(selector, _name, path) {
        await page.locator(selector).first().setInputFiles(path);
      },
      async screenshot(path, fullPage, selector) {
        if (selector) await page.locator(selector).first().screenshot({ path });
        else await page.screenshot({ path, fullPage });
      },
      setViewport: (v) => page.setViewportSize(v),
      reload: async () => void (await page.reload()),
      close: () => page.close(),
    });
  const open = async (url: string, viewport?: Viewport) => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(url);
    return wrap(page);
  };
  return {
    ...common('chromium', state, proxy, extensionOrigin),
    open,
    openWebmail: (webmail, page, where) => {
      state.serve(webmail, page);
      return open(webmailUrl(webmail, where));
    },
    openExtensionPage: (path, viewport) => open(`${extensionOrigin}/${path}`, viewport),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Prefs that stop Firefox's own traffic: with them, nothing reaches the refusing proxy but what
 * the extension (or a page) asks for. Puppeteer already points some services at a dummy host;
 * those are emptied or switched off here too.
 */
function firefoxPrefs(proxyPort: number, locale: string): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'network.trr.mode': 5,
    'captivedetect.canonicalURL': '',
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.update.auto': false,
    'app.update.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google4.gethashURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.mozilla.gethashURL': '',
    'browser.safebrowsing.update.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.discovery.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.geoip.url': '',
    'browser.contentblocking.report.lockwise.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': 'data:,',
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.coverage.opt-out': true,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.documentServerURI': '',
    'extensions.webservice.discoverURL': '',
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'extensions.update.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'network.sntp.pools': '',
    'identity.fxaccounts.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'browser.aboutwelcome.enabled': false,
    // The test's extension: a known UUID (its pages' URLs), and permission requests answered yes.
    'extensions.webextensions.uuids': JSON.stringify({ [firefoxAddonId]: firefoxUuid }),
    'extensions.webextOptionalPermissionPrompts': false,
    'intl.locale.requested': locale,
    'intl.accept_languages': `${locale},${locale.split('-')[0]}`,
  };
}

/**
 * Puppeteer never sees a BiDi navigation to a moz-extension: page end (the tab moves to the
 * extension process), though the page loads: so the load is awaited in the page itself.
 */
async function gotoExtensionPage(page: PpPage, url: string): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => {});
  const deadline = Date.now() + 30_000;
  for (;;) {
    const loaded = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 30 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function launchFirefox(locale: string): Promise<E2EBrowser> {
  checkBuilt('firefox', firefoxPath);
  const proxy = await refusingProxy();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    defaultViewport,
    // BiDi refuses to navigate a tab to a moz-extension: URL (the popup, the options page)
    // unless the remote agent may reach privileged pages.
    args: ['-remote-allow-system-access'],
    // Release builds ignore services.settings.server unless this is set (remote settings would
    // otherwise poll Mozilla's server all through the run).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: firefoxPrefs(proxy.port, locale),
  });
  const id = await browser.installExtension(extensionDirs.firefox);
  if (id !== firefoxAddonId) throw new Error(`installed ${id}, expected ${firefoxAddonId}`);
  const extensionOrigin = `moz-extension://${firefoxUuid}`;
  const state = new WebmailState();

  const wrap = (page: PpPage): E2EPage =>
    pageOver({
      evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
      waitFor: async (fn, arg, timeout) => void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
      mouseClick: (x, y) => page.mouse.click(x, y),
      async setFile(selector, _name, path) {
        const input = await page.$(selector);
        if (!input) throw new Error(`no element matches ${selector}`);
        await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
      },
      async screenshot(path, fullPage, selector) {
        if (selector) {
          const element = await page.$(selector);
          if (!element) throw new Error(`no element matches ${selector}`);
          await element.screenshot({ path: path as `${string}.png` });
        } else await page.screenshot({ path: path as `${string}.png`, fullPage });
      },
      setViewport: (v) => page.setViewport(v),
      reload: async () => void (await page.reload()),
      close: () => page.close(),
    });
  const open = async (url: string, viewport?: Viewport) => {
    const page = await browser.newPage();
    if (viewport) await page.setViewport(viewport);
    // The extension's own pages load from moz-extension:, which BiDi cannot intercept (a paused
    // request there never resumes): they are only listened to; the proxy refuses their network.
    const intercept = !url.startsWith('moz-extension:');
    if (intercept) await page.setRequestInterception(true);
    page.on('request', (r: HTTPRequest) => {
      state.saw(r.url());
      if (!intercept) return;
      const answer = webmailAnswer(state, r.url());
      if (answer === 'pass') return void r.continue();
      if (answer === 'refuse') return void r.abort('blockedbyclient');
      return void r.respond({ status: answer.status, contentType: answer.contentType, headers: answer.headers, body: answer.body });
    });
    if (intercept) await page.goto(url);
    else await gotoExtensionPage(page, url);
    return wrap(page);
  };
  return {
    ...common('firefox', state, proxy, extensionOrigin),
    open,
    openWebmail: (webmail, page, where) => {
      state.serve(webmail, page);
      return open(webmailUrl(webmail, where));
    },
    openExtensionPage: (path, viewport) => open(`${extensionOrigin}/${path}`, viewport),
    async close() {
      await browser.close();
      proxy.server.close();
    },
  };
}
