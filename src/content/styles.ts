/**
 * The card's look, shared by the banner (inside its shadow root, so that neither Gmail's nor
 * Outlook's styles reach it, nor ours theirs) and by the popup. System fonts only: the extension
 * loads nothing from the network.
 */
export const cardCss = `
:host { all: initial; display: block; margin: 0 0 12px; }
.wb-card {
  --wb-accent: #8a5300; --wb-accent-bg: #fff4e0;
  box-sizing: border-box; max-width: 760px; padding: 12px 14px 10px;
  border: 1px solid #d9d9d9; border-left: 4px solid var(--wb-accent); border-radius: 8px;
  background: #ffffff; color: #1f1f1f;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start;
}
.wb-card[data-severity="hard"] { --wb-accent: #b3261e; --wb-accent-bg: #fdecea; }
.wb-head { display: flex; align-items: flex-start; gap: 8px; }
.wb-logo { flex: none; width: 22px; height: 22px; border-radius: 50%; background: var(--wb-accent); color: #fff;
  font-size: 14px; line-height: 22px; text-align: center; margin-top: 1px; }
.wb-headline { flex: 1; margin: 0; font-size: 16px; line-height: 1.4; font-weight: 600; }
.wb-badge { flex: none; display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
  background: var(--wb-accent-bg); color: var(--wb-accent); white-space: nowrap; }
.wb-badge[data-severity="hard"] { background: #fdecea; color: #b3261e; }
.wb-badge[data-severity="soft"] { background: #fff4e0; color: #8a5300; }
.wb-dismiss { flex: none; border: 0; background: transparent; color: #5f6368; cursor: pointer; font: inherit;
  font-size: 13px; padding: 0 4px; text-decoration: underline; }
.wb-dismiss:hover, .wb-dismiss:focus-visible { color: #1f1f1f; }
.wb-summary { margin: 6px 0 0; }
.wb-card h3 { margin: 10px 0 4px; font-size: 13px; font-weight: 600; color: #444; }
.wb-recipients { list-style: none; margin: 0; padding: 0; }
.wb-recipients li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; padding: 2px 0; }
.wb-addr { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px;
  unicode-bidi: isolate; overflow-wrap: anywhere; }
.wb-rline { color: #444; }
.wb-steps { margin: 0; padding-inline-start: 22px; }
.wb-steps li { margin: 2px 0; }
.wb-action { margin: 8px 0 0; font-weight: 600; }
.wb-tech { margin-top: 10px; }
.wb-tech summary { cursor: pointer; color: #1a5fb4; font-size: 13px; }
.wb-tech dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 0; font-size: 13px; }
.wb-tech dt { color: #5f6368; }
.wb-tech dd { margin: 0; overflow-wrap: anywhere; }
.wb-tech .wb-who { grid-column: 1 / -1; font-weight: 600; margin-top: 6px; }
.wb-diag { margin: 0; white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12px; unicode-bidi: plaintext; overflow-wrap: anywhere; }
.wb-source { margin: 8px 0 0; font-size: 12px; color: #5f6368; }
.wb-full { margin: 6px 0 0; }
.wb-read { font: inherit; font-weight: 600; cursor: pointer; padding: 2px 10px; border-radius: 4px;
  border: 1px solid var(--wb-accent); background: transparent; color: var(--wb-accent); }
.wb-read:disabled { cursor: default; opacity: 0.7; }
@media (prefers-color-scheme: dark) {
  .wb-card { background: #202124; color: #e8eaed; border-color: #3c4043; }
  .wb-card h3, .wb-rline { color: #bdc1c6; }
  .wb-tech dt, .wb-source, .wb-dismiss { color: #9aa0a6; }
  .wb-tech summary { color: #8ab4f8; }
}
`;
