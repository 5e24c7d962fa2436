/**
 * The notice formats whybounce reads, most specific first, and the choice of the one that claims
 * a notice. The generic reader (reporters/generic.ts) takes whatever none of these claims.
 */
import { heldIn, noticePhrases } from '../notice-phrases.js';
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
import type { Marks, NoticeContext, Reporter } from './types.js';
import { anyLiteral } from '../rules/scan.js';
import { generic } from './generic.js';
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
] as const satisfies readonly (Reporter & { readonly marks: Marks })[];

/**
 * The name of every notice format whybounce reads, the generic reader's too. Rules that belong to
 * one format (rules/formats.ts, rules/commands.ts) are keyed by these, so a misspelt or a
 * renamed format is a compile error, not a rule that never runs.
 */
export type ReporterName = (typeof reporters)[number]['name'] | (typeof generic)['name'];

/** A format's reader with the name it is known by. */
export type Format = Reporter & { readonly name: ReporterName };

/**
 * Every format's marks, indexed: each mark with the formats (their places in `reporters`) it
 * lets in. A notice's marks are all read in one go (the phrases in the one reading of the notice
 * the kind detector shares, notice-phrases.ts; From:, Subject: and the headers once each), and
 * only the formats they let in are asked, in their order.
 */
interface MarkIndex {
  /**
   * By phrase number in `noticePhrases`: the formats the phrase lets in (none past the end or at
   * a hole). An array, not a Map: each phrase a notice holds is looked up by its number.
   */
  readonly phrases: readonly (readonly number[] | undefined)[];
  readonly from: readonly (readonly [part: string, formats: number[]])[];
  readonly subject: readonly (readonly [part: string, formats: number[]])[];
  /** Whether a text holds any of the parts of `from` (of `subject`): one test before a look for each. */
  readonly anyFrom: RegExp;
  readonly anySubject: RegExp;
  /** By header name: the parts of its value, each with its formats. */
  readonly headers: ReadonlyMap<string, readonly (readonly [part: string, formats: number[]])[]>;
  readonly dsnFields: readonly (readonly [field: string, formats: number[]])[];
}

const markIndex: MarkIndex = (() => {
  const phrases = new Map<string, number[]>();
  const from = new Map<string, number[]>();
  const subject = new Map<string, number[]>();
  const headers = new Map<string, Map<string, number[]>>();
  const dsnFields = new Map<string, number[]>();
  const add = (to: Map<string, number[]>, key: string, i: number) => {
    const list = to.get(key);
    if (!list) to.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  reporters.forEach(({ marks }: { marks: Marks }, i) => {
    for (const p of marks.says ?? []) add(phrases, p, i);
    for (const p of marks.from ?? []) add(from, p, i);
    for (const p of marks.subject ?? []) add(subject, p, i);
    for (const [name, part] of marks.headers ?? []) {
      if (!headers.has(name)) headers.set(name, new Map());
      add(headers.get(name)!, part, i);
    }
    for (const f of marks.dsnFields ?? []) add(dsnFields, f, i);
  });
  return {
    phrases: byNumber(phrases),
    from: [...from],
    subject: [...subject],
    anyFrom: anyLiteral(from.keys()),
    anySubject: anyLiteral(subject.keys()),
    headers: new Map([...headers].map(([name, parts]) => [name, [...parts]])),
    dsnFields: [...dsnFields],
  };
})();

/** Each phrase's formats at the phrase's number in `noticePhrases` (added to it here). */
function byNumber(phrases: ReadonlyMap<string, number[]>): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  for (const [phrase, formats] of phrases) out[noticePhrases.add(phrase)] = formats;
  // Holes filled, so that the array is read as a plain list.
  for (let n = 0; n < out.length; n++) out[n] ??= undefined;
  return out;
}

/** Sets 1 in `out` at each of `formats`. */
function admit(out: Uint8Array, formats: readonly number[]): void {
  for (let k = 0; k < formats.length; k++) out[formats[k]!] = 1;
}

/** The formats (by place in `reporters`) whose marks the notice holds: 1 at each. */
function candidates(ctx: NoticeContext): Uint8Array {
  const index = markIndex;
  const out = new Uint8Array(reporters.length);
  const { phrases } = index;
  for (const n of heldIn(ctx).found) {
    const formats = n < phrases.length ? phrases[n] : undefined;
    if (formats) admit(out, formats);
  }
  // Most notices' From and Subject hold none of the parts.
  const from = ctx.from.toLowerCase();
  if (index.anyFrom.test(from)) for (const [part, formats] of index.from) if (from.includes(part)) admit(out, formats);
  const subject = ctx.subject.toLowerCase();
  if (index.anySubject.test(subject)) for (const [part, formats] of index.subject) if (subject.includes(part)) admit(out, formats);
  // Every header so named (a format reads the first): a mark may let in a format its `detect` then turns down.
  for (const h of ctx.headers) {
    const parts = index.headers.get(h.key);
    const value = parts && h.value ? h.value.toLowerCase() : '';
    if (value) for (const [part, formats] of parts!) if (value.includes(part)) admit(out, formats);
  }
  const recipients = ctx.dsn?.recipients;
  if (recipients?.length) {
    for (const [field, formats] of index.dsnFields) {
      for (const r of recipients) {
        if (r.fields.has(field)) {
          admit(out, formats);
          break;
        }
      }
    }
  }
  return out;
}

/** Whether the notice holds one of the marks of `format` (one of `reporters`). */
export function holdsMarks(ctx: NoticeContext, format: Format): boolean {
  const i = reporters.indexOf(format as (typeof reporters)[number]);
  return i < 0 || candidates(ctx)[i] === 1;
}

/**
 * The first format, in the order above, that claims the notice, else the generic reader. A
 * format is asked (`detect`) only where the notice holds one of its marks.
 */
export function claimant(ctx: NoticeContext): Format {
  const may = candidates(ctx);
  for (let i = 0; i < reporters.length; i++) {
    if (may[i] && reporters[i]!.detect(ctx)) return reporters[i]!;
  }
  return generic;
}
