/**
 * Forwarded notices (issue: a person forwards a bounce to whoever manages the list, or pastes the
 * forward into the popup). The tuning part's text renderings (never the validation slice) are
 * wrapped in each forward form of test/core/support/forwards.ts, in five languages, and must read
 * as the notice itself reads: same kind, the same category, the recipients the label names, never
 * the forwarder's address; ordinary mail forwarded stays ordinary, every one of it.
 * `WHYBOUNCE_FORWARD_MISSES=1` lists the misses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, classifyText, explain, formatExplanationText, readWithPostalMime, supportedLocales, type Verdict } from '../../src/core/index.js';
import { stemOf, validationStems } from '../../scripts/validation-slice.mjs';
import { attachedEml, forms, forwardedEml, forwardedText, forwarder, langs, splitRendering } from './support/forwards.js';

const corpus = join(__dirname, '../../../shared/corpus');
const dev = join(corpus, 'sisimai-dev');

interface Label {
  file: string;
  kind: string;
  recipients: { address: string; accept: string[] }[];
}
const labels = new Map<string, Label>((JSON.parse(readFileSync(join(dev, 'labels.json'), 'utf8')) as Label[]).map((l) => [stemOf(l.file), l]));
const slice = validationStems(dev);
const tuning = readdirSync(join(dev, 'text')).filter((f) => !slice.has(stemOf(f)) && labels.has(stemOf(f))).sort();
const showMisses = Boolean(process.env.WHYBOUNCE_FORWARD_MISSES);

class Tally {
  readonly t: Record<string, { ok: number; n: number }> = {};
  readonly misses: string[] = [];
  count(metric: string, ok: boolean, what: string): void {
    (this.t[metric] ??= { ok: 0, n: 0 }).n++;
    if (ok) this.t[metric].ok++;
    else this.misses.push(`${metric}\t${what}`);
  }
  pct(metric: string): number {
    const m = this.t[metric];
    return m && m.n ? Number(((100 * m.ok) / m.n).toFixed(1)) : NaN;
  }
  line(name: string): string {
    return `${name}: ${Object.entries(this.t).map(([k, v]) => `${k} ${this.pct(k)}% (${v.ok}/${v.n})`).join(', ')}`;
  }
}

/** Scores one verdict against its label (kind, file-level category, recipients; never the forwarder). */
function score(t: Tally, label: Label, v: Verdict, what: string): void {
  t.count('kind', v.kind === label.kind, `${what} want ${label.kind} got ${v.kind}`);
  const accept = new Set(label.recipients.flatMap((r) => r.accept));
  t.count('category', accept.has(v.category), `${what} want ${[...accept].join('|')} got ${v.category}`);
  if (label.kind !== 'bounce') return;
  const got = new Set(v.recipients.map((r) => r.address.toLowerCase()));
  for (const r of label.recipients) if (r.address) t.count('recipients', got.has(r.address.toLowerCase()), `${what} want ${r.address} got ${[...got].join(',')}`);
  t.count('no-forwarder', !got.has(forwarder), `${what} lists the forwarder`);
}

/** Whether the forward reads exactly as the notice read on its own: kind, category, the same addresses. */
function same(t: Tally, alone: Verdict, v: Verdict, what: string): void {
  const addresses = (x: Verdict) => x.recipients.map((r) => r.address).sort().join(',');
  const ok = v.kind === alone.kind && v.category === alone.category && addresses(v) === addresses(alone);
  t.count('same-as-alone', ok, `${what} alone ${alone.kind}/${alone.category}/${addresses(alone)} forwarded ${v.kind}/${v.category}/${addresses(v)}`);
  if (alone.kind !== 'not-a-bounce') t.count('says-forwarded', v.forwarded === true, `${what} not marked forwarded`);
}

function report(t: Tally, name: string): void {
  console.log(t.line(name));
  if (showMisses) for (const m of t.misses) console.log(`  ${m}`);
}

