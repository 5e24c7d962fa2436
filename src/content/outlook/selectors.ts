/**
 * Every place whybounce reads Outlook on the web (outlook.live.com, outlook.office.com,
 * outlook.office365.com). Outlook's class names are hashed and change with every release, so
 * nothing here uses one; the anchors are ids and ARIA roles that Outlook sets for its own
 * accessibility and that do not change with the UI language.
 */

/**
 * The rendered body of one message: Outlook gives each one an id starting with
 * `UniqueMessageBody` (`UniqueMessageBody`, `UniqueMessageBody_2`, …) in the reading pane, in
 * conversation view and in a pop-out window alike.
 */
export const messageBody = '[id^="UniqueMessageBody"]';

/**
 * The ARIA document that wraps a message body; the banner goes right before it, outside the
 * message's own styles. Fallback: when there is no wrapper, the body itself.
 */
export const bodyFrame = 'div[role="document"]';

/**
 * A fallback for a future Outlook that drops the UniqueMessageBody ids: every ARIA document in the
 * main region is a message body.
 */
export const bodyFrameFallback = '[role="main"] div[role="document"]';

/**
 * The element that holds one message (header and body) in conversation view, each is a list
 * item; the single reading pane is the fallback.
 */
export const messageItem = '[role="listitem"], [aria-posinset]';
export const readingPane = '#ReadingPaneContainerId, [role="main"]';

/**
 * The sender, in the message header: Outlook shows the display name with the address in angle
 * brackets (`Microsoft Outlook <postmaster@outlook.com>`), and puts the bare address in the
 * persona's `title`. Read from those, not from a class name.
 */
export const senderWithTitle = 'span[title*="@"], [data-email]';

/**
 * The conversation subject: the level-2 heading of the reading pane ("Undeliverable: …").
 * Fallback: any heading there.
 */
export const subject = '[role="heading"][aria-level="2"]';
export const subjectFallback = '[role="main"] [role="heading"], [role="main"] h2';

/**
 * The id of the open conversation (or message, with conversations off) in Outlook's route:
 * `/mail/inbox/id/AAQkAD…`, `/mail/0/sentitems/id/AAMkAG…`. The DOM exposes no message id, so the
 * route is the stable anchor a message's key is built from.
 */
export const itemIdInPath = /\/id\/([^/?#]{8,400})/;

/**
 * Where a message sits in its conversation: Outlook numbers the items of the reading pane's list
 * for screen readers (`aria-posinset="2"`). Missing when there is no list (a pop-out window).
 */
export const positionAttribute = 'aria-posinset';
