/**
 * The webmails the extension runs on, one row each: the single place that says which origins,
 * which folder (selectors and content entry) and which name a webmail has. Read by:
 * - vite.config.ts: the manifest's `content_scripts` (one per row) and the bundles to build;
 * - scripts/budgets-ext.mjs: which scripts to weigh, which origins a content script may match;
 * - the popup and the options page: the site access to check and to ask for (Firefox lets a user
 *   withhold it);
 * - the tests (manifest, e2e harness, the registry test that checks each row's folder).
 *
 * Adding a webmail is a folder `src/content/<id>/` (selectors.ts, adapter.ts, main.ts: see
 * README, "Adding a webmail") and a row here.
 */
export interface Webmail {
  /** The folder under src/content/, and the prefix of the banners' keys. */
  readonly id: string;
  /** As the user knows it; shown in the popup when access is missing. */
  readonly name: string;
  /** Match patterns of every origin it is served from (the content script's `matches`). */
  readonly matches: readonly string[];
  /** Every selector the adapter reads, commented (DESIGN.md, style 4). */
  readonly selectors: string;
  /** The content script's entry, bundled standalone. */
  readonly entry: string;
}

export const webmails = [
  {
    id: 'gmail',
    name: 'Gmail',
    matches: ['https://mail.google.com/*'],
    selectors: 'src/content/gmail/selectors.ts',
    entry: 'src/content/gmail/main.ts',
  },
  {
    id: 'outlook',
    name: 'Outlook',
    // Personal accounts (live.com), work and school accounts (office.com, office365.com), and
    // Microsoft 365's new address for work accounts (cloud.microsoft, from 2024 on).
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
    selectors: 'src/content/outlook/selectors.ts',
    entry: 'src/content/outlook/main.ts',
  },
] as const satisfies readonly Webmail[];

export type WebmailId = (typeof webmails)[number]['id'];

/** Every match pattern of every webmail. */
export const webmailMatches: readonly string[] = webmails.flatMap((w) => w.matches);

/** `https://mail.google.com/*` -> `https://mail.google.com`. */
export const originOf = (pattern: string): string => pattern.replace(/\/\*$/, '');
