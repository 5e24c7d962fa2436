// @vitest-environment happy-dom
/**
 * ISSUE 5, point 4, from end to end: a forged bounce whose server words carry markup, script,
 * CSS and bidi overrides goes through the real classifier and the explanation, then into the
 * banner (content script) and the popup card. Nothing from the message may become an element
 * or an attribute; it must show as the same text, with bidi controls made visible.
 * (test/content/card.test.ts checks the card with a hand-made verdict; test/e2e runs a real
 * browser on a saved page.)
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplanationCard } from '../../popup/ExplanationCard.js';
import { createHost, renderInto } from '../../src/content/banner.js';
import { explainLocally } from '../../src/content/explain-local.js';
import { translator } from '../../src/content/i18n.js';
import { classify } from '../../src/core/index.js';

const payloads = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(2)</script>',
  '</style><style>*{display:none}</style>',
  '<a href="javascript:alert(3)">click</a>',
  '<svg onload=alert(4)>',
  '"><iframe src=//evil.example>',
  '{{constructor.constructor("alert(5)")()}}',
];
const bidi = '\u202emoc.elpmaxe@live';
const diagnostic = `550 5.1.1 User unknown ${payloads.join(' ')} ${bidi}`;

const message = [
  'From: "<img src=x onerror=alert(6)>" <MAILER-DAEMON@mx.example.org>',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender <script>alert(7)</script>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  '',
  '--B',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'This is the mail system at host mx.example.org.',
  '',
  "I'm sorry to have to inform you that your message could not be delivered.",
  '',
  `<user@example.net>: host mx.<b>example</b>.net said: ${diagnostic}`,
  '',
  '--B',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.org',
  '',
  'Final-Recipient: rfc822; user@example.net',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx.<b>evil</b>.example',
  `Diagnostic-Code: smtp; ${diagnostic}`,
  '',
  '--B--',
  '',
].join('\r\n');

/** Tags the card builds itself; anything else came from the message. */
const allowedTags = new Set(['section', 'div', 'p', 'span', 'strong', 'em', 'h2', 'h3', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'bdi', 'details', 'summary', 'button', 'style', 'small', 'code']);

function expectInert(root: ParentNode, label: string): void {
  const elements = Array.from(root.querySelectorAll('*'));
  const foreign = elements.map((e) => e.tagName.toLowerCase()).filter((t) => !allowedTags.has(t));
  expect(foreign, `${label}: elements the card does not build`).toEqual([]);
  expect(root.querySelectorAll('style').length, `${label}: one stylesheet at most`).toBeLessThanOrEqual(1);
  for (const e of elements) {
    for (const a of Array.from(e.attributes)) {
      expect(a.name.startsWith('on'), `${label}: event handler attribute ${a.name}`).toBe(false);
      expect(a.value, `${label}: attribute ${a.name} carries message text`).not.toMatch(/alert\(|javascript:|onerror|evil/i);
    }
  }
  const text = root.textContent ?? '';
  // The server's words are shown, verbatim, as text.
  expect(text, label).toContain('<img src=x onerror=alert(1)>');
  expect(text, label).toContain('<script>alert(2)</script>');
  expect(text, label).toContain('</style><style>*{display:none}</style>');
  // A bidi override is shown as a visible marker, never applied.
  expect(text, label).not.toContain('\u202e');
  expect(text, label).toContain('⟨U+202E⟩moc.elpmaxe@live');
}

describe('a forged bounce with hostile server words, through classify, explain and render', () => {
  const alert = vi.fn();
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('the classifier keeps the words verbatim (it never strips or interprets markup)', async () => {
    const v = await classify(message);
    expect(v.kind).toBe('bounce');
    expect(v.recipients[0]!.diagnostic).toContain('<img src=x onerror=alert(1)>');
    expect(v.recipients[0]!.diagnostic).toContain('\u202e');
  });

  it('the banner shows them as inert text', async () => {
    window.alert = alert;
    const v = await classify(message);
    const host = createHost(document, 'gmail:hostile');
    document.body.append(host);
    renderInto(host, { verdict: v, explanation: explainLocally(v, 'en'), card: { doc: document, t: translator('en'), locale: 'en', source: 'message' } });
    // Open the technical details, where the words are.
    for (const d of Array.from(host.shadowRoot!.querySelectorAll('details'))) d.setAttribute('open', '');
    expectInert(host.shadowRoot!, 'banner');
    expect(document.querySelectorAll('img, script, iframe, svg').length).toBe(0);
    expect(alert).not.toHaveBeenCalled();
  });

  it('the popup card shows them as inert text', async () => {
    window.alert = alert;
    const v = await classify(message);
    const root = document.createElement('div');
    document.body.append(root);
    render(h(ExplanationCard, { explanation: explainLocally(v, 'en'), verdict: v, locale: 'en', t: translator('en') }), root);
    const host = root.querySelector('[data-testid="explanation"]')!;
    expect(host.shadowRoot).not.toBeNull();
    expectInert(host.shadowRoot!, 'popup');
    expect(alert).not.toHaveBeenCalled();
    render(null, root);
  });
});
