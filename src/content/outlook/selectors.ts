/**
 * Every place whybounce reads Outlook on the web (outlook.live.com, outlook.office.com,
 * outlook.office365.com, outlook.cloud.microsoft: the same app at each). Outlook's class names are
 * hashed and change with every release, so nothing here uses one; the anchors are ids and ARIA
 * attributes that Outlook sets for its own accessibility. What they hold was checked against
 * markup other people captured from live pages (2023-2025), see scripts/build-ext-fixtures.mjs.
 */
import type { Locale } from '../../core/locales.js';

/**
 * The rendered body of one message: Outlook gives each one an id starting with
 * `UniqueMessageBody` (`UniqueMessageBody`, `UniqueMessageBody_2`, …) in the reading pane, in
 * conversation view and in a pop-out window alike. It carries `aria-label="Message body"`
 * (localized) and sometimes no role.
 */
export const messageBody = '[id^="UniqueMessageBody"]';

/**
 * The ARIA document around a message body; the banner goes right before it, outside the
 * message's own styles. Live pages put `role="document"` on a wrapper of the body, or on the body
 * itself (closest() finds either), or nowhere: then the banner goes before the body.
 */
export const bodyFrame = '[role="document"]';

/**
 * A fallback for a future Outlook that drops the UniqueMessageBody ids: every ARIA document in the
 * open conversation (current builds) or in the main region (a `[role="main"]` div in older builds,
 * a <main> element, which has no role attribute, in current ones) is a message body.
 */
export const bodyFrameFallback = '#ConversationReadingPaneContainer [role="document"], [role="main"] [role="document"], main [role="document"]';

/**
 * The element that holds one message (header and body). Current builds: a `div[aria-expanded]`
 * item of the open conversation ("false" when collapsed, with no body). Older builds: a list item
 * numbered for screen readers.
 */
export const messageItem = '#ConversationReadingPaneContainer div[aria-expanded], [role="listitem"], [aria-posinset]';

/** Where the messages are when there is no item: the open conversation, else the reading pane. */
export const readingPane = '#ConversationReadingPaneContainer, #ReadingPaneContainerId, [role="main"], main';

/**
 * The sender, in the message header: `<span aria-label="From: sender@example.com">` around the
 * display name, the label in the UI language ("Da: …", "Von: …", "De : …"), sometimes
 * `From: Name <address>`, or the name alone for a sender of the same organisation. The first
 * labelled span of the header is the sender (the recipients follow, in a `div[aria-label]`).
 */
export const senderLabelled = 'span[aria-label]';
/** The label's shape in any language: a word or two, a colon (full-width in CJK UIs), the sender. */
export const senderLabel = /^[^:：<>@]{1,30}[:：](.+)$/;

/**
 * The sender in older builds: the display name with the address in angle brackets
 * (`Microsoft Outlook <postmaster@outlook.com>`) and the bare address in the persona's `title`.
 */
export const senderWithTitle = 'span[title*="@"], [data-email]';

/**
 * The conversation subject: the reading pane's heading, holding `span#CONV_…_SUBJECT` in current
 * builds; a level-2 heading in older ones. Fallback: any heading of the main region.
 */
export const subject = '#ConversationReadingPaneContainer [role="heading"], [role="heading"][aria-level="2"]';
export const subjectFallback = '[role="main"] [role="heading"], [role="main"] h2, main [role="heading"], main h2';

/**
 * The id of the open conversation (or message, with conversations off) in Outlook's route:
 * `/mail/inbox/id/AAQkAD…`, `/mail/0/sentitems/id/AAMkAG…`. The DOM exposes no message id, so the
 * route is the stable anchor a message's key is built from.
 */
export const itemIdInPath = /\/id\/([^/?#]{8,400})/;

/**
 * Where a message sits in its conversation, in older builds: Outlook numbered the items for
 * screen readers (`aria-posinset="2"`). Current builds do not; the item's place among the
 * conversation's items (collapsed ones included) stands in.
 */
export const positionAttribute = 'aria-posinset';

// View message source: "…" (More actions) > View > View message source. Outlook offers a page
// no other way to a message's source (its service endpoints need a bearer token the page keeps to
// itself), so whybounce clicks through Outlook's own menu, only when the user asks it to.

/**
 * The message's More actions button: a menu button of the message's toolbar (Reply, Reply all,
 * Forward, More actions), named in the UI language. Fallback: the toolbar's last menu button,
 * which is where Outlook puts it.
 */
export const toolbarMenuButton = '[role="toolbar"] button[aria-haspopup]';
export const moreActionsNames = Object.values({
  en: 'More actions', it: 'Altre azioni', fr: 'Autres actions', de: 'Weitere Aktionen', es: 'Más acciones',
} satisfies Record<Locale, string>);

/**
 * An open menu and its items: Fluent's current menus (`div[role="menu"]` of
 * `div[role="menuitem"]`) and its older ContextualMenu (`ul[role="menu"]` of
 * `button[role="menuitem"]`), both in a layer at the end of the body.
 */
export const openMenu = '[role="menu"]';
export const menuItem = '[role="menuitem"]';
/**
 * The View item (a submenu) and View message source, in each UI language the extension speaks
 * (keyed by src/core/locales.ts: a language added there does not compile until its names are here).
 */
export const viewNames = Object.values({ en: 'View', it: 'Visualizza', fr: 'Afficher', de: 'Ansicht', es: 'Ver' } satisfies Record<Locale, string>);
export const viewSourceNames = Object.values({
  en: 'View message source', it: 'Visualizza origine messaggio', fr: 'Afficher la source du message', de: 'Nachrichtenquelle anzeigen', es: 'Ver origen del mensaje',
} satisfies Record<Locale, string>);

/**
 * The source view: a dialog whose text reads as a message (a class name would change with the next
 * release). The source is in a <pre> or a read-only textarea; else the dialog's whole text.
 */
export const dialog = '[role="dialog"]';
export const dialogSource = 'textarea, pre';
