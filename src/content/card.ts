/**
 * Renders one explanation as DOM: the banner and the popup both show this card, so a verdict
 * looks the same wherever it is read. Every message-derived string goes through safeText and
 * lands in a text node.
 */
import type { Verdict } from '../core/index.js';
import { el } from './dom.js';
import type { Explanation, TechnicalDetail } from './explanation.js';
import type { Locale } from './locale.js';
import { safeText } from './safe-text.js';
import type { BannerTranslate } from './words.js';

export interface CardOptions {
  readonly doc: Document;
  readonly t: BannerTranslate;
  readonly locale: Locale;
  /** Which input decided: the original message, or the text on screen. Omitted in the popup. */
  readonly source?: 'message' | 'text';
  /** The text decided because the original could not be had (a webmail that offers none says less). */
  readonly fallback?: boolean;
  /** Shows a "hide" button when given. */
  readonly onDismiss?: () => void;
  /**
   * The text on screen named no cause and the full notice is a click away (Outlook's own View
   * message source): offer it, say it is opening, or say which clicks to make. `read`: the verdict
   * came from that source.
   */
  readonly fullNotice?: FullNotice;
}

export interface FullNotice {
  readonly state: 'offer' | 'waiting' | 'manual' | 'read';
  readonly onRead?: () => void;
}

/** The hint and its one click (or, when the menu could not be found, the two clicks to make). */
function fullNoticeLine(doc: Document, t: BannerTranslate, notice: FullNotice | undefined): HTMLElement | null {
  if (!notice || notice.state === 'read') return null;
  const line = el(doc, 'p', { class: 'wb-full', 'data-state': notice.state }, t('fullNoticeHint'), ' ');
  if (notice.state === 'manual') {
    line.append(el(doc, 'span', {}, t('fullNoticeManual')));
    return line;
  }
  const waiting = notice.state === 'waiting';
  const button = el(doc, 'button', { type: 'button', class: 'wb-read', 'aria-busy': waiting ? 'true' : undefined }, t(waiting ? 'fullNoticeWaiting' : 'fullNoticeRead'));
  button.disabled = waiting;
  // Not once: a click that opened nothing leaves the same card, whose button must work again.
  if (!waiting && notice.onRead) button.addEventListener('click', notice.onRead);
  line.append(button);
  return line;
}

function sourceKey(options: CardOptions) {
  if (options.fullNotice?.state === 'read') return 'sourceView';
  return options.source === 'message' ? 'sourceMessage' : options.fallback ? 'sourceText' : 'sourceScreen';
}

function severityBadge(doc: Document, t: BannerTranslate, severity: string): HTMLElement | null {
  if (severity !== 'hard' && severity !== 'soft') return null;
  return el(doc, 'span', { class: 'wb-badge', 'data-severity': severity }, t(severity === 'hard' ? 'severityHard' : 'severitySoft'));
}

function technicalRows(doc: Document, t: BannerTranslate, tech: TechnicalDetail): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const row = (label: string, value: Node | string) => rows.push(el(doc, 'dt', {}, label), el(doc, 'dd', {}, value));
  if (tech.status) row(t('techStatus'), safeText(tech.statusMeaning ? `${tech.status} (${tech.statusMeaning})` : tech.status));
  if (tech.reply) row(t('techReply'), safeText(tech.reply));
  if (tech.remoteHost) row(t('techRemoteHost'), el(doc, 'bdi', {}, safeText(tech.remoteHost)));
  if (tech.diagnostic) row(t('techDiagnostic'), el(doc, 'pre', { class: 'wb-diag', dir: 'ltr' }, safeText(tech.diagnostic)));
  return rows;
}

