import type { ClassifyInput, ClassifyOptions, Verdict } from './types.js';

// Placeholder while the engine is written (same session): every input is ordinary mail.
export async function classify(input: ClassifyInput, options: ClassifyOptions = {}): Promise<Verdict> {
  void input;
  void options;
  return classifyText('');
}

export function classifyText(text: string): Verdict {
  void text;
  return {
    kind: 'not-a-bounce', category: 'not-a-bounce', reason: 'undefined', severity: 'none', recipients: [],
    evidence: [], input: 'text', reporter: '', subject: '', from: '', truncated: false, note: 'not implemented yet',
  };
}
