/** The shape every verdict must have, whatever the input: shared by the hardening tests. */
import { expect } from 'vitest';
import { maxDiagnosticChars, maxRecipients } from '../../src/core/classify.js';
import { categories, kinds, reasons, severities, type Verdict } from '../../src/core/types.js';

/** Every field has its declared type and vocabulary; the verdict survives JSON. */
export function expectWellFormed(v: Verdict): void {
  expect(kinds).toContain(v.kind);
  expect(categories).toContain(v.category);
  expect(reasons).toContain(v.reason);
  expect(severities).toContain(v.severity);
  expect(['message', 'text']).toContain(v.input);
  expect(typeof v.truncated).toBe('boolean');
  for (const key of ['reporter', 'subject', 'from', 'note'] as const) expect(typeof v[key]).toBe('string');
  expect(Array.isArray(v.recipients)).toBe(true);
  expect(v.recipients.length).toBeLessThanOrEqual(maxRecipients);
  for (const r of v.recipients) {
    expect(typeof r.address).toBe('string');
    expect(categories).toContain(r.category);
    expect(reasons).toContain(r.reason);
    expect(r.diagnostic.length).toBeLessThanOrEqual(maxDiagnosticChars);
  }
  expect(() => JSON.stringify(v)).not.toThrow();
}