describe('forwarded notices (tuning part, five languages, four programs)', () => {
  it('text renderings forwarded read as the notice itself', () => {
    const plain = new Tally();
    const wrapped = new Tally();
    const perForm = new Map<string, Tally>();
    for (const f of tuning) {
      const label = labels.get(stemOf(f))!;
      const text = readFileSync(join(dev, 'text', f), 'utf8');
      const alone = classifyText(text, { origin: 'pasted' });
      score(plain, label, alone, f);
      for (const form of forms) {
        for (const lang of langs) {
          for (const opts of [{ withHeaders: true, note: true }, { withHeaders: false, note: false }]) {
            const v = classifyText(forwardedText(text, form, lang, opts), { origin: 'pasted' });
            const what = `${f} ${form}/${lang}${opts.withHeaders ? '+headers' : ''}`;
            score(wrapped, label, v, what);
            same(wrapped, alone, v, what);
            const key = `${form}/${lang}`;
            if (!perForm.has(key)) perForm.set(key, new Tally());
            score(perForm.get(key)!, label, v, what);
          }
        }
      }
    }
    report(plain, 'unwrapped');
    report(wrapped, 'forwarded');
    for (const [k, t] of perForm) console.log(`  ${t.line(k)}`);
    // No forward may name the forwarder as a failed recipient.
    expect(wrapped.pct('no-forwarder')).toBe(100);
    // Before forwards were read: kind 87.9%, category 79.3%, recipients 78.8%, the forwarder listed in 3.3%.
    expect(wrapped.pct('kind')).toBeGreaterThanOrEqual(99.7);
    expect(wrapped.pct('category')).toBeGreaterThanOrEqual(90.9);
    expect(wrapped.pct('recipients')).toBeGreaterThanOrEqual(91.5);
    expect(wrapped.pct('same-as-alone')).toBe(100);
    expect(wrapped.pct('says-forwarded')).toBe(100);
  });

  it('eml forwards (inline body, message/rfc822 attachment) read as the notice itself', async () => {
    const inline = new Tally();
    const attached = new Tally();
    let i = 0;
    for (const f of tuning) {
      const label = labels.get(stemOf(f))!;
      const text = readFileSync(join(dev, 'text', f), 'utf8');
      const lang = langs[i % langs.length]!;
      const form = forms[i % forms.length]!;
      i++;
      const inlineVerdict = await classify(Buffer.from(forwardedEml(text, form, lang), 'utf8'));
      score(inline, label, inlineVerdict, `${f} eml ${form}/${lang}`);
      // A message's body is read as strictly as a banner reads text.
      same(inline, classifyText(text, { origin: 'rendered' }), inlineVerdict, `${f} eml ${form}/${lang}`);
      const emlName = `${stemOf(f)}.eml`;
      const eml = readFileSync(join(dev, 'eml', emlName), 'latin1');
      const attachedVerdict = await classify(Buffer.from(attachedEml(eml, splitRendering(text).subject, lang), 'latin1'));
      score(attached, label, attachedVerdict, `${emlName} attached/${lang}`);
      same(attached, await classify(Buffer.from(eml, 'latin1')), attachedVerdict, `${emlName} attached/${lang}`);
    }
    report(inline, 'eml inline forward');
    report(attached, 'eml attached (message/rfc822)');
    expect(inline.pct('no-forwarder')).toBe(100);
    expect(attached.pct('no-forwarder')).toBe(100);
    // Before: inline kind 86.4%, attached kind 3.2%.
    expect(inline.pct('kind')).toBeGreaterThanOrEqual(99.7);
    expect(inline.pct('same-as-alone')).toBe(100);
    expect(attached.pct('kind')).toBe(100);
    expect(inline.pct('says-forwarded')).toBe(100);
    expect(attached.pct('says-forwarded')).toBe(100);
    expect(attached.pct('same-as-alone')).toBe(100);
    expect(attached.pct('category')).toBeGreaterThanOrEqual(98.1);
  });

  it('ordinary mail forwarded stays ordinary in every wrapping', async () => {
    const folder = join(corpus, 'not-bounce');
    const flagged: string[] = [];
    let n = 0;
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.eml')).sort()) {
      const bytes = readFileSync(join(folder, f));
      const parts = await readWithPostalMime(bytes);
      const rendering = `From: ${parts.from}\nSubject: ${parts.subject}\n\n${parts.body}`;
      for (const form of forms) {
        for (const lang of langs) {
          for (const opts of [{ withHeaders: true, note: true }, { withHeaders: false, note: false }]) {
            n++;
            const v = classifyText(forwardedText(rendering, form, lang, opts), { origin: 'pasted' });
            if (v.kind !== 'not-a-bounce') flagged.push(`${f} text ${form}/${lang}: ${v.kind}`);
          }
        }
        n++;
        const e = await classify(Buffer.from(forwardedEml(rendering, form, 'en'), 'utf8'));
        if (e.kind !== 'not-a-bounce') flagged.push(`${f} eml ${form}: ${e.kind}`);
      }
      n++;
      const a = await classify(Buffer.from(attachedEml(bytes.toString('latin1'), parts.subject, 'en'), 'latin1'));
      if (a.kind !== 'not-a-bounce') flagged.push(`${f} attached: ${a.kind}`);
    }
    console.log(`not-bounce forwarded: ${n - flagged.length}/${n} not-a-bounce`);
    expect(flagged).toEqual([]);
  });
});

