/**
 * Sendmail (8.x) and its ancestor V5 sendmail:
 *
 *      ----- The following addresses had permanent fatal errors -----
 *   <a@example.org>
 *       (reason: 550 5.1.1 <a@example.org>... User unknown)
 *       (expanded from: <b@example.jp>)
 *
 *      ----- Transcript of session follows -----
 *   ... while talking to mx.example.org.:
 *   >>> RCPT To:<a@example.org>
 *   <<< 550 5.1.1 <a@example.org>... User unknown
 *   550 5.1.1 <a@example.org>... User unknown
 *
 * A server's answer right after "... while talking to host.:", before any ">>>" command, is its
 * greeting: the connection itself was refused ("<<< 554 ... not accepting messages"), whatever
 * recipient the list names, so the recipient carries the command CONN.
 *
 * V5 sendmail has only the transcript, which ends each recipient with its own result line
 * ("554 <a@example.edu>... Remote protocol error"); the server's answers ("<<< 550 ...") come
 * before it. "----- Unsent message follows -----" starts the returned original.
 */
import { commandNamed } from '../rules/commands.js';
import type { SmtpCommand } from '../rules/commands.js';
import { bodySection, firstAddress, foundRecipient, linesOf, noticeSays, says, words } from './lib.js';
import type { FoundRecipient, Reporter } from './types.js';

const listStarts = ['----- the following addresses had permanent fatal errors -----', '----- the following addresses had transient non-fatal errors -----', '----- the following addresses had permanent delivery errors -----'];
const listEnds = ['----- transcript of session follows -----', '----- unsent message follows -----', '----- original message follows', '----- message header follows', 'content-type:'];
const transcriptEnds = ['----- unsent message follows -----', '----- original message follows', '----- message header follows', '----- unsent message header follows', '------- returned message', 'content-type:'];

/** The section rules of Sendmail's notice, one of which it always writes. */
const signs = ['----- transcript of session follows -----', '----- the following addresses had', '----- unsent message follows -----'];

const subjectCauseRe = /^returned mail:[ \t]{0,4}(\S.{0,200})$/i;

