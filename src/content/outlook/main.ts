/** Content script for Outlook on the web. */
import { boot } from '../boot.js';
import { outlookAdapter } from './adapter.js';

// The text on screen, and the source Outlook's View message source shows when the user asks for
// the full notice, are classified by the background (background-read.ts).
boot(outlookAdapter());
