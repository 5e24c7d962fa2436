/**
 * Mounts the same DOM card the banner shows. The card is built with DOM nodes and text nodes
 * (src/content/card.ts), so the popup and the banner cannot drift apart.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Verdict } from '../src/core/index.js';
import { renderCard } from '../src/content/card.js';
import type { Explanation } from '../src/content/explanation.js';
import type { Locale, Translate } from '../src/content/i18n.js';
import { cardCss } from '../src/content/styles.js';

interface Props {
  readonly explanation: Explanation;
  readonly verdict: Verdict;
  readonly locale: Locale;
  readonly t: Translate;
}

export function ExplanationCard({ explanation, verdict, locale, t }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = ref.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = cardCss;
    root.replaceChildren(style, renderCard(explanation, verdict, { doc: document, t, locale }));
  }, [explanation, verdict, locale, t]);
  return (
    <div
      ref={ref}
      class="explanation"
      data-testid="explanation"
      data-whybounce-kind={verdict.kind}
      data-whybounce-category={verdict.category}
      data-whybounce-severity={verdict.severity}
    />
  );
}
