/**
 * The digest panel's look (inside its shadow root). System fonts only; the colours meet WCAG AA
 * on both themes. `:host([data-theme="dark"])` follows a dark webmail page, the media query a
 * dark system theme on an extension page.
 */
export const digestCss = `
:host { all: initial; }
:host([data-floating]) { position: fixed; z-index: 2147483000; top: 72px; right: 16px; bottom: 16px;
  width: min(860px, calc(100vw - 32px)); display: block; }
.wb-digest { --bg: #ffffff; --fg: #1f1f1f; --muted: #4d5156; --line: #d9d9d9; --hard: #b3261e; --hard-bg: #fdecea;
  --soft: #7a4a00; --soft-bg: #fff4e0; --link: #0b57d0; --focus: #0b57d0;
  box-sizing: border-box; background: var(--bg); color: var(--fg); padding: 12px 16px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.wb-floating { height: 100%; overflow: auto; border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 8px 28px rgba(0,0,0,.25); }
:host([data-theme="dark"]) .wb-digest { --bg: #202124; --fg: #e8eaed; --muted: #bdc1c6; --line: #5f6368; --hard: #f2b8b5;
  --hard-bg: #601410; --soft: #ffd8a8; --soft-bg: #4a2c00; --link: #a8c7fa; --focus: #a8c7fa; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) .wb-digest { --bg: #202124; --fg: #e8eaed; --muted: #bdc1c6; --line: #5f6368;
    --hard: #f2b8b5; --hard-bg: #601410; --soft: #ffd8a8; --soft-bg: #4a2c00; --link: #a8c7fa; --focus: #a8c7fa; }
}
.wb-top { display: flex; align-items: center; gap: 8px; }
.wb-top h2 { flex: 1; margin: 0; font-size: 18px; font-weight: 600; }
.wb-close { min-width: 32px; min-height: 32px; border: 1px solid var(--line); border-radius: 16px; background: transparent;
  color: var(--fg); font: inherit; font-size: 18px; cursor: pointer; }
h3 { margin: 12px 0 4px; font-size: 14px; font-weight: 600; }
.wb-progress { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 8px; }
.wb-progress progress { flex: 1 1 160px; height: 8px; accent-color: var(--link); }
.wb-progress-text { color: var(--muted); }
.wb-button { min-height: 32px; padding: 4px 12px; border: 1px solid var(--line); border-radius: 16px; background: transparent;
  color: var(--fg); font: inherit; cursor: pointer; }
.wb-primary { background: var(--link); border-color: var(--link); color: var(--bg); font-weight: 600; }
.wb-button:disabled { opacity: .55; cursor: default; }
button:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible, textarea:focus-visible {
  outline: 2px solid var(--focus); outline-offset: 2px; }
.wb-counts { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 0; padding: 0; }
.wb-counts li { display: inline-flex; gap: 6px; padding: 2px 10px; border: 1px solid var(--line); border-radius: 12px; }
.wb-filters, .wb-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin-top: 10px; }
.wb-check { display: inline-flex; align-items: center; gap: 6px; }
.wb-check input { width: 18px; height: 18px; margin: 0; }
select { min-height: 28px; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; }
.wb-copied { color: var(--muted); }
.wb-manual { display: block; width: 100%; box-sizing: border-box; margin-top: 6px; font: 12px ui-monospace, Menlo, Consolas, monospace;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); }
.wb-manual[hidden], .wb-empty[hidden], [hidden] { display: none; }
.wb-shown { margin: 8px 0 4px; color: var(--muted); font-size: 13px; }
.wb-table { overflow-x: auto; }
.wb-more { margin-top: 8px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th { text-align: start; font-weight: 600; border-bottom: 2px solid var(--line); padding: 4px 6px; }
td { border-bottom: 1px solid var(--line); padding: 4px 6px; vertical-align: top; }
.wb-date { white-space: nowrap; color: var(--muted); }
.wb-addr { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; unicode-bidi: isolate; }
.wb-n { color: var(--muted); }
.wb-words { max-width: 320px; overflow-wrap: anywhere; color: var(--muted); }
.wb-badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap;
  background: var(--soft-bg); color: var(--soft); }
.wb-badge[data-severity="hard"] { background: var(--hard-bg); color: var(--hard); }
a { color: var(--link); }
.wb-empty, .wb-privacy { color: var(--muted); font-size: 13px; }
`;

/** The control that opens the digest: a small pill at the bottom right of the list. */
export const digestOpenCss = `
:host { all: initial; position: fixed; z-index: 2147482999; right: 24px; bottom: 24px; }
.wb-open { display: inline-flex; align-items: center; gap: 8px; min-height: 40px; padding: 8px 16px; border: 0;
  border-radius: 20px; background: #0b57d0; color: #ffffff; box-shadow: 0 2px 8px rgba(0,0,0,.3); cursor: pointer;
  font: 600 14px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.wb-open:hover { background: #0842a0; }
.wb-open:focus-visible { outline: 3px solid #a8c7fa; outline-offset: 2px; }
.wb-logo { display: inline-block; width: 20px; height: 20px; border-radius: 50%; background: #ffffff; color: #0b57d0;
  text-align: center; line-height: 20px; font-size: 13px; }
`;
