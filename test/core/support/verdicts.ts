/**
 * Verdicts built by hand for the tests of what reads a verdict (the advice, the summary, CSV):
 * one builder, not one per test file.
 */
import { bounceCategories, type Recipient, type Verdict } from '../../../src/core/index.js';

/** The verdict fields these tests leave alone: a whole message was read, nothing else is said. */
export const verdictDefaults = {
  evidence: [],
  input: 'message',
  reporter: '',
  subject: '',
  from: '',
  truncated: false,
  note: '',
} as const satisfies Partial<Verdict>;

/**
 * A verdict whose message-level fields are its first recipient's, as classify gives them (a
 * category that is no bounce's makes the verdict that kind); `fields` override.
 */
export function verdictOf(recipients: readonly Recipient[], fields: Partial<Verdict> = {}): Verdict {
  const first = recipients[0];
  const category = fields.category ?? first?.category ?? 'other';
  const nonBounce = !(bounceCategories as readonly string[]).includes(category);
  return {
    kind: nonBounce ? (category as Verdict['kind']) : 'bounce',
    category,
    reason: first?.reason ?? 'undefined',
    severity: first?.severity ?? (nonBounce ? 'none' : 'soft'),
    status: first?.status ?? '',
    reply: first?.reply ?? '',
    recipients: [...recipients],
    ...verdictDefaults,
    ...fields,
  };
}
