/** Shared setup for the content-script tests: saved pages, verdicts, and a runner to drive. */
import { readFileSync } from 'node:fs';
import type { BounceCategory, Category, Kind, Recipient, Severity, Verdict } from '../../src/core/index.js';
import { hostAttribute } from '../../src/content/banner.js';
import { answerContent } from '../../src/background/answers.js';
import { backgroundReader, type BackgroundReader } from '../../src/content/background-read.js';
import { explainLocally } from '../../src/content/explain-local.js';
import { startRunner, type Runner, type RunnerOptions } from '../../src/content/runner.js';
import { memoryStore, type SettingsStore } from '../../src/content/settings.js';
import type { WebmailAdapter } from '../../src/content/webmail.js';

export const gmailUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRnMlrSbdKpVmVhgrGgmTcLw';
export const outlookUrl = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMi1hZDdlLTgxAAoAEABhxZ';

export interface FixtureMessage {
  readonly permmsgid?: string;
  readonly raw: string;
  readonly bounce: boolean;
  readonly collapsed?: boolean;
  readonly accept: string[];
  readonly recipients: (string | null)[];
}

export function fixtureIndex(webmail: 'gmail' | 'outlook'): Record<string, { subject: string; messages: FixtureMessage[] }> {
  return JSON.parse(readFileSync(`test/fixtures/${webmail}/index.json`, 'utf8'));
}

/** Replaces the test document with a saved page (scripts in it do not run). */
export function loadPage(webmail: 'gmail' | 'outlook', name: string, url = webmail === 'gmail' ? gmailUrl : outlookUrl): void {
  const html = readFileSync(`test/fixtures/${webmail}/${name}`, 'utf8');
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  const inner = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  document.documentElement.innerHTML = inner;
}

export function verdict(kind: Kind, category: Category, severity: Severity, addresses: string[] = ['kijitora@example.jp'], input: 'message' | 'text' = 'text'): Verdict {
  const recipients: Recipient[] = kind === 'bounce'
    ? addresses.map((address) => ({
        address, action: 'failed', status: '5.1.1', reply: '550', diagnostic: `550 5.1.1 <${address}>: user unknown`,
        remoteHost: 'mx.example.jp', reason: 'userunknown', category: category as BounceCategory, severity, evidence: [],
      }))
    : [];
  return {
    kind, category, reason: kind === 'bounce' ? 'userunknown' : 'undefined', severity, status: recipients[0]?.status ?? '', reply: recipients[0]?.reply ?? '', recipients, evidence: [], input,
    reporter: '', subject: '', from: '', truncated: false, note: '',
  };
}

export const notABounce = verdict('not-a-bounce', 'not-a-bounce', 'none');

export function hosts(doc: Document = document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(`[${hostAttribute}]`));
}

export interface Harness {
  readonly runner: Runner;
  readonly store: SettingsStore;
  readonly controller: AbortController;
  readonly counts: number[];
}

export function run(adapter: WebmailAdapter, options: Partial<RunnerOptions> & Pick<RunnerOptions, 'classify' | 'classifyText'>): Harness {
  const controller = new AbortController();
  const store = options.store ?? memoryStore();
  const counts: number[] = [];
  const runner = startRunner({
    adapter,
    doc: document,
    store,
    uiLanguage: 'en-US',
    signal: controller.signal,
    onCount: (n) => counts.push(n),
    explain: async (v, locale) => explainLocally(v, locale),
    debounceMs: 5,
    maxWaitMs: 20,
    ...options,
  });
  return { runner, store, controller, counts };
}

/**
 * The content scripts' classifier as the extension wires it (background-read.ts), with the
 * background's own answers (src/background/answers.ts) given in this process, through JSON as
 * the browsers' messaging does. `sent` records every message, for tests that count them.
 */
export function extensionReader(sent: unknown[] = []): BackgroundReader {
  return backgroundReader(async (message) => {
    sent.push(message);
    const answer = await answerContent(JSON.parse(JSON.stringify(message)));
    return answer === undefined ? undefined : JSON.parse(JSON.stringify(answer));
  });
}