describe('forwards: what is and is not unwrapped', () => {
  const notice = 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n' +
    "Address not found\n\nYour message wasn't delivered to bob@example.org because the address couldn't be found, or is unable to receive mail.\n\n" +
    'The response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n';
  it('a forwarded notice reads as the notice, says it was forwarded, and never names the forwarder', () => {
    const v = classifyText(forwardedText(notice, 'gmail', 'de', { withHeaders: true, note: true }), { origin: 'pasted' });
    expect([v.kind, v.category, v.forwarded]).toEqual(['bounce', 'bad-mailbox', true]);
    expect(v.recipients.map((r) => r.address)).toEqual(['bob@example.org']);
    expect(v.from).toContain('mailer-daemon@googlemail.com');
  });
  it('the explanation says the notice was forwarded, in every language, and only then', () => {
    const v = classifyText(forwardedText(notice, 'apple', 'fr', { withHeaders: false, note: false }), { origin: 'pasted' });
    const alone = classifyText(notice, { origin: 'pasted' });
    const sentences = new Set<string>();
    for (const locale of supportedLocales) {
      const e = explain(v, { locale });
      expect(e.forwarded, locale).toBeTruthy();
      sentences.add(e.forwarded!);
      // Under the headline, above the rest: the text output is the plain one's with that line added.
      expect(formatExplanationText(e).split('\n')[1]).toBe(e.forwarded);
      expect(formatExplanationText(e).replace(`${e.forwarded}\n`, '')).toBe(formatExplanationText(explain(alone, { locale })));
      expect(explain(alone, { locale }).forwarded).toBeUndefined();
    }
    expect(sentences.size).toBe(supportedLocales.length);
  });
  it("Gmail's HTML forward (an HTML-only message, or its source pasted) reads as the notice", async () => {
    const html = [
      '<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>',
      'From: <strong class="gmail_sendername" dir="auto">Mail Delivery Subsystem</strong> <span dir="auto">&lt;mailer-daemon@googlemail.com&gt;</span><br>',
      'Date: Tue, 11 Jun 2024 at 18:15<br>Subject: Delivery Status Notification (Failure)<br>To: &lt;' + forwarder + '&gt;<br></div><br><br>',
      "Address not found<br><br>Your message wasn't delivered to <a href=\"mailto:bob@example.org\">bob@example.org</a> because the address couldn't be found, or is unable to receive mail.<br><br>",
      'The response from the remote server was:<br>550 5.1.1 The email account that you tried to reach does not exist.<br></div></div>',
    ].join('\n');
    const eml = [`From: Anna <${forwarder}>`, 'To: <lead@example.net>', 'Subject: Fwd: Delivery Status Notification (Failure)', 'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8', '', html].join('\r\n');
    for (const v of [await classify(Buffer.from(eml)), classifyText(html, { origin: 'pasted' })]) {
      expect([v.kind, v.category, v.forwarded]).toEqual(['bounce', 'bad-mailbox', true]);
      expect(v.recipients.map((r) => r.address)).toEqual(['bob@example.org']);
    }
  });
  it('a forwarded notice that quotes its original under "-----Original Message-----" is the notice, still forwarded', async () => {
    // The gateway's From is no known mail-system name, so the notice's own block (the returned
    // original, ordinary mail) is unwrapped too: that innermost reading is ordinary, the notice is not.
    const gateway = 'Mail Gateway <gateway@corp.example>';
    const original = `-----Original Message-----\nFrom: Anna <${forwarder}>\nSent: Monday, June 1, 2026 9:00 AM\nTo: carl@corp.example\nSubject: lunch\n\nHi Carl, lunch on Friday?\nAnna\n`;
    const body = `Your message to carl@corp.example could not be delivered.\n\n550 5.1.1 <carl@corp.example>: Recipient address rejected: User unknown in virtual mailbox table\n\n${original}`;
    const alone = classifyText(`From: ${gateway}\nSubject: Undeliverable: lunch\n\n${body}`, { origin: 'pasted' });
    expect([alone.kind, alone.category, alone.forwarded]).toEqual(['bounce', 'bad-mailbox', undefined]);
    const block = `---------- Forwarded message ---------\nFrom: ${gateway}\nDate: Mon, 1 Jun 2026\nSubject: Undeliverable: lunch\nTo: Anna <${forwarder}>\n\n${body}`;
    const text = `From: Anna <${forwarder}>\nSubject: Fwd: Undeliverable: lunch\n\nthis came back\n\n${block}`;
    const eml = Buffer.from(`${text.replace('\n\n', '\nTo: <lead@example.net>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n')}`.replace(/\n/g, '\r\n'));
    for (const v of [classifyText(text, { origin: 'pasted' }), await classify(eml)]) {
      expect([v.kind, v.category, v.forwarded, v.subject, v.from]).toEqual(['bounce', 'bad-mailbox', true, 'Undeliverable: lunch', gateway]);
      expect(v.recipients.map((r) => r.address)).toEqual(['carl@corp.example']);
    }
  });
  it('a person forwarding a mail that talks about a bounce is ordinary mail', () => {
    const talk = 'From: Carlo <carlo@example.it>\nSubject: newsletter\n\nCiao, la newsletter di ieri: 3 indirizzi sono tornati indietro con "user unknown". Li togliamo?\n';
    const v = classifyText(forwardedText(talk, 'outlook', 'it', { withHeaders: true, note: true }), { origin: 'pasted' });
    expect(v.kind).toBe('not-a-bounce');
    expect(v.forwarded).toBeUndefined();
  });
  it('a reply quoting a notice under "-----Original Message-----" is not a forward', () => {
    const reply = `From: Anna <${forwarder}>\nSubject: RE: Delivery Status Notification (Failure)\n\nThanks, I will fix the address.\n\n${forwardedText(notice, 'outlook-original', 'en', { withHeaders: false, note: false })}`;
    expect(classifyText(reply, { origin: 'pasted' }).forwarded).toBeUndefined();
    // A gateway's or a list's tag before the prefix hides no reply.
    for (const tag of ['[EXT] ', '[External] ', '[EXTERNAL] [team] ']) {
      const tagged = classifyText(reply.replace('Subject: RE:', `Subject: ${tag}RE:`), { origin: 'pasted' });
      expect(tagged.forwarded, tag).toBeUndefined();
      expect(tagged.recipients.map((r) => r.address), tag).not.toContain(forwarder);
    }
  });
  it('a block under a long letter is no forward unless the subject says so', () => {
    const letter = Array.from({ length: 6 }, (_, i) => `Line ${i + 1} of a letter about the quarterly plan and nothing else.`).join('\n');
    const text = `From: Anna <${forwarder}>\nSubject: plan\n\n${letter}\n\n${forwardedText(notice, 'gmail', 'en', { withHeaders: false, note: false })}`;
    expect(classifyText(text, { origin: 'pasted' }).forwarded).toBeUndefined();
    expect(classifyText(text.replace('Subject: plan', 'Subject: Fwd: plan'), { origin: 'pasted' }).forwarded).toBe(true);
    expect(classifyText(text.replace('Subject: plan', 'Subject: [EXT] Fwd: plan'), { origin: 'pasted' }).forwarded).toBe(true);
  });
});
