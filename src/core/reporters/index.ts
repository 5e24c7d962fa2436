/**
 * The notice formats whybounce reads, most specific first. The generic reader
 * (reporters/generic.ts) takes whatever none of these claims.
 */
import { amazonses } from './amazonses.js';
import { biglobe } from './biglobe.js';
import { domino } from './domino.js';
import { dragonfly } from './dragonfly.js';
import { exim } from './exim.js';
import { fml } from './fml.js';
import { googlegroups } from './googlegroups.js';
import { imailserver } from './imailserver.js';
import { mailmarshal } from './mailmarshal.js';
import { qmail } from './qmail.js';
import { sendmail } from './sendmail.js';
import type { Reporter } from './types.js';
import { verizon } from './verizon.js';
import { x6 } from './x6.js';
import { zoho } from './zoho.js';

export const reporters: readonly Reporter[] = [
  // Recognised by a header or sender of their own.
  amazonses, fml, imailserver, zoho, verizon, biglobe, googlegroups,
  // Recognised by the words of their notice.
  domino, dragonfly, x6, mailmarshal, qmail, exim, sendmail,
];
