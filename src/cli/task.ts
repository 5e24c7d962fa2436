/**
 * A message as the CLI's threads pass it on, and the name the output gives it: apart from
 * work.ts, which brings the classifier, so that the thread pool (pool.ts) loads without it.
 */

/** One message to classify: where it came from and its first bytes. */
export interface Task {
  readonly name: string;
  /** 1-based position in an mbox holding several messages; absent for a one-message input. */
  readonly index?: number;
  readonly bytes: Uint8Array;
}

/** A message as the output and the error lines name it: its file, and its place in an mbox. */
export function label(t: Pick<Task, 'name' | 'index'>): string {
  return t.index ? `${t.name} #${t.index}` : t.name;
}
