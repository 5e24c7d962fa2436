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
          text += jsonLine(t.name, verdict, t.index, date);
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

/**
 * The `--json` line of one message, newline included: the bytes of `JSON.stringify(toJson(...))`,
 * written field by field, without building the object toJson gives and walking it again. A
 * string JSON needs to escape nothing in (no quote, backslash, control character or surrogate) is
 * written between quotes as it is; any other goes through JSON.stringify, and so does a line with
 * a value that is not a string (outside Verdict's type), whose key JSON.stringify may drop. The
 * fields go in a loop over their names: one long expression of them all took TurboFan longer to
 * compile than the line's writing saved.
 */
export function jsonLine(file: string, v: Verdict, index?: number, date = ''): string {
  let line = `{"file":${str(file)}`;
  if (index) line += `,"index":${index}`;
  line += `,"date":${str(date)}`;
  line = fields(line, v, verdictFields);
  if (v.feedbackType) line += `,"feedbackType":${str(v.feedbackType)}`;
  if (v.forwarded) line += ',"forwarded":true';
  line += ',"recipients":[';
  for (let i = 0; i < v.recipients.length; i++) line = `${fields(i ? `${line},` : line, v.recipients[i]!, recipientFields)}}`;
  line += ']}\n';
  return notString ? ((notString = false), `${JSON.stringify(toJson(file, v, index, date))}\n`) : line;
}

/** Each field of toJson's line after `date`, and of a recipient, in its order: its key, and what goes before the key. */
const verdictFields = ['kind', 'category', 'reason', 'severity', 'status', 'reply'].map((k) => ({ k, head: `,"${k}":` }));
const recipientFields = ['address', 'action', 'status', 'reply', 'diagnostic', 'remoteHost', 'reason', 'category', 'severity'].map((k, i) => ({ k, head: `${i ? ',' : '{'}"${k}":` }));

/** `line` and the `fields` of `o`. */
function fields(line: string, o: object, list: readonly { k: string; head: string }[]): string {
  const values = o as Record<string, string>;
  for (const f of list) line += f.head + str(values[f.k]!);
  return line;
}

/** Set by str() when a value was not a string: jsonLine then writes the line with JSON.stringify. */
let notString = false;
/** What JSON.stringify escapes in a string: '"', '\\', U+0000-U+001F, and (lone) surrogates. */
// eslint-disable-next-line no-control-regex
const needsEscape = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it. */
function str(s: string): string {
  if (typeof s !== 'string') {
    notString = true;
    return '';
  }
  return needsEscape.test(s) ? JSON.stringify(s) : `"${s}"`;
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
