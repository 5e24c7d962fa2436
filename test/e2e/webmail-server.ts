/**
 * Plays Gmail and Outlook for the browser, whichever drives it (browser.ts wires these answers to
 * playwright's or puppeteer's request interception): every request a page makes is answered from
 * the saved pages in test/fixtures (the machine has no network, and the test must see every
 * request anyway). Gmail's "Show original" URL answers with the raw message behind each saved
 * message, wrapped the way Gmail wraps it. Any request to another origin is refused and
 * recorded, so a test can assert there were none.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { originOf, webmails } from '../../src/content/webmails.js';

export type Webmail = 'gmail' | 'outlook';
const registry = (id: string) => webmails.find((w) => w.id === id)!.matches.map(originOf);
export const gmailOrigin = registry('gmail')[0]!;
/** Every origin Outlook on the web is served from (the registry's); tests open outlook.office.com unless told. */
export const outlookOrigins = registry('outlook');
export const outlookOrigin = 'https://outlook.office.com';
export const gmailThreadHash = '#inbox/FMfcgzQVxRnMlrSbdKpVmVhgrGgmTcLw';
export const outlookMessagePath = '/mail/inbox/id/AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxZ';

/** The URL a test opens: Gmail at a hash (`#inbox/…` a thread, `#inbox` the list), Outlook at a path or a full URL. */
export function webmailUrl(webmail: Webmail, where?: string): string {
  if (webmail === 'gmail') return `${gmailOrigin}/mail/u/0/${where ?? gmailThreadHash}`;
  if (where && /^https:/.test(where)) return where;
  return `${outlookOrigin}${where ?? outlookMessagePath}`;
}

interface Index {
  [page: string]: { subject: string; messages: { permmsgid?: string; raw: string; bounce: boolean; collapsed?: boolean; accept: string[]; recipients: (string | null)[] }[] };
}
export const gmailIndex: Index = JSON.parse(readFileSync('test/fixtures/gmail/index.json', 'utf8'));
export const outlookIndex: Index = JSON.parse(readFileSync('test/fixtures/outlook/index.json', 'utf8'));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A stand-in for the webmail's own single-page navigation: the saved view is kept in a
 * <template>; `#inbox` shows a message list, `#inbox/<id>` (Gmail) or `/mail/inbox/id/<id>`
 * (Outlook) builds the saved view anew, as the real apps do. It records when the message bodies
 * appeared and when a banner did, on the page's own clock, for the latency budget. It uses no
 * HTML-parsing sink, so it runs under the Trusted Types policy the page is served with.
 */
const spaScript = (webmail: 'gmail' | 'outlook') => `
(() => {
  const main = document.querySelector('${webmail === 'gmail' ? '[role="main"]' : '#ReadingPaneContainerId'}');
  const saved = document.createElement('template');
  saved.content.append(...Array.from(main.childNodes).map((n) => n.cloneNode(true)));
  const inThread = () => ${webmail === 'gmail' ? "/^#inbox\\/./.test(location.hash)" : "/\\/id\\//.test(location.pathname)"};
  window.__wb = { bodiesAt: 0, paintedAt: 0, bannerAt: 0, insertEnd: 0, views: 0 };
  window.__wbProbe = false;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.hasAttribute('data-whybounce-host') && !window.__wb.bannerAt && n.shadowRoot && n.shadowRoot.querySelector('.wb-card')) {
        window.__wb.bannerAt = performance.now();
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  const show = () => {
    window.__wb.bannerAt = 0;
    window.__wb.views += 1;
    if (inThread()) {
      main.replaceChildren(saved.content.cloneNode(true));
      // Style and layout now, inside this task, so that what follows is the extension's work.
      void document.body.offsetHeight;
      window.__wb.bodiesAt = performance.now();
      // When the page's own first rendering of the new view is over (see the long-task probe).
      window.__wb.paintedAt = 0;
      requestAnimationFrame(() => setTimeout(() => { window.__wb.paintedAt = performance.now(); }));
    } else if (saved.content.querySelector('tr.zA')) {
      // A saved list or search view: the list is the saved page itself.
      main.replaceChildren(saved.content.cloneNode(true));
    } else {
      const list = document.createElement('div');
      list.setAttribute('role', 'list');
      for (let i = 0; i < 25; i++) {
        const row = document.createElement('div');
        row.setAttribute('role', 'listitem');
        row.textContent = 'Message ' + (i + 1);
        list.appendChild(row);
      }
      main.replaceChildren(list);
    }
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { window.__wb.insertEnd = performance.now(); })));
  };
  window.addEventListener('${webmail === 'gmail' ? 'hashchange' : 'popstate'}', show);
  if (!inThread()) show();
  window.__wbNavigate = (where) => { ${webmail === 'gmail' ? 'location.hash = where;' : "history.pushState(null, '', where); show();"} };
  window.__wbLongTasks = [];
  if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__wbLongTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  } else {
    // Firefox has no Long Tasks API: a 0 ms timer loop runs between tasks, so a gap over 50 ms
    // between two of its turns is a task (or a rendering step) that held the main thread that long.
    // Unlike the API, it cannot tell the page's own first rendering of a view from what follows:
    // the test counts only the gaps that start once that rendering is over (__wb.paintedAt).
    window.__wbProbe = true;
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      if (now - last > 50) window.__wbLongTasks.push({ start: last, duration: now - last });
      last = now;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  }
  window.__wbFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__wbFrames.push({ start: e.startTime, duration: e.duration, scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, duration: s.duration, invoker: s.invoker })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();
`;

