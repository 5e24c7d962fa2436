/**
 * The card's look, shared by the banner (inside its shadow root, so that neither Gmail's nor
 * Outlook's styles reach it, nor ours theirs) and by the popup. System fonts only: the extension
 * loads nothing from the network.
 *
 * Every colour is a custom property set once per theme, so a state rule (hover, focus) can never
 * outrank the dark theme with a light colour. The banner follows the page's own background
 * (banner.ts sets `data-whybounce-theme` on its host: Gmail's and Outlook's dark themes do not
 * follow the system setting); the popup, whose host has no such attribute, follows
 * `prefers-color-scheme`. Each pair below is at least 4.5:1 (WCAG AA for text).
 *
 * A banner on the page is `content-visibility: auto` and takes no room until it is first shown
 * (its spacing is the card's margin, inside it): one out of sight is neither styled nor laid out,
 * and inserting it moves nothing on the page. Inserting ten laid-out banners into the
 * 200-message thread made one frame of 25 to 35 ms of CPU in Chromium's trace (their layout, and
 * the re-positioning of every message below the first of them); with this, 6 to 10 ms (issue 12).
 * Scrolled near, a banner renders and keeps its size (`auto`); above the view, the browser's
 * scroll anchoring keeps what the user reads in place.
 */
const light = `--wb-bg:#ffffff;--wb-fg:#1f1f1f;--wb-border:#d9d9d9;--wb-sub:#444444;--wb-muted:#5f6368;--wb-link:#1a5fb4;
  --wb-hover:#f1f3f4;--wb-hard:#b3261e;--wb-hard-bg:#fdecea;--wb-soft:#8a5300;--wb-soft-bg:#fff4e0;--wb-on-accent:#ffffff;`;
const dark = `--wb-bg:#202124;--wb-fg:#e8eaed;--wb-border:#5f6368;--wb-sub:#bdc1c6;--wb-muted:#bdc1c6;--wb-link:#8ab4f8;
  --wb-hover:#303134;--wb-hard:#f28b82;--wb-hard-bg:#3c2322;--wb-soft:#fdd663;--wb-soft-bg:#3a3014;--wb-on-accent:#202124;`;

export const cardCss = `
:host { all: initial; display: block; margin: 0 0 12px; ${light} }
:host([data-whybounce-host]) { margin: 0; content-visibility: auto; contain-intrinsic-block-size: auto 0px; }
:host([data-whybounce-host]) .wb-card { margin-bottom: 12px; }
:host([data-whybounce-theme="dark"]) { ${dark} }
@media (prefers-color-scheme: dark) { :host(:not([data-whybounce-theme])) { ${dark} } }
.wb-card, .wb-hidden {
  --wb-accent: var(--wb-soft); --wb-accent-bg: var(--wb-soft-bg);
  box-sizing: border-box; max-width: 760px; padding: 12px 14px 10px;
  border: 1px solid var(--wb-border); border-left: 4px solid var(--wb-accent); border-radius: 8px;
  background: var(--wb-bg); color: var(--wb-fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start;
}
.wb-card[data-severity="hard"] { --wb-accent: var(--wb-hard); --wb-accent-bg: var(--wb-hard-bg); }
.wb-head { display: flex; align-items: flex-start; gap: 8px; }
.wb-logo { flex: none; width: 22px; height: 22px; border-radius: 50%; background: var(--wb-accent); color: var(--wb-on-accent);
  font-size: 14px; line-height: 22px; text-align: center; margin-top: 1px; }
.wb-headline { flex: 1; margin: 0; font-size: 16px; line-height: 1.4; font-weight: 600; }
.wb-badge { flex: none; display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
  background: var(--wb-accent-bg); color: var(--wb-accent); white-space: nowrap; }
.wb-badge[data-severity="hard"] { background: var(--wb-hard-bg); color: var(--wb-hard); }
.wb-badge[data-severity="soft"] { background: var(--wb-soft-bg); color: var(--wb-soft); }
.wb-button { flex: none; box-sizing: border-box; min-width: 24px; min-height: 24px; margin: -2px 0; padding: 2px 6px;
  border: 0; border-radius: 4px; background: transparent; color: var(--wb-muted); cursor: pointer; font: inherit;
  font-size: 13px; text-decoration: underline; }
.wb-button:hover { color: var(--wb-fg); background: var(--wb-hover); }
.wb-button:focus-visible, .wb-tech summary:focus-visible { outline: 2px solid var(--wb-link); outline-offset: 1px; color: var(--wb-fg); }
.wb-summary { margin: 6px 0 0; }
.wb-card h3 { margin: 10px 0 4px; font-size: 13px; font-weight: 600; color: var(--wb-sub); }
.wb-recipients { list-style: none; margin: 0; padding: 0; }
.wb-recipients li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; padding: 2px 0; }
.wb-addr { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
  unicode-bidi: isolate; overflow-wrap: anywhere; }
.wb-rline, .wb-gline { color: var(--wb-sub); }
.wb-recipients li > .wb-steps, .wb-recipients li > .wb-action { flex-basis: 100%; margin-top: 2px; }
.wb-recipients li + li { border-top: 1px solid var(--wb-border); margin-top: 2px; padding-top: 4px; }
.wb-steps { margin: 0; padding-inline-start: 22px; }
.wb-steps li { margin: 2px 0; }
.wb-action { margin: 8px 0 0; font-weight: 600; }
.wb-tech { margin-top: 10px; }
.wb-tech summary { display: inline-block; min-height: 24px; padding: 2px 4px 0 0; border-radius: 4px; cursor: pointer;
  color: var(--wb-link); font-size: 13px; }
.wb-tech summary::before { content: "▸ "; }
.wb-tech[open] summary::before { content: "▾ "; }
.wb-tech summary::-webkit-details-marker { display: none; }
.wb-tech dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; font-size: 13px; }
.wb-tech dt { color: var(--wb-muted); }
.wb-tech dd { margin: 0; overflow-wrap: anywhere; }
.wb-who { margin: 8px 0 0; font-size: 13px; font-weight: 600; }
.wb-diag { margin: 0; white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12px; unicode-bidi: plaintext; overflow-wrap: anywhere; }
.wb-source { margin: 8px 0 0; font-size: 12px; color: var(--wb-muted); }
.wb-full { margin: 6px 0 0; }
.wb-read { font: inherit; font-weight: 600; cursor: pointer; min-height: 24px; padding: 2px 10px; border-radius: 4px;
  border: 1px solid var(--wb-accent); background: transparent; color: var(--wb-accent); }
.wb-read:hover { background: var(--wb-accent-bg); }
.wb-read:focus-visible { outline: 2px solid var(--wb-link); outline-offset: 1px; }
.wb-read:disabled { cursor: default; opacity: 0.7; }
.wb-hidden { display: flex; align-items: center; gap: 8px; padding: 6px 10px; --wb-accent: var(--wb-border); }
`;
