/**
 * The notice formats whybounce reads, most specific first, and the choice of the one that claims
 * a notice. The generic reader (reporters/generic.ts) takes whatever none of these claims.
 */
import { header } from '../parse/message.js';
import { needle, pairCounts, rarestPair, type Needle, type TextPairs } from '../rules/scan.js';
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

/** A format's marks made ready: each phrase with its pairs and key, its rarest pair among all formats' phrases (rules/scan.ts). */
interface Gate {
  readonly says: readonly Needle[];
  readonly keys: Int32Array;
  readonly from: readonly string[];
  readonly subject: readonly string[];
  readonly headers: readonly (readonly [string, string])[];
  readonly dsnFields: readonly string[];
}

const phraseCounts = pairCounts(new Set(reporters.flatMap((r) => (r.marks as Marks).says ?? [])));

const gates: readonly Gate[] = reporters.map(({ marks }: { marks: Marks }) => {
  const says = (marks.says ?? []).map(needle);
  return {
    says,
    keys: Int32Array.from(says, (n) => rarestPair(n.pairs, phraseCounts)),
    from: marks.from ?? [],
    subject: marks.subject ?? [],
    headers: marks.headers ?? [],
    dsnFields: marks.dsnFields ?? [],
  };
});

/** What the marks are looked for in, read from one notice when first asked for. */
class Marked {
  private pairSet: TextPairs | null | undefined;
  private fromLower: string | undefined;
  private subjectLower: string | undefined;
  private headerLower: Map<string, string> | undefined;

  constructor(private readonly ctx: NoticeContext) {}

  /** Whether the notice holds one of the marks of `gate`. */
  holds(gate: Gate): boolean {
    const ctx = this.ctx;
    if (gate.says.length) {
      const set = this.pairSet === undefined ? (this.pairSet = ctx.pairs ? ctx.pairs.of(ctx.noticeLower) : null) : this.pairSet;
      for (let k = 0; k < gate.says.length; k++) {
        const n = gate.says[k]!;
        if (set ? (gate.keys[k]! < 0 || set.hasPair(gate.keys[k]!)) && set.includes(n) : ctx.noticeLower.includes(n.text)) return true;
      }
    }
    if (gate.from.length) {
      const from = (this.fromLower ??= ctx.from.toLowerCase());
      if (gate.from.some((p) => from.includes(p))) return true;
    }
    if (gate.subject.length) {
      const subject = (this.subjectLower ??= ctx.subject.toLowerCase());
      if (gate.subject.some((p) => subject.includes(p))) return true;
    }
    for (const [name, part] of gate.headers) {
      const known = (this.headerLower ??= new Map());
      let value = known.get(name);
      if (value === undefined) known.set(name, (value = header(ctx, name).toLowerCase()));
      if (value && value.includes(part)) return true;
    }
    if (gate.dsnFields.length && ctx.dsn) {
      for (const r of ctx.dsn.recipients) if (gate.dsnFields.some((f) => r.fields.has(f))) return true;
    }
    return false;
  }
}

/** Whether the notice holds one of the marks of `format` (one of `reporters`). */
export function holdsMarks(ctx: NoticeContext, format: Format): boolean {
  const i = reporters.indexOf(format as (typeof reporters)[number]);
  return i < 0 || new Marked(ctx).holds(gates[i]!);
}

/**
 * The first format, in the order above, that claims the notice, else the generic reader. A
 * format is asked (`detect`) only where the notice holds one of its marks.
 */
export function claimant(ctx: NoticeContext): Format {
  const marked = new Marked(ctx);
  for (let i = 0; i < reporters.length; i++) {
    if (marked.holds(gates[i]!) && reporters[i]!.detect(ctx)) return reporters[i]!;
  }
  return generic;
}
