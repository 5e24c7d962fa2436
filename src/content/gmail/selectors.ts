/**
 * Every place whybounce reads Gmail's page. Gmail's class names are short, obfuscated and
 * generated, but these few have been stable for years and are what extensions that document
 * Gmail's DOM rely on; each has a fallback on an attribute or structure that does not depend on a
 * class name. Nothing here keys on an aria-label or other localized text.
 */

/**
 * One message in the conversation view. `div.adn` is an expanded message; it carries the
 * message's permanent id in `data-message-id` (`#msg-f:1790…`). The fallback is the legacy hex id
 * attribute, which Gmail still sets on the same element.
 */
export const message = 'div.adn[data-message-id], div[data-legacy-message-id]';

/**
 * The rendered body of an expanded message: `div.a3s` (with `aiL` in current Gmail) inside the
 * `div.ii.gt` wrapper. Collapsed messages (`div.kv`, `div.kQ`) have no body in the DOM until they
 * are expanded, so they are simply not found. Fallback: the wrapper's first child that is not our
 * own banner (which goes right before the body, inside the same wrapper).
 */
export const body = 'div.a3s';
export const bodyFallback = 'div.ii.gt > div:not([data-whybounce-host])';

/**
 * The sender of a message: `span.gD` carries the address in its `email` attribute and the
 * display name in `name`. The header also carries the recipients the same way
 * (`<span email="me@example.org" class="g2">` in "to me"), so the fallbacks are tried in this
 * order, never as one list: an element with `email` inside the header's h3 (the expanded header
 * puts only the sender there), then any element with `email` that is not a recipient (`g2`;
 * collapsed rows use `span.zF` for the sender).
 */
export const sender = 'span.gD[email]';
export const senderFallbacks = ['h3 [email]', '[email]:not(.g2)'] as const;

/**
 * The thread subject: `h2.hP`. Gmail threads a bounce under the original mail, so for a bounce
 * this is usually the original's subject, not the notice's own. Fallback: the heading that carries
 * the thread id.
 */
export const subject = 'h2.hP';
export const subjectFallback = 'h2[data-thread-perm-id], h2[data-legacy-thread-id]';

/** Inline scripts, where Gmail declares `var GLOBALS=[…]` holding the `ik` request key. */
export const inlineScripts = 'script:not([src])';

/**
 * Some Gmail builds and test pages expose the `ik` key on an element attribute instead; read it
 * when the GLOBALS array is not there.
 */
export const ikAttribute = 'data-ik';

/*
 * The list views (inbox, a label, search results) that the bounce digest reads.
 */

/**
 * One conversation row of a list: `tr.zA` (`zE` unread, `yO` read) in the `table.F` of the main
 * area. Fallback: any table row in the main area that carries a message id.
 */
export const listRow = 'tr.zA';
export const listRowFallback = '[role="main"] tr:has([data-legacy-last-message-id])';

/**
 * The row's ids sit on the subject's span (`span.bqe` or the `span` inside `span.bog`):
 * `data-legacy-last-message-id` is the hex id of the conversation's newest message — the
 * notice, when a bounce is threaded under the mail it returns (`data-thread-id` alone opens the
 * thread's first message, often the user's own) — and `data-legacy-thread-id` the thread's.
 */
export const listRowIds = '[data-legacy-last-message-id]';

/**
 * The senders shown in a row (`span.yP`, `span.zF` when unread; several for a conversation:
 * "me, Mail Delivery Subsystem (2)"), each with the address in `email` and the name in `name`.
 * Scoped to the sender cell (`td.yX`, `div.yW`) so that an address elsewhere in the row is not
 * taken for a sender; fallback: any `[email]` in the row.
 */
export const listRowSenders = 'td.yX [email], div.yW [email]';
export const listRowSendersFallback = '[email]';

/** The row's subject: `span.bog` (its inner `span.bqe` carries the ids). */
export const listRowSubject = 'span.bog';

/** The row's date: `td.xW span` whose `title` holds the full date and time. */
export const listRowDate = 'td.xW [title]';
