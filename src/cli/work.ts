/**
 * What the CLI does with each message, the same in a worker thread (worker.ts) and in the main
 * thread (`--jobs 1`, or an input too small to be worth a worker): classify it and render it in
 * the chosen output, as text ready to write. Batches keep the messages' order.
 */
import { classify as coreClassify, csvRows, messageDate, type Classify, type Verdict } from './core.js';
import { label, type Task } from './task.js';

export { label, type Task } from './task.js';

export type OutputMode = 'human' | 'json' | 'csv' | 'summary' | 'remove-list';

export interface WorkOptions {
  readonly output: OutputMode;
  readonly text: boolean;
  readonly lang: string;
  readonly color: boolean;
}

/** What the bulk report needs of a verdict (core/summary.ts reads no more), and the message's Date. */
export interface Slim {
  readonly kind: Verdict['kind'];
  readonly category: Verdict['category'];
  readonly reason: Verdict['reason'];
  readonly severity: Verdict['severity'];
  readonly feedbackType?: Verdict['feedbackType'];
  readonly recipients: readonly Pick<Verdict['recipients'][number], 'address' | 'action' | 'severity' | 'category' | 'reason'>[];
  readonly date: string;
}

export interface BatchResult {
  /** The batch's output, in order (empty for the report outputs). */
  readonly text: string;
  /** For `--summary` and `--remove-list`: one per message, in order. */
  readonly slims: Slim[];
  /**
   * Set when classifying or rendering a message threw (a bug: the classifier itself never
   * throws): the batch stopped there, and `text` and `slims` hold the messages before it.
   */
  readonly failed?: { readonly message: string; readonly error: string };
}

/**
 * The human output's renderer (render.ts), loaded when that output is first written: it brings
 * the explanations and their catalogs in five languages, about half of the CLI's code, which the
 * other outputs never read; without it a thread starts on half as much code to compile.
 */
let human: typeof import('./render.js') | undefined;

/**
 * Classifies and renders a batch of messages, in order, until one throws. `classify` is the
 * core's, except in the main thread of a test that makes it throw (CliIO.classify in main.ts).
 */
export async function work(tasks: readonly Task[], o: WorkOptions, classify: Classify = coreClassify): Promise<BatchResult> {
  let text = '';
  const slims: Slim[] = [];
  for (const t of tasks) {
    try {
      const verdict = await classify(t.bytes, o.text ? { mode: 'text', origin: 'pasted' } : {});
      const date = o.output === 'human' || o.text ? '' : dateOf(verdict, t.bytes);
      switch (o.output) {
        case 'human':
          human ??= await import('./render.js');
          text += human.renderHuman(label(t), verdict, o.lang, o.color);
          break;
        case 'json':
          text += `${JSON.stringify(toJson(t.name, verdict, t.index, date))}\n`;
          break;
        case 'csv':
          text += csvRows(verdict, { file: t.name, ...(t.index ? { index: t.index } : {}), date });
          break;
        default:
          slims.push(slim(verdict, date));
      }
    } catch (err) {
      return { text, slims, failed: { message: label(t), error: err instanceof Error ? err.message : String(err) } };
    }
  }
  return { text, slims };
}

/**
 * The message's Date: as the classifier read it with the message's other headers; for an input
 * it read as text (no message shape), looked for in the raw header lines as for any other.
 */
function dateOf(v: Verdict, raw: Uint8Array): string {
  return v.input === 'message' ? (v.date ?? '') : messageDate(raw);
}

function slim(v: Verdict, date: string): Slim {
  return {
    kind: v.kind,
    category: v.category,
    reason: v.reason,
    severity: v.severity,
    ...(v.feedbackType ? { feedbackType: v.feedbackType } : {}),
    recipients: v.recipients.map((r) => ({ address: r.address, action: r.action, severity: r.severity, category: r.category, reason: r.reason })),
    date,
  };
}

/** The `--json` line of one message. */
export function toJson(file: string, v: Verdict, index?: number, date = '') {
  return {
    file,
    ...(index ? { index } : {}),
    date,
    kind: v.kind,
    category: v.category,
    reason: v.reason,
    severity: v.severity,
    status: v.status,
    reply: v.reply,
    // A complaint's Feedback-Type (abuse, opt-out, ...): only on complaints.
    ...(v.feedbackType ? { feedbackType: v.feedbackType } : {}),
    // A notice a person forwarded (inline or attached): the verdict is the forwarded notice's.
    ...(v.forwarded ? { forwarded: true } : {}),
    // An input that held nothing to read (no bytes, or only white space).
    ...(v.empty ? { empty: true } : {}),
    recipients: v.recipients.map((r) => ({
      address: r.address,
      action: r.action,
      status: r.status,
      reply: r.reply,
      diagnostic: r.diagnostic,
      remoteHost: r.remoteHost,
      reason: r.reason,
      category: r.category,
      severity: r.severity,
    })),
  };
}
