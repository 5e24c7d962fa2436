/** Content script for Outlook on the web. */
import { classifyWithBackgroundMime } from '../background-mime.js';
import { boot } from '../boot.js';
import { outlookAdapter } from './adapter.js';

// The source Outlook's View message source shows, when the user asks for the full notice.
boot(outlookAdapter(), classifyWithBackgroundMime);