/** Just enough of each webmail's look for the screenshots to read like the real thing. */
const looks = {
  gmail: `body{margin:0;background:#f6f8fc;font:14px/1.43 Roboto,Arial,sans-serif;color:#1f1f1f}
header form{padding:10px 16px 10px 260px}header input{width:560px;padding:12px 16px;border:0;border-radius:24px;background:#e9eef6;font:inherit}
.bkL{position:absolute;left:0;top:64px;width:240px}.aim{padding:6px 24px;border-radius:0 16px 16px 0}.aim a{color:#1f1f1f;text-decoration:none}.ain{background:#d3e3fd;font-weight:600}
.bkK{margin-left:248px;margin-right:16px;background:#fff;border-radius:16px;min-height:80vh;padding:8px 24px}
h2.hP{font:400 22px/28px Roboto,Arial,sans-serif;margin:16px 0 12px}.gD{font-weight:600}.go{color:#5e5e5e;font-size:12px}
.kv,.kQ{border-top:1px solid #eee;padding:6px 0;color:#444}.kQ .adl{display:inline-block;border:1px solid #ccc;border-radius:50%;width:28px;height:28px;text-align:center;line-height:28px}
.h7{border-top:1px solid #eee;padding:12px 0}.gE table{border-collapse:collapse}.g3,.hb{color:#5e5e5e;font-size:12px}.ii{margin-top:12px}.a3s{font-size:small;overflow-x:auto;overflow-wrap:anywhere}.a3s table{max-width:100%}`,
  outlook: `body{margin:0;background:#f0f0f0;font:14px/1.4 "Segoe UI",Arial,sans-serif;color:#242424}
.o365sx-navbar{height:48px;background:#0f6cbd}.GssDD{position:absolute;left:0;top:48px;width:200px;padding:8px}.gtcPn{padding:6px 12px}
.jGG6V{position:absolute;left:208px;top:56px;width:300px;background:#fff;border-radius:6px}.hcptT{padding:10px;background:#cfe4fa}
#ReadingPaneContainerId{margin:8px 8px 8px 520px;background:#fff;border-radius:6px;padding:12px 20px;min-height:80vh}
.JdFsz{font-size:20px;font-weight:600;margin:4px 0 12px}.aVla3{border-top:1px solid #e0e0e0;padding:12px 0}.OZZZK{font-weight:600}.AL_OM{color:#616161;font-size:12px}
[role=document]{margin-top:12px;overflow-x:auto;overflow-wrap:anywhere}`,
};

