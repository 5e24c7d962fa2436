/**
 * Plays Gmail and Outlook for the browser: every request the page makes is answered by
 * `context.route()` from the saved pages in test/fixtures (the machine has no network, and the
 * test must see every request anyway). Gmail's "Show original" URL answers with the raw message
 * behind each saved message, wrapped the way Gmail wraps it. Any request to another origin is
 * refused and recorded, so a test can assert there were none.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Request, Route } from 'playwright-core';

export const gmailOrigin = 'https://mail.google.com';
export const outlookOrigin = 'https://outlook.office.com';
export const gmailThreadHash = '#inbox/FMfcgzQVxRnMlrSbdKpVmVhgrGgmTcLw';

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
  window.__wb = { bodiesAt: 0, bannerAt: 0, insertEnd: 0, views: 0 };
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
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__wbLongTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
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

export interface WebmailServer {
  /** Which saved page the next navigation gets. */
  serve(webmail: 'gmail' | 'outlook', page: string): void;
  /** Requests that left for another origin (refused). */
  readonly foreign: string[];
  /** Every request URL, in order. */
  readonly requests: string[];
  /** The "Show original" requests Gmail answered. */
  readonly originals: string[];
}

export async function startWebmails(context: BrowserContext): Promise<WebmailServer> {
  let gmailPage = 'thread-several-bounces.html';
  let outlookPage = 'ndr-reading-pane.html';
  const foreign: string[] = [];
  const requests: string[] = [];
  const originals: string[] = [];

  context.on('request', (r: Request) => requests.push(r.url()));

  const page = (webmail: 'gmail' | 'outlook', name: string) => {
    const html = readFileSync(`test/fixtures/${webmail}/${name}`, 'utf8');
    return html
      .replace('</head>', `<style>${looks[webmail]}</style></head>`)
      .replace('</body>', `<script nonce="e2e">${spaScript(webmail)}</script></body>`);
  };

  await context.route('**/*', async (route: Route) => {
    const url = new URL(route.request().url());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return route.continue();
    if (url.origin === gmailOrigin) {
      if (url.pathname.startsWith('/mail/') && url.searchParams.get('view') === 'om') {
        originals.push(url.href);
        const id = url.searchParams.get('permmsgid');
        const message = Object.values(gmailIndex).flatMap((p) => p.messages).find((m) => m.permmsgid === id);
        if (!message) return route.fulfill({ status: 404, body: 'not found' });
        const raw = readFileSync(message.raw, 'latin1');
        // The raw bytes go out as they are (read as latin1 to keep each byte), in a UTF-8 page.
        const html = `<!DOCTYPE html><html><head><title>Original Message</title></head><body><div class="raw_message"><pre class="raw_message_text" id="raw_message_text">${escapeHtml(raw)}</pre></div></body></html>`;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: Buffer.from(html, 'latin1') });
      }
      if (url.pathname.startsWith('/mail/')) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': gmailCsp }, body: page('gmail', gmailPage) });
      }
      return route.fulfill({ status: 404, body: '' });
    }
    if (url.origin === outlookOrigin) {
      if (url.pathname.startsWith('/mail/')) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page('outlook', outlookPage) });
      return route.fulfill({ status: 404, body: '' });
    }
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });

  return {
    serve(webmail, name) {
      if (webmail === 'gmail') gmailPage = name;
      else outlookPage = name;
    },
    foreign,
    requests,
    originals,
  };
}
