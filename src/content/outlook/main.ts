/** Content script for Outlook on the web. */
import { boot } from '../boot.js';
import { outlookAdapter } from './adapter.js';

boot(outlookAdapter());
