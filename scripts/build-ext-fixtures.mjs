#!/usr/bin/env node
/**
 * Writes the saved webmail pages in test/fixtures/gmail and test/fixtures/outlook: Gmail
 * conversation views and Outlook reading panes whose structure follows the real ones (the
 * anchors src/content/<webmail>/selectors.ts reads, plus the surrounding markup with generated
 * class names, collapsed messages, a bounce threaded under its original, HTML notice bodies),
 * filled with real bounces from ../shared/corpus and ordinary mail. Each page's index.json entry
 * says which raw message backs each message (what Gmail's "Show original" returns) and what the
 * extension must show for it.
 *
 * The pages are committed; run this again only to change them (node scripts/build-ext-fixtures.mjs).
 * The corpus is already scrubbed (example.* domains, 192.0.2.x addresses).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import PostalMime from 'postal-mime';

const corpus = '../shared/corpus';
const labels = JSON.parse(readFileSync(`${corpus}/sisimai-dev/labels.json`, 'utf8'));
const labelOf = (file) => labels.find((l) => l.file === file);

/**
 * Ordinary mail that looks like a notice at a glance (the words, the sender, a quoted SES
 * notification): it must never get a banner. Each is indexed with its own subject, so that the
 * tests can also show it as a thread of its own, under that subject.
 */
const nearMisses = [
  'near-miss-invoice-error.eml', // "Re: Error in invoice": "Marco said: the total is wrong"
  'near-miss-payment-rejected.eml', // "Payment rejected": "We will retry the charge tomorrow"
  'near-miss-backup-failed.eml', // "Backup failed": "the job could not reach the server"
  'near-miss-newsletter-bounce-sender.eml', // a newsletter from bounce@news.example.com
  'near-miss-ses-code-snippet.eml', // a developer quoting {"notificationType":"Bounce"} in code
  'near-miss-absence-request.eml', // "Absence request for Friday"
].map((f) => `test/fixtures/gmail/raw/${f}`);

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The webmail rendering of a corpus bounce: `From:`/`Subject:` lines, blank line, body. */
function corpusText(file) {
  const text = readFileSync(`${corpus}/sisimai-dev/text/${file.replace(/\.eml$/, '.txt')}`, 'utf8');
  const [head, ...rest] = text.split('\n\n');
  const from = /^From: (.*)$/m.exec(head)?.[1] ?? '';
  const subject = /^Subject: (.*)$/m.exec(head)?.[1] ?? '';
  return { from, subject, body: rest.join('\n\n') };
}

async function parseEml(path) {
  return PostalMime.parse(readFileSync(path));
}

function splitFrom(from) {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1].trim(), address: m[2].trim() } : { name: '', address: from.trim() };
}

/** Plain text as Gmail shows it: escaped, one <br> per line break. */
function plainToHtml(text) {
  return `<div dir="ltr">${text.replace(/\r\n/g, '\n').split('\n').map(esc).join('<br>\n')}</div>`;
}

/**
 * HTML as a webmail shows it after its sanitizer: no head, scripts, styles or handlers; class
 * names prefixed the way each webmail does (`m_` in Gmail, `x_` in Outlook).
 */