// Gmail's pages forbid string-to-HTML sinks; serving them that way proves the extension uses none.
const gmailCsp = "script-src 'nonce-e2e' 'nonce-fixture'; object-src 'none'; base-uri 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/** A response to give: status, content type, extra headers, body. */
export interface Answer {
  status: number;
  contentType: string;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** What one browser's run has asked for and been served. */
export class WebmailState {
  private pages: Record<Webmail, string> = { gmail: 'thread-several-bounces.html', outlook: 'ndr-reading-pane.html' };
  /** Every request URL, in order. */
  readonly requests: string[] = [];
  /** Requests that left for another origin (refused). */
  readonly foreign: string[] = [];
  /** The "Show original" requests Gmail answered. */
  readonly originals: string[] = [];
  /** When each of `originals` was asked for (Date.now()), for the digest's pace. */
  readonly originalTimes: number[] = [];
  /** Which saved page the next navigation gets. */
  serve(webmail: Webmail, page: string): void {
    this.pages[webmail] = page;
  }
  page(webmail: Webmail): string {
    return this.pages[webmail];
  }
  saw(url: string): void {
    this.requests.push(url);
  }
}

const html = (body: Buffer | string, headers: Record<string, string> = {}): Answer => ({ status: 200, contentType: 'text/html; charset=utf-8', headers, body });
const notFound = (body = ''): Answer => ({ status: 404, contentType: 'text/plain', headers: {}, body });

/** The answer to one request: a fixture, 'refuse' (recorded in `foreign`), or 'pass' (not http). */
export function webmailAnswer(state: WebmailState, href: string): Answer | 'refuse' | 'pass' {
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'pass';
  if (url.origin === gmailOrigin) {
    if (url.pathname.startsWith('/mail/') && url.searchParams.get('view') === 'om') {
      state.originals.push(url.href);
      state.originalTimes.push(Date.now());
      const id = url.searchParams.get('permmsgid') ?? '';
      const file = generatedOriginals.get(id) ?? Object.values(gmailIndex).flatMap((p) => p.messages).find((m) => m.permmsgid === id)?.raw;
      if (!file) return notFound('not found');
      const raw = readFileSync(file, 'latin1');
      // The raw bytes go out as they are (read as latin1 to keep each byte), in a UTF-8 page.
      const page = `<!DOCTYPE html><html><head><title>Original Message</title></head><body><div class="raw_message"><pre class="raw_message_text" id="raw_message_text">${escapeHtml(raw)}</pre></div></body></html>`;
      return html(Buffer.from(page, 'latin1'));
    }
    if (url.pathname.startsWith('/mail/')) return html(page('gmail', state.page('gmail')), { 'content-security-policy': gmailCsp });
    return notFound();
  }
  if (outlookOrigins.includes(url.origin)) {
    if (url.pathname.startsWith('/mail/')) return html(page('outlook', state.page('outlook')));
    return notFound();
  }
  state.foreign.push(url.href);
  return 'refuse';
}

/** Gmail pages a test builds (not saved in test/fixtures), by name, and the sources behind them. */
const generatedPages = new Map<string, string>();
const generatedOriginals = new Map<string, string>();

/** Serves `html` as the Gmail page `name`, and each message file of `originals` (by permmsgid) as its "Show original". */
export function addGmailPage(name: string, html: string, originals: Record<string, string>): void {
  generatedPages.set(name, html);
  for (const [id, file] of Object.entries(originals)) generatedOriginals.set(id, file);
}

function page(webmail: Webmail, name: string): string {
  const saved = (webmail === 'gmail' ? generatedPages.get(name) : undefined) ?? readFileSync(`test/fixtures/${webmail}/${name}`, 'utf8');
  return saved
    .replace('</head>', `<style>${looks[webmail]}</style></head>`)
    .replace('</body>', `<script nonce="e2e">${spaScript(webmail)}</script></body>`);
}

/**
 * The same answers for a Playwright context of one's own (browser.ts's launchPlaywright, Chromium
 * only): routes every request of the context; the returned state lists what was asked for.
 */
export async function startWebmails(context: BrowserContext): Promise<WebmailState> {
  const state = new WebmailState();
  context.on('request', (r) => state.saw(r.url()));
  await context.route('**/*', async (route) => {
    const answer = webmailAnswer(state, route.request().url());
    if (answer === 'pass') return route.continue();
    if (answer === 'refuse') return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status, headers: { 'content-type': answer.contentType, ...answer.headers }, body: answer.body });
  });
  return state;
}
export type WebmailServer = WebmailState;
