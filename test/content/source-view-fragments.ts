/**
 * The fragments Outlook adds to the page for More actions > View > View message source, saved in
 * test/fixtures/outlook/source-view (scripts/build-ext-fixtures.mjs writes them). The source
 * dialog's fragment holds `{{source}}` where the notice's source goes: it is filled here from the
 * notice the saved page shows, so that each language's dialog does not carry a copy of it.
 */
import { readFileSync } from 'node:fs';

const index: Record<string, { messages: { raw: string }[] }> = JSON.parse(readFileSync('test/fixtures/outlook/index.json', 'utf8'));

/** The source the dialog shows: the notice of the ndr-no-cause pages (the same in every language). */
export const dialogSource = readFileSync(index['ndr-no-cause.en.html']!.messages[0]!.raw, 'latin1');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A saved fragment by file name (`more-actions.en.html`, `view.fr.html`, `source-dialog.es.html`), the dialog's source filled in. */
export function sourceViewFragment(name: string): string {
  return readFileSync(`test/fixtures/outlook/source-view/${name}`, 'utf8').replace('{{source}}', () => escapeHtml(dialogSource));
}