function sanitizeHtml(html, classPrefix) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<(script|style|title)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/?(html|body|meta|link|base)\b[^>]*>/gi, '')
    .replace(/\son\w+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\sclass=(["'])([^"']*)\1/gi, (_, q, names) => ` class=${q}${names.split(/\s+/).filter(Boolean).map((n) => classPrefix + n).join(' ')}${q}`)
    .replace(/src=(["'])cid:[^"']*\1/gi, 'src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Gmail

let gmailId = 1790000000000000100n;
const hex = (n) => n.toString(16);

function gmailHeader({ name, address }, date, collapsed) {
  if (collapsed) {
    return `<div class="kv" role="button" tabindex="-1"><table class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><span class="qu"><span email="${esc(address)}" name="${esc(name || address)}" data-hovercard-id="${esc(address)}" class="zF">${esc(name || address)}</span></span></td><td><span class="y2">${esc(date.snippet)}</span></td><td class="gH"><span class="g3" title="${esc(date.long)}">${esc(date.short)}</span></td></tr></tbody></table></div>`;
  }
  return `<div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td class="c2"><h3 class="iw gFxsud"><span class="qu" role="gridcell" tabindex="-1"><span email="${esc(address)}" name="${esc(name || address)}" data-hovercard-id="${esc(address)}" class="gD"><span>${esc(name || address)}</span></span> <span class="go"><span aria-hidden="true">&lt;</span>${esc(address)}<span aria-hidden="true">&gt;</span></span></span></h3></td></tr></tbody></table></td><td class="gH bAk"><div class="gK"><span class="g3" title="${esc(date.long)}" alt="${esc(date.long)}" role="gridcell" tabindex="-1">${esc(date.short)}</span></div></td></tr><tr class="acZ xD"><td colspan="3"><table cellpadding="0" class="cf adz"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">to <span email="me@example.org" name="me" class="g2">me</span></span></div></td></tr></tbody></table></td></tr></tbody></table></div>`;
}

/** One message of a Gmail thread; `collapsed` ones carry no body, as in Gmail. */
function gmailMessage(msg) {
  const id = (gmailId += 1n);
  const permmsgid = `msg-f:${id}`;
  const date = { short: 'Jun 4, 2024, 10:00 AM', long: 'Tue, Jun 4, 2024, 10:00 AM', snippet: msg.snippet ?? '' };
  const from = splitFrom(msg.from);
  const inner = msg.collapsed
    ? gmailHeader(from, date, true)
    : `<div class="gs">${gmailHeader(from, date, false)}<div class="qQVYZb"></div><div class="utdU2e"></div><div class="btm"></div><div class="ii gt" id=":m${hex(id).slice(-4)}"><div id=":n${hex(id).slice(-4)}" class="a3s aiL ">${msg.html}</div></div><div class="hi"></div></div>`;
  const html = `<div role="listitem" class="${msg.collapsed ? 'kv' : 'h7'} ie nH oy8Mbf" aria-expanded="${msg.collapsed ? 'false' : 'true'}" tabindex="-1"><div class="Bk"><div class="G3 G2"><div><div id=":a${hex(id).slice(-4)}" class="adn ads" data-message-id="#${permmsgid}" data-legacy-message-id="${hex(id)}">${inner}</div></div></div></div></div>`;
  const entry = { permmsgid, raw: msg.raw, bounce: msg.bounce, collapsed: Boolean(msg.collapsed), accept: msg.accept ?? [], recipients: msg.recipients ?? [] };
  return { html, entry: msg.nearMiss ? { ...entry, nearMiss: true, subject: msg.subject } : entry };
}

/** The "N older messages" fold Gmail shows in long threads: no message inside. */
const gmailFold = (n) => `<div class="kQ" role="listitem"><div class="adx"><span class="adl" role="button" tabindex="0">${n}</span></div></div>`;

function gmailPage({ title, subject, messages, ik = '9a3ca749ae' }) {
  const threadId = hex(gmailId + 7n);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(subject)} - me@example.org - Gmail</title>
<script nonce="fixture">var GLOBALS=[null,null,1717488000,"/mail/u/0",null,"me@example.org","en",null,null,"${ik}",null,[],null,"0"];</script>
</head>
<body class="aAU"><div id=":1" class="nH" style="width: 100%;">
<div class="nH w-asV aiw"><header class="gb_Ba" role="banner"><form class="gb_ge" role="search"><input aria-label="Search mail" name="q" placeholder="Search mail" class="gb_je"></form></header></div>
<div class="nH bkL"><div class="aeN" role="navigation"><div class="TK"><div class="aim ain"><a href="#inbox" class="J-Ke n0">Inbox</a></div><div class="aim"><a href="#sent" class="J-Ke n0">Sent</a></div></div></div></div>
<div class="nH bkK"><div class="nH"><div class="nH ar4 z" role="main">
<div class="nH a98 iY"><div class="nH if">
<div class="nH V8djrc byY"><div class="nH"><div class="ha"><h2 class="hP" id=":2d" tabindex="-1" data-thread-perm-id="thread-f:${BigInt(`0x${threadId}`)}" data-legacy-thread-id="${threadId}">${esc(subject)}</h2></div></div></div>
<div class="nH aHU" role="list">
${messages.join('\n')}
</div>
</div></div>
</div></div></div>
</div>
<!-- ${esc(title)} -->
</body></html>
`;
}

async function gmailFixtures() {
  const index = {};
  const write = (name, spec) => {
    const built = spec.messages.map((m) => {
      if (typeof m === 'string') return { html: m };
      const b = gmailMessage(m);
      // A fallback page takes away the anchor that the message's primary selector reads.
      return m.rewrite ? { html: m.rewrite(b.html), entry: { ...b.entry, fallback: m.fallback, sender: m.sender } } : b;
    });
    const page = gmailPage({ ...spec, messages: built.map((b) => b.html) });
    writeFileSync(`test/fixtures/gmail/${name}`, spec.rewritePage ? spec.rewritePage(page) : page);
    index[name] = { subject: spec.subject, messages: built.filter((b) => b.entry).map((b) => b.entry) };
  };

  const bounceFromText = (file, extra = {}) => {
    const t = corpusText(file);
    const l = labelOf(file);
    return {
      from: t.from,
      html: plainToHtml(t.body),
      raw: `${corpus}/sisimai-dev/eml/${file}`,
      bounce: l.kind === 'bounce',
      accept: l.recipients[0]?.accept ?? [],
      recipients: l.recipients.map((r) => r.address),
      snippet: t.body.slice(0, 60),
      ...extra,
    };
  };
  const bounceFromHtml = async (file, extra = {}) => {
    const parsed = await parseEml(`${corpus}/sisimai-dev/eml/${file}`);
    return bounceFromText(file, { html: sanitizeHtml(parsed.html, 'm_'), ...extra });
  };
  const ordinary = async (path, extra = {}) => {
    const parsed = await parseEml(path);
    const from = parsed.from?.name ? `${parsed.from.name} <${parsed.from.address}>` : (parsed.from?.address ?? '');
    return {
      from,
      html: parsed.html ? sanitizeHtml(parsed.html, 'm_') : plainToHtml((parsed.text ?? '').trim()),
      text: (parsed.text ?? '').trim(),
      raw: path,
      bounce: false,
      subject: parsed.subject ?? '',
      snippet: (parsed.text ?? '').trim().slice(0, 60),
      ...extra,
    };
  };

  // A bounce threaded under the message it returns, after a fold and a collapsed message.
  write('thread-bounce-under-original.html', {
    title: 'Google Workspace bounce threaded under the original, with collapsed messages',
    subject: 'Nyaan',
    messages: [
      gmailFold(2),
      { ...(await ordinary('test/fixtures/gmail/raw/original-nyaan.eml')), collapsed: true },
      await ordinary('test/fixtures/gmail/raw/original-nyaan.eml'),
      await bounceFromHtml('lhost-gsuite-01.eml'),
    ],
  });

  // Several notices in one thread, one with two recipients that failed for different reasons,
  // one in HTML, and a collapsed one (no body: no banner until it is expanded).
  write('thread-several-bounces.html', {
    title: 'Several bounces in one thread',
    subject: 'Quarterly newsletter',
    messages: [
      bounceFromText('lhost-exim-02.eml'),
      await ordinary(`${corpus}/not-bounce/ordinary-spamassassin-001.eml`),
      bounceFromText('lhost-postfix-13.eml'),
      await bounceFromHtml('lhost-office365-07.eml'),
      { ...bounceFromText('lhost-gmail-18.eml'), collapsed: true },
    ],
  });

  // Ordinary mail only, including a postmaster's message that is not a notice and the near misses.
  const gmailNearMisses = [];
  for (const path of nearMisses) gmailNearMisses.push(await ordinary(path, { nearMiss: true }));
  write('ordinary-thread.html', {
    title: 'Ordinary mail: no banner',
    subject: 'Scheduled maintenance of the mail server on Saturday',
    messages: [
      await ordinary('test/fixtures/gmail/raw/postmaster-maintenance.eml'),
      await ordinary(`${corpus}/not-bounce/ordinary-spamassassin-003.eml`),
      await ordinary(`${corpus}/not-bounce/ordinary-enmime-006.eml`),
      await ordinary('test/fixtures/gmail/raw/original-nyaan.eml'),
      ...gmailNearMisses,
    ],
  });

  // A notice whose server words are markup, script, CSS and a bidi override.
  const hostile = await parseEml('test/fixtures/gmail/raw/hostile-dsn.eml');
  write('hostile-diagnostic.html', {
    title: 'A notice that tries to inject markup',
    subject: 'Undelivered Mail Returned to Sender',
    messages: [
      {
        from: 'Mail Delivery System <MAILER-DAEMON@mx.example.net>',
        html: plainToHtml(hostile.text.trim()),
        raw: 'test/fixtures/gmail/raw/hostile-dsn.eml',
        bounce: true,
        accept: ['bad-mailbox'],
        recipients: ['kijitora@example.com'],
      },
    ],
  });

  // 200 expanded messages, one in twenty a bounce: the long-task budget's page.
  const bounceFiles = ['lhost-postfix-04.eml', 'lhost-exim-06.eml', 'lhost-gmail-18.eml', 'lhost-qmail-01.eml', 'lhost-sendmail-01.eml',
    'lhost-yahoo-03.eml', 'lhost-gmail-04.eml', 'lhost-exchange2007-02.eml', 'lhost-office365-03.eml', 'rhost-franceptt-01.eml'];
  const ordinaryFiles = ['ordinary-spamassassin-001.eml', 'ordinary-spamassassin-003.eml', 'ordinary-enmime-006.eml', 'ordinary-cpython-002.eml',
    'ordinary-cpython-004.eml', 'ordinary-mikel-mail-001.eml'];
  const ordinaries = [];
  for (const f of ordinaryFiles) {
    try {
      ordinaries.push(await ordinary(`${corpus}/not-bounce/${f}`));
    } catch {
      // a file missing from the corpus only shrinks the mix
    }
  }
  const many = [];
  for (let i = 0; i < 200; i++) {
    if (i % 20 === 19) many.push(bounceFromText(bounceFiles[(i - 19) / 20]));
    else {
      // Clipped like Gmail's own previews of long mail, so that the page weighs what a real one does.
      const o = ordinaries[i % ordinaries.length];
      many.push({ ...o, html: plainToHtml(o.text.slice(0, 1200)) });
    }
  }
  write('thread-200-messages.html', { title: '200 expanded messages', subject: 'Team thread', messages: many });

  // Every fallback selector of gmail/selectors.ts, one message each: the primary anchor is taken
  // away, the rest of the markup is Gmail's. The subject heading has lost `hP`, and the page has no
  // GLOBALS script, only a data-ik attribute.
  const postfix = bounceFromText('lhost-postfix-04.eml');
  const postfixSender = postfix.from;
  write('fallbacks.html', {
    title: 'Gmail without its primary anchors: every fallback selector at work',
    subject: 'Fallbacks',
    messages: [
      // The message element without `adn` and data-message-id: the legacy hex id still names it.
      { ...postfix, fallback: 'message', sender: postfixSender, rewrite: (h) => h.replace(/ class="adn ads" data-message-id="[^"]*"/, ' class="ads"') },
      // The body without `a3s`: the first child of the `ii gt` wrapper.
      { ...postfix, fallback: 'body', sender: postfixSender, rewrite: (h) => h.replace('class="a3s aiL "', 'class="aiL"') },
      // The sender without `gD`: the element with `email` in the header's h3.
      { ...postfix, fallback: 'sender-h3', sender: postfixSender, rewrite: (h) => h.replace('class="gD"', 'class="gD2"') },
      // Neither `gD` nor the h3: any `email` element that is not a recipient (`g2`).
      { ...postfix, fallback: 'sender-any', sender: postfixSender, rewrite: (h) => h.replace('class="gD"', 'class="gD2"').replace(/<(\/?)h3\b/g, '<$1div') },
      // No `email` on the sender at all: the recipient ("to me", `g2`) must not stand in for it.
      { ...postfix, fallback: 'no-sender', sender: '', rewrite: (h) => h.replace(/(<span) email="[^"]*"( name="[^"]*" data-hovercard-id="[^"]*" class="gD")/, '$1$2') },
    ],
    rewritePage: (page) => page.replace('<h2 class="hP"', '<h2 class="hP2"').replace(/<script nonce="fixture">[^<]*<\/script>/, '').replace('<body class="aAU">', '<body class="aAU" data-ik="5f3e2d1c0b">'),
  });

  writeFileSync('test/fixtures/gmail/index.json', `${JSON.stringify(index, null, 1)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Outlook on the web
//
// The markup follows what other people captured from live Outlook pages (2023-2025, outlook.office.com,
// outlook.live.com and outlook.cloud.microsoft), not what src/content/outlook/selectors.ts assumes:
// - the open conversation is `#ConversationReadingPaneContainer` inside `#ReadingPaneContainerId`,
//   its subject a `[role="heading"]` holding `span#CONV_…_SUBJECT`;
// - each message is a `div[aria-expanded]` item ("false" when collapsed: header and snippet only,
//   no body) wrapping `div[aria-label="Email message"]`;
// - the sender is `<span aria-label="From: sender@example.com"><span>Name</span></span>`, the label
//   in the UI language ("Da: …", "Von: …", "De : …"), the recipients a read-only
//   `div[aria-label="To: …"]`;
// - the message's commands are a `[role="toolbar"]` (Reply, Reply all, Forward, More actions);
//   More actions opens a Fluent menu (`[role="menu"]` of `[role="menuitem"]`), whose View item
//   opens a submenu with View message source, which opens a `[role="dialog"]` with the source;
// - the body is `UniqueMessageBody_N` with `aria-label="Message body"`; `role="document"` is
//   sometimes on a wrapper, sometimes on the body itself, sometimes nowhere.
// Class names are hashed in Outlook; the ones here are made up the same way and read by nothing.
// Pages in the older shape (`role="listitem"` items, `span[title="address"]` senders) and pages
// without the ids exercise the fallback selectors.

/** Outlook's own words for what the pages show, per UI language (as its localized UI names them). */
const owaWords = {
  en: { from: 'From: ', to: 'To: ', body: 'Message body', message: 'Email message', reply: 'Reply', replyAll: 'Reply all', forward: 'Forward', more: 'More actions', view: 'View', source: 'View message source', details: 'View message details', print: 'Print', sourceTitle: 'Message source', close: 'Close', date: 'Tue 6/4/2024 10:00 AM' },
  it: { from: 'Da: ', to: 'A: ', body: 'Corpo del messaggio', message: 'Messaggio di posta elettronica', reply: 'Rispondi', replyAll: 'Rispondi a tutti', forward: 'Inoltra', more: 'Altre azioni', view: 'Visualizza', source: 'Visualizza origine messaggio', details: 'Visualizza dettagli messaggio', print: 'Stampa', sourceTitle: 'Origine messaggio', close: 'Chiudi', date: 'mar 04/06/2024 10:00' },
  fr: { from: 'De\u202f: ', to: 'À\u202f: ', body: 'Corps du message', message: 'Message électronique', reply: 'Répondre', replyAll: 'Répondre à tous', forward: 'Transférer', more: 'Autres actions', view: 'Afficher', source: 'Afficher la source du message', details: 'Afficher les détails du message', print: 'Imprimer', sourceTitle: 'Source du message', close: 'Fermer', date: 'mar. 04/06/2024 10:00' },
  de: { from: 'Von: ', to: 'An: ', body: 'Nachrichtentext', message: 'E-Mail-Nachricht', reply: 'Antworten', replyAll: 'Allen antworten', forward: 'Weiterleiten', more: 'Weitere Aktionen', view: 'Ansicht', source: 'Nachrichtenquelle anzeigen', details: 'Nachrichtendetails anzeigen', print: 'Drucken', sourceTitle: 'Nachrichtenquelle', close: 'Schließen', date: 'Di 04.06.2024 10:00' },
  es: { from: 'De: ', to: 'Para: ', body: 'Cuerpo del mensaje', message: 'Mensaje de correo electrónico', reply: 'Responder', replyAll: 'Responder a todos', forward: 'Reenviar', more: 'Más acciones', view: 'Ver', source: 'Ver origen del mensaje', details: 'Ver detalles del mensaje', print: 'Imprimir', sourceTitle: 'Origen del mensaje', close: 'Cerrar', date: 'mar 04/06/2024 10:00' },
};

let owaBody = 0;

/**
 * The sender as Outlook labels it: the address in the aria-label (what the captures show), or
 * `Name <address>` (`label: 'both'`), or the name alone with the address only in a `title`
 * (`label: 'name'`, as for a sender in the same organisation).
 */
function owaSender(from, w, label = 'address') {
  const shownLabel = label === 'both' && from.name ? `${from.name} <${from.address}>` : label === 'name' ? from.name || from.address : from.address;
  const title = label === 'name' ? ` title="${esc(from.address)}"` : '';
  return `<span aria-label="${esc(w.from + shownLabel)}" class="lDdSm"><span class="OZZZK"${title}>${esc(from.name || from.address)}</span></span>`;
}

/** The body in one of the three shapes live pages show. */
function owaBodyHtml(msg, w) {
  owaBody += 1;
  const id = msg.noIds ? '' : ` id="UniqueMessageBody_${owaBody}"`;
  const cls = `rps_${(owaBody * 4099).toString(16)}`;
  const inner = `<div>${msg.html}</div>`;
  switch (msg.bodyShape ?? 'wrapper') {
    case 'wrapper': // role="document" on a wrapper around the body
      return `<div role="document" aria-label="${esc(w.body)}" tabindex="0" class="XbIp4 jmmB7 GNqVo allowTextSelection OuGoX"><div${id} class="${cls}">${inner}</div></div>`;
    case 'self': // role="document" on the body itself
      return `<div${id} role="document" aria-label="${esc(w.body)}" tabindex="0" class="${cls} allowTextSelection">${inner}</div>`;
    case 'none': // no role anywhere: the body carries only its id and label
      return `<div class="XbIp4 allowTextSelection"><div${id} aria-label="${esc(w.body)}" class="${cls}">${inner}</div></div>`;
    default:
      throw new Error(`unknown body shape ${msg.bodyShape}`);
  }
}

function owaToolbar(w) {
  const button = (label, extra = '') => `<button type="button" aria-label="${esc(label)}" title="${esc(label)}" class="fui-Button r1alrhcs"${extra}><span class="fui-Button__icon"></span></button>`;
  return `<div role="toolbar" class="QVUvf">${button(w.reply)}${button(w.replyAll)}${button(w.forward)}${button(w.more, ' aria-haspopup="menu" aria-expanded="false"')}</div>`;
}

function owaItem(msg, w) {
  const from = splitFrom(msg.from);
  if (msg.collapsed) {
    return `<div aria-expanded="false" class="aVla3 Q8TCC"><div aria-label="${esc(w.message)}" tabindex="-1" role="button" class="SlLx9">
<div class="l8Tnu">${owaSender(from, w, msg.senderLabel)}<span class="SU4SC">${esc(msg.snippet ?? '')}</span><span data-testid="SentReceivedSavedTime">${esc(w.date)}</span></div>
</div></div>`;
  }
  return `<div aria-expanded="true" class="aVla3 Q8TCC"><div aria-label="${esc(w.message)}" tabindex="-1" class="SlLx9 WWy1F">
<div class="l8Tnu"><div class="VzrSd"><div class="TsbYi">${owaSender(from, w, msg.senderLabel)}</div><div aria-label="${esc(`${w.to}me@example.org`)}" aria-readonly="true" class="AL_OM l8Tnu I1wdR">${esc(w.to)}<span class="pU1YL">me@example.org</span></div><div data-testid="SentReceivedSavedTime" class="AL_OM l8Tnu">${esc(w.date)}</div></div>${owaToolbar(w)}</div>
<div class="wide-content-host">${owaBodyHtml(msg, w)}</div>
</div></div>`;
}

/** The older reading pane: list items numbered for screen readers, the address in a `title`. */
function owaLegacyItem(msg, position, total, w) {
  const from = splitFrom(msg.from);
  const shown = from.name ? `${from.name} <${from.address}>` : from.address;
  return `<div role="listitem" aria-posinset="${position}" aria-setsize="${total}" class="aVla3 Q8TCC"><div class="SlLx9 WWy1F" tabindex="-1">
<div class="l8Tnu"><div class="VzrSd"><div class="TsbYi"><span class="OZZZK" title="${esc(from.address)}">${esc(shown)}</span></div><div class="AL_OM l8Tnu I1wdR">To:&nbsp;<span class="pU1YL" title="me@example.org">me@example.org</span></div><div class="AL_OM l8Tnu">${esc(w.date)}</div></div></div>
<div class="wide-content-host">${owaBodyHtml(msg, w)}</div>
</div></div>`;
}

function owaPage({ title, subject, messages, lang = 'en', legacy = false, noIds = false }) {
  const w = owaWords[lang];
  const convId = 'AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxZ';
  const items = messages.map((m, i) => (legacy ? owaLegacyItem({ ...m, noIds }, i + 1, messages.length, w) : owaItem({ ...m, noIds }, w)));
  // Without the ids (a future Outlook), the subject is only a heading of the main region.
  const heading = noIds
    ? `<h2 class="JdFsz">${esc(subject)}</h2>`
    : legacy
      ? `<div role="heading" aria-level="2" class="JdFsz"><span class="rUjqN" title="${esc(subject)}">${esc(subject)}</span></div>`
      : `<div role="heading" aria-level="2" class="JdFsz allowTextSelection"><span id="CONV_${convId.slice(-6)}_SUBJECT" class="rUjqN" title="${esc(subject)}">${esc(subject)}</span></div>`;
  const conversation = legacy
    ? `<div class="full">${heading}</div>\n<div role="list" class="L72vd">\n${items.join('\n')}\n</div>`
    : `<div id="ConversationReadingPaneContainer" class="NTPm6">
<div class="full">${heading}</div>
<div data-app-section="ConversationContainer" class="L72vd">
${items.join('\n')}
</div>
</div>`;
  // The main region is a <main> element in current builds (no role attribute), a [role="main"] div before.
  const [open, close] = noIds ? ['<main id="MainModule" class="vSxgZ">', '</main>'] : ['<div id="MainModule" role="main" class="vSxgZ">', '</div>'];
  return `<!DOCTYPE html>
<html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>Mail - Me - Outlook</title></head>
<body><div id="app"><div id="appRoot" class="FJtrc">
<div role="banner" class="o365sx-navbar"><div class="_fce_h ms-Persona"></div></div>
<div class="GssDD" role="navigation"><div role="tree" class="C2IG3"><div role="treeitem" class="gtcPn">Inbox</div><div role="treeitem" class="gtcPn">Sent Items</div></div></div>
${open}
<div class="jGG6V"><div role="listbox" class="customScrollBar"><div role="option" class="hcptT" aria-selected="true" data-convid="${convId}"><div class="XG5Jd"><span title="${esc(subject)}">${esc(subject)}</span></div></div></div></div>
<div id="ReadingPaneContainerId" class="wmoxT">
${conversation}
</div>
${close}
</div><div id="fluent-default-layer-host"></div></div>
<!-- ${esc(title)} -->
</body></html>
`;
}

/**
 * What Outlook adds to the page when More actions, then View, then View message source are
 * clicked: Fluent menus (the current ones, `fui-Menu…`; Italian in the older ContextualMenu
 * shape, `ms-ContextualMenu…`) and the source dialog (the source in a <pre>, or in a read-only
 * textarea). Saved as fragments that the tests insert when the matching item is clicked.
 */
function owaMenus(lang) {
  const w = owaWords[lang];
  const legacyMenu = lang === 'it';
  const item = (label, submenu = false) =>
    legacyMenu
      ? `<li role="presentation" class="ms-ContextualMenu-item"><button role="menuitem" name="${esc(label)}" class="ms-ContextualMenu-link root-123"${submenu ? ' aria-haspopup="true" aria-expanded="false"' : ''} tabindex="0"><div class="ms-ContextualMenu-linkContent"><i class="ms-ContextualMenu-icon" aria-hidden="true"></i><span class="ms-ContextualMenu-itemText">${esc(label)}</span>${submenu ? '<i class="ms-ContextualMenu-submenuIcon" aria-hidden="true"></i>' : ''}</div></button></li>`
      : `<div role="menuitem" tabindex="-1" class="fui-MenuItem r1wm3pq1"${submenu ? ' aria-haspopup="menu" aria-expanded="false"' : ''}><span class="fui-MenuItem__icon"></span><span class="fui-MenuItem__content">${esc(label)}</span>${submenu ? '<span class="fui-MenuItem__submenuIndicator"></span>' : ''}</div>`;
  const menu = (items) =>
    legacyMenu
      ? `<div class="ms-Layer ms-Layer--fixed"><div class="ms-Callout ms-ContextualMenu-Callout" role="presentation"><div class="ms-ContextualMenu is-open" tabindex="-1"><ul role="menu" class="ms-ContextualMenu-list is-open">${items.join('')}</ul></div></div></div>`
      : `<div class="fui-MenuPopover r1fw6g3n" role="presentation" data-popper-placement="bottom-end"><div role="menu" class="fui-MenuList rjrqlbk">${items.join('')}</div></div>`;
  const more = menu([item(w.reply), item(w.forward), item(w.print), item(w.view, true)]);
  const view = menu([item(w.details), item(w.source)]);
  // The notice's source stands as {{source}}: the tests fill it in (test/content/source-view-fragments.ts),
  // so that each language's dialog does not carry its own copy of it.
  const source = (inTextarea) =>
    `<div class="fui-DialogSurface__backdrop"></div><div role="dialog" aria-modal="true" aria-labelledby="dialog-title-7" class="fui-DialogSurface r1svjbtt"><div class="fui-DialogBody"><h2 id="dialog-title-7" class="fui-DialogTitle">${esc(w.sourceTitle)}</h2><div class="fui-DialogContent">${
      inTextarea ? `<textarea readonly class="ms-TextField-field" aria-label="${esc(w.sourceTitle)}">{{source}}</textarea>` : `<pre class="BVRX8">{{source}}</pre>`
    }</div><div class="fui-DialogActions"><button type="button" class="fui-Button">${esc(w.close)}</button></div></div></div>`;
  return { more, view, source };
}

async function outlookFixtures() {
  const index = {};
  const write = (name, spec) => {
    writeFileSync(`test/fixtures/outlook/${name}`, owaPage(spec));
    index[name] = {
      subject: spec.subject,
      ...(spec.lang && spec.lang !== 'en' ? { lang: spec.lang } : {}),
      messages: spec.messages.map((m) => ({
        raw: m.raw, bounce: m.bounce, collapsed: Boolean(m.collapsed), accept: m.accept ?? [], recipients: m.recipients ?? [], ...(m.nearMiss ? { nearMiss: true, subject: m.subject } : {}),
      })),
    };
  };
  const ndr = async (file, asHtml, extra = {}) => {
    const t = corpusText(file);
    const l = labelOf(file);
    const html = asHtml ? sanitizeHtml((await parseEml(`${corpus}/sisimai-dev/eml/${file}`)).html, 'x_') : plainToHtml(t.body);
    return { from: t.from, html, raw: `${corpus}/sisimai-dev/eml/${file}`, bounce: true, accept: l.recipients[0]?.accept ?? [], recipients: l.recipients.map((r) => r.address), subject: t.subject, snippet: t.body.slice(0, 60), ...extra };
  };
  const ordinary = async (path, extra = {}) => {
    const parsed = await parseEml(path);
    const from = parsed.from?.name ? `${parsed.from.name} <${parsed.from.address}>` : (parsed.from?.address ?? '');
    const text = (parsed.text ?? '').trim();
    return { from, html: parsed.html ? sanitizeHtml(parsed.html, 'x_') : plainToHtml(text), raw: path, bounce: false, subject: parsed.subject ?? '', snippet: text.slice(0, 60), ...extra };
  };

  const o365 = await ndr('lhost-office365-07.eml', true);
  write('ndr-reading-pane.html', { title: 'Office 365 NDR in the reading pane', subject: o365.subject, messages: [o365] });

  // The three body shapes in one conversation, after a collapsed message (no body: no banner).
  const original = await ordinary('test/fixtures/gmail/raw/original-nyaan.eml');
  write('conversation.html', {
    title: 'Conversation: a collapsed message, the original, then Exchange NDRs in HTML (English, French) and a Postfix one, in all three body shapes',
    subject: 'Nyaan',
    messages: [
      { ...original, collapsed: true },
      { ...original, bodyShape: 'self' },
      await ndr('lhost-exchange2007-02.eml', true, { bodyShape: 'wrapper', senderLabel: 'both' }),
      await ndr('lhost-exchange2007-06.eml', true, { bodyShape: 'none' }),
      await ndr('lhost-postfix-04.eml', false, { bodyShape: 'self' }),
    ],
  });

  write('ordinary.html', {
    title: 'Ordinary mail: no banner',
    subject: 'Scheduled maintenance of the mail server on Saturday',
    messages: [
      await ordinary('test/fixtures/gmail/raw/postmaster-maintenance.eml', { bodyShape: 'self' }),
      await ordinary(`${corpus}/not-bounce/ordinary-spamassassin-003.eml`, { bodyShape: 'none' }),
      ...(await Promise.all(nearMisses.map((path) => ordinary(path, { nearMiss: true })))),
    ],
  });

  // A notice whose cause is only in its attached report (the text names none): the full notice
  // is read from View message source. One page per UI language, with its menus and dialog.
  const aolFile = 'lhost-aol-02.eml';
  mkdirSync('test/fixtures/outlook/source-view', { recursive: true });
  for (const lang of Object.keys(owaWords)) {
    const aol = await ndr(aolFile, false, { bodyShape: lang === 'de' ? 'none' : lang === 'fr' ? 'self' : 'wrapper', senderLabel: lang === 'fr' ? 'both' : 'address' });
    write(`ndr-no-cause.${lang}.html`, { title: `An NDR whose cause is only in its attached report (${lang} UI)`, subject: aol.subject, messages: [aol], lang });
    const { more, view, source } = owaMenus(lang);
    writeFileSync(`test/fixtures/outlook/source-view/more-actions.${lang}.html`, `${more}\n`);
    writeFileSync(`test/fixtures/outlook/source-view/view.${lang}.html`, `${view}\n`);
    writeFileSync(`test/fixtures/outlook/source-view/source-dialog.${lang}.html`, `${source(lang === 'es')}\n`);
  }

  // The fallbacks: the older list-item shape with `title` addresses, and a page without the ids.
  write('legacy-reading-pane.html', {
    title: 'The older reading pane: role="listitem" items, the address in a title',
    subject: 'Nyaan',
    legacy: true,
    messages: [original, await ndr('lhost-postfix-04.eml', false, { bodyShape: 'wrapper' })],
  });
  write('no-ids.html', {
    title: 'A reading pane without the UniqueMessageBody and CONV_ ids, in a <main> element',
    subject: o365.subject,
    noIds: true,
    messages: [{ ...o365, bodyShape: 'self' }],
  });

  writeFileSync('test/fixtures/outlook/index.json', `${JSON.stringify(index, null, 1)}\n`);
}

mkdirSync('test/fixtures/gmail', { recursive: true });
mkdirSync('test/fixtures/outlook', { recursive: true });
await gmailFixtures();
await outlookFixtures();
console.log('fixtures written to test/fixtures/gmail and test/fixtures/outlook');
