/**
 * Gives the page a turn between slices of work, so that scanning a long thread never blocks
 * input for more than a few milliseconds (the budget: no task over 50 ms).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice may run before yielding: well under the 50 ms long-task threshold. */
export const sliceMs = 12;
