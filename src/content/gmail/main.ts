/** Content script for mail.google.com. */
import { boot } from '../boot.js';
import { gmailAdapter } from './adapter.js';

boot(gmailAdapter());
