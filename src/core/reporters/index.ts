/**
 * The notice formats whybounce reads, most specific first. The generic reader
 * (reporters/generic.ts) takes whatever none of these claims.
 */
import { dragonfly } from './dragonfly.js';
import { exim } from './exim.js';
import { googlegroups } from './googlegroups.js';
import { imailserver } from './imailserver.js';
import { qmail } from './qmail.js';
import { sendmail } from './sendmail.js';
import type { Reporter } from './types.js';
import { zoho } from './zoho.js';

export const reporters: readonly Reporter[] = [dragonfly, googlegroups, imailserver, zoho, qmail, exim, sendmail];