export function renderCard(explanation: Explanation, verdict: Verdict, options: CardOptions): HTMLElement {
  const { doc, t } = options;
  const many = explanation.recipients.length > 1;
  // Addresses with different outcomes: each group says what to do, not the card as a whole.
  const several = explanation.groups.length > 1;

  // Several recipients: a line naming each, then its own <dl> (a <dl> may hold only dt/dd
  // groups, so the address cannot sit inside one).
  const tech: HTMLElement[] = [];
  if (many) {
    for (const r of explanation.recipients) {
      const rows = technicalRows(doc, t, r.technical);
      if (rows.length > 0) tech.push(el(doc, 'p', { class: 'wb-who' }, el(doc, 'bdi', {}, safeText(r.address || '?'))), el(doc, 'dl', {}, rows));
    }
  } else {
    const rows = technicalRows(doc, t, explanation.technical);
    if (rows.length > 0) tech.push(el(doc, 'dl', {}, rows));
  }

  const card = el(
    doc,
    'section',
    {
      class: 'wb-card',
      role: 'region',
      'aria-label': t('bannerLabel'),
      lang: options.locale,
      'data-severity': verdict.severity,
      'data-category': verdict.category,
    },
    el(
      doc,
      'div',
      { class: 'wb-head' },
      el(doc, 'span', { class: 'wb-logo', 'aria-hidden': 'true' }, '↩'),
      el(doc, 'h2', { class: 'wb-headline' }, safeText(explanation.headline)),
      severityBadge(doc, t, verdict.severity),
      options.onDismiss
        ? el(doc, 'button', { type: 'button', class: 'wb-button wb-dismiss', title: t('dismissTitle') }, t('dismiss'))
        : null,
    ),
    explanation.forwarded ? el(doc, 'p', { class: 'wb-summary' }, safeText(explanation.forwarded)) : null,
    explanation.summary ? el(doc, 'p', { class: 'wb-summary' }, safeText(explanation.summary)) : null,
    fullNoticeLine(doc, t, options.fullNotice),
    explanation.groups.length > 0
      ? [
          el(doc, 'h3', {}, t('recipientsTitle')),
          el(
            doc,
            'ul',
            { class: 'wb-recipients' },
            // Addresses that failed the same way share one item; with different outcomes each
            // group carries its own steps and keep-or-remove.
            explanation.groups.map((g) =>
              el(
                doc,
                'li',
                { 'data-category': g.category, 'data-severity': g.severity, 'data-action': g.action },
                g.addresses.flatMap((a, i) => [i > 0 ? ', ' : null, el(doc, 'bdi', { class: 'wb-addr' }, safeText(a || '?'))]),
                many ? severityBadge(doc, t, g.severity) : null,
                // With one group the card's own headline and summary already say what happened
                // to them all (the summary opens with the group's title).
                several && g.title ? el(doc, 'span', { class: 'wb-gline' }, safeText(g.title)) : null,
                several ? el(doc, 'span', { class: 'wb-rline' }, safeText(g.headline)) : null,
                several && g.steps.length > 0 ? el(doc, 'ol', { class: 'wb-steps' }, g.steps.map((s) => el(doc, 'li', {}, safeText(s)))) : null,
                several && g.actionText ? el(doc, 'p', { class: 'wb-action' }, safeText(g.actionText)) : null,
              ),
            ),
          ),
        ]
      : null,
    explanation.steps.length > 0 && !several
      ? [el(doc, 'h3', {}, t('stepsTitle')), el(doc, 'ol', { class: 'wb-steps' }, explanation.steps.map((s) => el(doc, 'li', {}, safeText(s))))]
      : null,
    explanation.action === 'remove' || explanation.action === 'keep'
      ? el(doc, 'p', { class: 'wb-action' }, safeText(explanation.actionText) || t(explanation.action === 'remove' ? 'actionRemove' : 'actionKeep'))
      : null,
    tech.length > 0 ? el(doc, 'details', { class: 'wb-tech' }, el(doc, 'summary', {}, t('technicalToggle')), tech) : null,
    options.source
      ? el(
          doc,
          'p',
          { class: 'wb-source', 'data-source': options.source },
          `${t(sourceKey(options))} · whybounce`,
        )
      : null,
  );
  const dismiss = card.querySelector('.wb-dismiss');
  if (dismiss && options.onDismiss) dismiss.addEventListener('click', options.onDismiss, { once: true });
  return card;
}
