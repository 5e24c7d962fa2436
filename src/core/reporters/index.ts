/**
 * The notice formats whybounce reads, most specific first. The generic reader
 * (reporters/generic.ts) takes whatever none of these claims.
 */
import { activehunter } from './activehunter.js';
import { amavis } from './amavis.js';
import { amazonses } from './amazonses.js';
import { amazonworkmail } from './amazonworkmail.js';
import { aol } from './aol.js';
import { apachejames } from './apachejames.js';
import { barracuda } from './barracuda.js';
import { bigfoot } from './bigfoot.js';
import { biglobe } from './biglobe.js';
import { communigate } from './communigate.js';
import { courier } from './courier.js';
import { domino } from './domino.js';
import { dragonfly } from './dragonfly.js';
import { einsundeins } from './einsundeins.js';
import { exchange2003 } from './exchange2003.js';
import { exchange2007 } from './exchange2007.js';
import { exim } from './exim.js';
import { ezweb } from './ezweb.js';
import { facebook } from './facebook.js';
import { fml } from './fml.js';
import { gmail } from './gmail.js';
import { gmx } from './gmx.js';
import { groupwise } from './groupwise.js';
import { googlegroups } from './googlegroups.js';
import { gsuite } from './gsuite.js';
import { imailserver } from './imailserver.js';
import { interscanmss } from './interscanmss.js';
import { kddi } from './kddi.js';
import { mailfoundry } from './mailfoundry.js';
import { mailmarshal } from './mailmarshal.js';
import { mailru } from './mailru.js';
import { mcafee } from './mcafee.js';
import { messagelabs } from './messagelabs.js';
import { messagingserver } from './messagingserver.js';
import { mfilter } from './mfilter.js';
import { mimecast } from './mimecast.js';
import { mxlogic } from './mxlogic.js';
import { notes } from './notes.js';
import { office365 } from './office365.js';
import { opensmtpd } from './opensmtpd.js';
import { outlook } from './outlook.js';
import { postfix } from './postfix.js';
import { powermta } from './powermta.js';
import { qmail } from './qmail.js';
import { receivingses } from './receivingses.js';
import { sendgrid } from './sendgrid.js';
import { sendmail } from './sendmail.js';
import { smail } from './smail.js';
import type { Reporter } from './types.js';
import type { generic } from './generic.js';
import { surfcontrol } from './surfcontrol.js';
import { verizon } from './verizon.js';
import { x1 } from './x1.js';
import { x2 } from './x2.js';
import { x3 } from './x3.js';
import { x4 } from './x4.js';
import { x6 } from './x6.js';
import { xmail } from './xmail.js';
import { yahoo } from './yahoo.js';
import { yandex } from './yandex.js';
import { zoho } from './zoho.js';

export const reporters = [
  // Recognised by a header or sender of their own (a provider's notice may reuse a common
  // MTA's words, so these come before the readers of those words).
  amazonses, amazonworkmail, receivingses, messagelabs, fml, imailserver, zoho, verizon, biglobe,
  googlegroups, gsuite, office365, aol, yandex, mailru, gmx, einsundeins, mxlogic, bigfoot, ezweb,
  kddi, mfilter, surfcontrol, interscanmss, facebook, barracuda, amavis, activehunter, mimecast, mailfoundry,
  // Recognised by the words of their notice; the common MTAs, whose words others quote, last.
  smail, communigate, groupwise, xmail, domino, dragonfly, x6, mailmarshal, exchange2007, exchange2003, gmail, x3, outlook, courier,
  opensmtpd, messagingserver, sendgrid, powermta, mcafee, notes, x1, x2, x4, yahoo, apachejames,
  postfix, qmail, exim, sendmail,
] as const satisfies readonly Reporter[];

/**
 * The name of every notice format whybounce reads, the generic reader's too. Rules that belong to
 * one format (rules/formats.ts, rules/commands.ts) are keyed by these, so a misspelt or a
 * renamed format is a compile error, not a rule that never runs.
 */
export type ReporterName = (typeof reporters)[number]['name'] | (typeof generic)['name'];