export const sendmail = {
  name: 'Sendmail',
  marks: { says: signs },
  detect: noticeSays(...signs),
  recipients(ctx) {
    const byAddr = new Map<string, FoundRecipient>();
    // The list: "<a@b>" or "a@b" lines, each followed by "(reason: ...)" and "(expanded from: ...)".
    const list = bodySection(ctx, listStarts, listEnds);
    let cur: FoundRecipient | null = null;
    for (const line of linesOf(list)) {
      const t = line.trim();
      if (!t) continue;
      // "(reason: ...)" and "(expanded from: ...)": read only in a line that opens with '('.
      const paren = t.startsWith('(');
      const reason = paren ? /^\(reason:(.*?)\)?$/i.exec(t) : null;
      if (reason && cur) {
        cur.diagnostic = reason[1]!.trim();
        continue;
      }
      if (paren && /^\(expanded from:/i.test(t)) continue;
      // A pipe or file ("|/usr/bin/prog") stands for the address it was expanded from.
      const a = /^<?"?\|/.test(t) ? '' : firstAddress(t);
      if (a && t.indexOf(a) <= 2) {
        cur = foundRecipient(a, '');
        byAddr.set(a, cur);
      } else if (/^"?\|/.test(t)) {
        cur = foundRecipient('', '');
        byAddr.set(`pipe:${byAddr.size}`, cur);
      }
    }
    // "(expanded from: <a@b>)" names the address a pipe stood for.
    for (const m of list.matchAll(/\(expanded from:\s*<?([^<>()\s]{1,256})>?\)/gi)) {
      for (const [k, r] of byAddr) {
        if (!r.address) {
          r.address = firstAddress(m[1]!);
          byAddr.delete(k);
          byAddr.set(r.address, r);
          break;
        }
      }
    }
    // The transcript: the server's answers ("<<< ...") since the last command, then the result line.
    const transcript = bodySection(ctx, ['----- transcript of session follows -----'], transcriptEnds);
    let answers: string[] = [];
    let host = '';
    let command: SmtpCommand | '' = '';
    const extra: string[] = [];
    // The greetings that refused the connection, folded, to tie to the list's "(reason: ...)".
    const refusedGreetings: string[] = [];
    for (const line of linesOf(transcript)) {
      const t = line.trim();
      if (!t) continue;
      const talk = /^(?:\.\.\.\s*)?while talking to\s+([^\s:]{1,255}):?$/i.exec(t);
      if (talk) {
        host = talk[1]!.replace(/\.$/, "");
        answers = [];
        command = '';
        continue;
      }
      if (t.startsWith('>>>')) {
        command = commandNamed(/^>>>\s*(\w+)/.exec(t)?.[1]) ?? '';
        answers = [];
        continue;
      }
      if (t.startsWith('<<<')) {
        answers.push(t.slice(3).trim());
        if (host && !command) {
          command = 'CONN';
          refusedGreetings.push(words([t.slice(3)]).toLowerCase());
        } else if (command === 'CONN') refusedGreetings.push(words([t.slice(3)]).toLowerCase());
        continue;
      }
      // "550 5.1.1 <a@b>... User unknown" / "554 <a@b>... Remote protocol error"
      const res = /^[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?<([^<>\s]{1,256})>\.\.\./.exec(t);
      if (res) {
        const a = firstAddress(res[1]!);
        if (!a) continue;
        const text = words([...answers, t]);
        answers = [];
        const prev = byAddr.get(a);
        const cmd = command === 'RCPT' || command === 'DATA' || command === 'MAIL' || command === 'HELO' || command === 'CONN' ? command : undefined;
        if (prev) {
          prev.context = prev.context ? `${prev.context} ${text}` : text;
          if (!prev.diagnostic) prev.diagnostic = text;
          if (host && !prev.remoteHost) prev.remoteHost = host;
          if (cmd && !prev.command) prev.command = cmd;
        } else if (!list || byAddr.size === 0) {
          byAddr.set(a, foundRecipient(a, text, { remoteHost: host, command: cmd }));
        }
        continue;
      }
      // "<a@b>... Deferred: Connection timed out with mx.example.org." (a warning's transcript)
      const deferred = /^<([^<>\s]{1,256})>\.\.\.\s?(deferred\b.{0,500})$/i.exec(t);
      if (deferred) {
        const a = firstAddress(deferred[1]!);
        const prev = a ? byAddr.get(a) : undefined;
        if (prev) {
          if (!prev.diagnostic) prev.diagnostic = deferred[2]!;
        } else if (a) byAddr.set(a, foundRecipient(a, deferred[2]!, { action: 'delayed', remoteHost: host }));
        continue;
      }
      extra.push(t);
    }
    const out = [...byAddr.values()].filter((r) => r.address);
    // The list's reason quotes a greeting the transcript shows refusing the connection.
    if (refusedGreetings.length) {
      for (const r of out) {
        const d = words([r.diagnostic]).toLowerCase();
        if (!r.command && d.length >= 8 && refusedGreetings.some((g) => g.includes(d) || d.includes(g))) r.command = 'CONN';
      }
    }
    // Lines the transcript does not tie to an address (a mailer's own error) belong to all.
    if (extra.length) for (const r of out) if (!r.context) r.context = words(extra.slice(0, 12));
    // "**  THIS IS A WARNING MESSAGE ONLY  **" / "Warning: message still undelivered after 4 hours":
    // the queue still holds the message, so every recipient is delayed, not failed.
    if (says(ctx, 'this is a warning message only')) for (const r of out) r.action ??= 'delayed';
    // Sendmail titles the notice "Returned mail: " and the error itself ("User unknown", "Host
    // unknown", "Service unavailable"), or "see transcript for details" when it cannot say it in
    // one line (savemail.c returntosender). A rendering that leaves out the transcript and the
    // delivery-status part still shows the subject: its words then speak for a recipient with none.
    const cause = subjectCauseRe.exec(ctx.subject.trim())?.[1]?.trim() ?? '';
    if (cause && !/^see transcript/i.test(cause)) for (const r of out) if (!r.diagnostic && !r.context) r.context = cause;
    return out;
  },
} as const satisfies Reporter;
